/**
 * Appliance signatures from paired activations: clusters of similar power
 * (one appliance switches on at about the same watts each time), each with its
 * typical duration, how often it ran and what it costs a month. Clusters of
 * fewer than `minActivations` stay unnamed remainder rather than a guess.
 */
import type { Activation } from './hart.ts';
import { DAY } from './time.ts';

export interface Signature {
  powerW: number;
  activations: number;
  medianMinutes: number;
  kwhPerMonth: number;
  eurPerMonth: number;
  /** A guess from power and duration, for people to confirm ("probably the kettle"). */
  kind: ApplianceKind;
  /** The activations of this signature, for evaluation and the day view. */
  members: Activation[];
}

export type ApplianceKind =
  | 'COOLING'
  | 'KETTLE_OR_COOKING'
  | 'HEATING_ELEMENT'
  | 'HEAT_PUMP'
  | 'ENTERTAINMENT_OR_IT'
  | 'UNKNOWN';

const MONTH_MS = 30.44 * DAY;

export interface ClusterOptions {
  /** Activations within this share of a cluster's mean power join it. */
  relativeTolerance: number;
  minActivations: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = { relativeTolerance: 0.08, minActivations: 3 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A plain reading of power and duration; it names a kind of appliance, never a brand or model. */
export function guessKind(powerW: number, minutes: number, perDay: number): ApplianceKind {
  if (powerW < 400 && minutes >= 3 && minutes <= 90 && perDay >= 8) return 'COOLING';
  if (powerW >= 1500 && minutes < 8) return 'KETTLE_OR_COOKING';
  if (powerW >= 1000 && minutes >= 25) return 'HEAT_PUMP';
  if (powerW >= 1200) return 'HEATING_ELEMENT';
  if (powerW < 500 && minutes >= 60) return 'ENTERTAINMENT_OR_IT';
  return 'UNKNOWN';
}

/**
 * Smart meters give no reactive power, Hart's second feature. Duration stands
 * in for it: a kettle and a heat pump may draw the same watts, but one runs
 * three minutes and the other an hour. A cluster splits where sorted durations
 * jump by more than `DURATION_JUMP` and both parts are large enough.
 */
const DURATION_JUMP = 3;
function splitByDuration(members: Activation[], minActivations: number): Activation[][] {
  const sorted = [...members].sort((a, b) => a.off - a.on - (b.off - b.on));
  for (let i = minActivations; i <= sorted.length - minActivations; i++) {
    const before = (sorted[i - 1] as Activation).off - (sorted[i - 1] as Activation).on;
    const after = (sorted[i] as Activation).off - (sorted[i] as Activation).on;
    if (after > DURATION_JUMP * before)
      return [sorted.slice(0, i), ...splitByDuration(sorted.slice(i), minActivations)];
  }
  return [members];
}

/**
 * Clusters activations by power (sorted sweep: a new cluster starts where the
 * next activation is further from the running mean than the tolerance), then
 * sums energy and cost. `spanMs` is the observed time; `ctPerKwh` the average price.
 */
export function signaturesOf(
  activations: Activation[],
  spanMs: number,
  ctPerKwh: number,
  options: ClusterOptions = DEFAULT_CLUSTERS,
): Signature[] {
  const sorted = [...activations].sort((a, b) => a.powerW - b.powerW);
  const clusters: Activation[][] = [];
  let current: Activation[] = [];
  let sum = 0;
  for (const activation of sorted) {
    const mean = current.length ? sum / current.length : activation.powerW;
    if (current.length && activation.powerW - mean > options.relativeTolerance * mean) {
      clusters.push(current);
      current = [];
      sum = 0;
    }
    current.push(activation);
    sum += activation.powerW;
  }
  if (current.length) clusters.push(current);

  const months = spanMs / MONTH_MS;
  return clusters
    .flatMap((members) => splitByDuration(members, options.minActivations))
    .filter((members) => members.length >= options.minActivations)
    .map((members) => {
      const wh = members.reduce((total, a) => total + (a.powerW * (a.off - a.on)) / 3_600_000, 0);
      const kwhPerMonth = months > 0 ? wh / 1000 / months : 0;
      const powerW = median(members.map((a) => a.powerW));
      const medianMinutes = median(members.map((a) => (a.off - a.on) / 60_000));
      const perDay = spanMs > 0 ? members.length / (spanMs / DAY) : 0;
      return {
        powerW,
        activations: members.length,
        medianMinutes,
        kwhPerMonth,
        eurPerMonth: (kwhPerMonth * ctPerKwh) / 100,
        kind: guessKind(powerW, medianMinutes, perDay),
        members: members.sort((a, b) => a.on - b.on),
      };
    })
    .sort((a, b) => b.kwhPerMonth - a.kwhPerMonth);
}
