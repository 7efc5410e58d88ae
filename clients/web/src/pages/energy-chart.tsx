/**
 * One uPlot chart (a line or bars) for the energy page. The canvas is hidden
 * from assistive technology: the same values are in the table next to it.
 */
import { createEffect, onCleanup } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function EnergyChart(props: {
  label: string;
  /** Seconds since the epoch, ascending. */
  x: number[];
  y: number[];
  unit: string;
  bars?: boolean;
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
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
        axes: [{}, { label: props.unit, size: 60 }],
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
