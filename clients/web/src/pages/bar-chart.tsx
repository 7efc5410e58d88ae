/**
 * A result as horizontal bars: an SVG drawing for the eye (hidden from screen readers) and
 * the same numbers as a table for everybody, so nothing is told only by the picture.
 */
import { For } from 'solid-js';

export function BarChart(props: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: Array<{ label: string; count: number }>;
}) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.count));
  const total = () => props.rows.reduce((sum, r) => sum + r.count, 0);
  const percent = (count: number) => (total() === 0 ? 0 : Math.round((count / total()) * 100));
  const rowHeight = 28;
  return (
    <figure class="bar-chart">
      <figcaption>{props.caption}</figcaption>
      <svg
        aria-hidden="true"
        viewBox={`0 0 400 ${props.rows.length * rowHeight}`}
        width="100%"
        style={{ 'max-width': '40rem' }}
      >
        <For each={props.rows}>
          {(row, index) => (
            <g transform={`translate(0 ${index() * rowHeight})`}>
              <text x="0" y="18" font-size="13" fill="currentColor">
                {row.label}
              </text>
              <rect x="140" y="5" height="18" width={(row.count / max()) * 210} fill="#0a5c8a" />
              <text x={148 + (row.count / max()) * 210} y="18" font-size="13" fill="currentColor">
                {row.count}
              </text>
            </g>
          )}
        </For>
      </svg>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col">{props.countHeader}</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td>{row.count}</td>
                <td>{percent(row.count)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}
