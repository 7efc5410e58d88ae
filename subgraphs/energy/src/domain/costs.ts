/**
 * Costs of a period from its intervals and the tariff: energy at each
 * interval's price, the monthly fee pro rata (users of volkszaehler and Home
 * Assistant miss it most: without it the €/kWh looks cheaper than the bill),
 * the feed-in credit, and the effective price = (energy + fee) / kWh.
 */
import { PriceCursor, type PriceSource, type Tariff } from './tariffs.ts';
import { addBerlinMonths, startOfBerlinMonth } from './time.ts';

export interface CostSeries {
  /** Interval starts (epoch ms), ascending. */
  starts: Float64Array | number[];
  importWh: Float64Array | number[];
  exportWh: Float64Array | number[];
}

export interface CostSummary {
  importKwh: number;
  exportKwh: number;
  energyCents: number;
  monthlyFeeCents: number;
  feedInCents: number;
  /** energy + fee - feed-in */
  totalCents: number;
  /** (energy + fee) / imported kWh; null without consumption. */
  effectiveCtPerKwh: number | null;
  /** Energy cost per interval in cents, aligned with the series. */
  intervalCents: Float64Array;
  /** How many intervals each price source priced. */
  priceSources: Record<PriceSource, number>;
}

/** The monthly fee for [from, to): each month's fee times the share of the month covered. */
export function proratedFeeCents(tariff: Tariff, from: number, to: number): number {
  const cursor = new PriceCursor(tariff);
  let fee = 0;
  let month = startOfBerlinMonth(from);
  while (month < to) {
    const next = addBerlinMonths(month, 1);
    const covered = Math.min(next, to) - Math.max(month, from);
    const version = cursor.versionAt(Math.max(month, from));
    if (version && covered > 0) fee += (version.monthlyFeeCents * covered) / (next - month);
    month = next;
  }
  return fee;
}

export function costOf(series: CostSeries, tariff: Tariff, from: number, to: number): CostSummary {
  const cursor = new PriceCursor(tariff);
  const n = series.starts.length;
  const intervalCents = new Float64Array(n);
  const priceSources: Record<PriceSource, number> = { DYNAMIC: 0, TIME_OF_USE: 0, ENERGY_PRICE: 0 };
  let importWh = 0;
  let exportWh = 0;
  let energyCents = 0;
  let feedInCents = 0;
  for (let i = 0; i < n; i++) {
    const start = series.starts[i] as number;
    const used = series.importWh[i] as number;
    const fed = series.exportWh[i] as number;
    const price = cursor.ctPerKwh(start);
    priceSources[cursor.source]++;
    const cents = (used / 1000) * price;
    intervalCents[i] = cents;
    energyCents += cents;
    importWh += used;
    exportWh += fed;
    const version = cursor.versionAt(start);
    if (version && fed > 0) feedInCents += (fed / 1000) * version.feedInCtPerKwh;
  }
  const monthlyFeeCents = proratedFeeCents(tariff, from, to);
  const importKwh = importWh / 1000;
  return {
    importKwh,
    exportKwh: exportWh / 1000,
    energyCents,
    monthlyFeeCents,
    feedInCents,
    totalCents: energyCents + monthlyFeeCents - feedInCents,
    effectiveCtPerKwh: importKwh > 0 ? (energyCents + monthlyFeeCents) / importKwh : null,
    intervalCents,
    priceSources,
  };
}

/** Change against a reference, in per cent; null when the reference had nothing. */
export function changePercent(current: number, reference: number): number | null {
  return reference > 0 ? ((current - reference) / reference) * 100 : null;
}

export interface GroupComparison {
  members: number;
  medianKwhPerDay: number;
  /** Share of the group using less than this meter, 0-100. */
  percentile: number;
}

/** Smallest group whose figures are shown: fewer could be traced back to one household. */
export const MIN_GROUP = 5;

/** Where a meter stands in its group (the meter itself included); null below MIN_GROUP members. */
export function compareWithGroup(own: number, group: number[]): GroupComparison | null {
  if (group.length < MIN_GROUP) return null;
  const sorted = [...group].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const below = sorted.filter((v) => v < own).length;
  return {
    members: group.length,
    medianKwhPerDay: median,
    percentile: Math.round((below / group.length) * 100),
  };
}
