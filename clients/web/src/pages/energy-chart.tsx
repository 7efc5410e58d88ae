/**
 * One uPlot chart (a line or bars) for the energy page. The canvas is hidden
 * from assistive technology: the same values are in the table next to it.
 */
import { createEffect, onCleanup } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Half a step of room before the first and after the last tick, so that bars there show whole. */
function padded(at: number[]): uPlot.Range.MinMax {
  const first = at[0] ?? 0;
  const last = at.at(-1) ?? first + 1;
  const half = at.length > 1 ? (last - first) / (at.length - 1) / 2 : 1;
  return [first - half, last + half];
}

export function EnergyChart(props: {
  label: string;
  /** Seconds since the epoch, ascending. */
  x: number[];
  /** null: no value for that interval (a gap, not a zero). */
  y: Array<number | null>;
  unit: string;
  bars?: boolean;
  /** Ticks at exactly these x values, each with its own label (e.g. months). */
  ticks?: { at: number[]; label: (x: number) => string };
}) {
  let host: HTMLDivElement | undefined;
  createEffect(() => {
    if (!host) return;
    const width = Math.max(280, host.clientWidth || 640);
    const chart = new uPlot(
      {
        width,
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Europe/Berlin'),
        legend: { show: false },
        cursor: { show: true },
        scales: {
          x: {
            time: true,
            ...(props.ticks ? { range: (): uPlot.Range.MinMax => padded(props.ticks?.at ?? []) } : {}),
          },
          y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          props.ticks
            ? {
                splits: () => props.ticks?.at ?? [],
                values: (_u, splits) => splits.map((x) => props.ticks?.label(x) ?? ''),
              }
            : {},
          { label: props.unit, size: 60 },
        ],
        series: [
          {},
          {
            label: props.label,
            stroke: '#00549f',
            fill: props.bars ? '#00549f55' : '#00549f22',
            width: props.bars ? 0 : 1.5,
            ...(props.bars
              ? { paths: uPlot.paths.bars?.({ size: [0.8, 40] }), points: { show: false } }
              : {}),
          },
        ],
      },
      [props.x, props.y],
      host,
    );
    onCleanup(() => chart.destroy());
  });
  return <div class="energy-chart" ref={host} role="img" aria-label={props.label} />;
}
