/**
 * A result as horizontal bars: an SVG drawing for the eye (hidden from screen readers) and
 * the same numbers as a table for everybody, so nothing is told only by the picture. Rows may
 * carry more columns (e.g. a project's cost and whether it is funded); a marked row's bar is
 * drawn darker and with a tick, and the table says the same in words.
 */
import { For, Show } from 'solid-js';

export type BarRow = { label: string; count: number; cells?: string[]; marked?: boolean };

export function BarChart(props: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: BarRow[];
  /** Headers of the rows' `cells`, after the count. */
  extraHeaders?: string[];
  /** The share of the total per row (default: shown). */
  percent?: boolean;
  /** Says what a marked bar means (below the drawing). */
  legend?: string;
}) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.count));
  const total = () => props.rows.reduce((sum, r) => sum + r.count, 0);
  const percent = (count: number) => (total() === 0 ? 0 : Math.round((count / total()) * 100));
  const showPercent = () => props.percent !== false;
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
                {row.label.length > 17 ? `${row.label.slice(0, 16)}…` : row.label}
              </text>
              <rect
                x="140"
                y="5"
                height="18"
                width={(row.count / max()) * 210}
                fill={row.marked === false ? '#9fb3c2' : '#0a5c8a'}
              />
              <text x={148 + (row.count / max()) * 210} y="18" font-size="13" fill="currentColor">
                {row.count}
                {row.marked ? ' ✓' : ''}
              </text>
            </g>
          )}
        </For>
      </svg>
      <Show when={props.legend}>
        <p class="bar-chart-legend" aria-hidden="true">
          {props.legend}
        </p>
      </Show>
      <table>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col">{props.countHeader}</th>
            <For each={props.extraHeaders ?? []}>{(header) => <th scope="col">{header}</th>}</For>
            <Show when={showPercent()}>
              <th scope="col">%</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td>{row.count}</td>
                <For each={row.cells ?? []}>{(cell) => <td>{cell}</td>}</For>
                <Show when={showPercent()}>
                  <td>{percent(row.count)}</td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}
