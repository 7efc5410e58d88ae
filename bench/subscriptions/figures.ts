/** How the runner condenses and prints numbers: medians over rounds, and table cells. */

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A share of the window in percent of one core, or '–' when there is no figure. */
export const pct = (seconds: number | undefined, window: number | undefined) =>
  seconds === undefined || !window ? '–' : ((100 * seconds) / window).toFixed(0);

/** A figure with these digits, or '–' when there is none (a failed phase, an empty distribution). */
export const fmt = (value: number | null | undefined, digits = 1) =>
  typeof value !== 'number' || !Number.isFinite(value) ? '–' : value.toFixed(digits);
