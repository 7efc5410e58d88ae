/**
 * What 15-minute values can honestly show (single switchings are averaged
 * away): the base load, i.e. the always-on consumers, and the large consumers
 * that lift a quarter far above it. And the business view on the same data:
 * peaks, the load-duration curve, and what shaving the peaks would save under
 * a capacity charge (Leistungspreis per kW of the highest quarter).
 */
import { HOUR, QUARTER } from './time.ts';

/** Average kW of a quarter from its Wh. */
const kw = (wh: number) => (wh * (HOUR / QUARTER)) / 1000;

function quantile(sortedAscending: Float64Array, q: number): number {
  if (sortedAscending.length === 0) return 0;
  const index = Math.min(
    sortedAscending.length - 1,
    Math.max(0, Math.floor(q * (sortedAscending.length - 1))),
  );
  return sortedAscending[index] as number;
}

export interface CoarseBreakdown {
  /** The always-on power: the 5th percentile of the quarters (a minimum would catch a gap's zero). */
  baseLoadW: number;
  baseLoadKwh: number;
  /** Quarters more than `largeAboveW` above the base load: a heat pump, a wallbox, a flow heater, an oven. */
  largeConsumerQuarters: number;
  largeConsumerKwh: number;
  /** Local hour of day (0-23) in which large consumers ran most, or null. */
  largeConsumerPeakHour: number | null;
  /** Everything else: appliances that come and go. */
  otherKwh: number;
  totalKwh: number;
}

export const LARGE_ABOVE_W = 2000;

export function coarseBreakdown(
  starts: ArrayLike<number>,
  importWh: ArrayLike<number>,
  localHourOf: (ms: number) => number,
  largeAboveW = LARGE_ABOVE_W,
): CoarseBreakdown {
  const n = importWh.length;
  const sorted = Float64Array.from(importWh).sort();
  const baseWh = quantile(sorted, 0.05);
  let total = 0;
  let large = 0;
  let largeQuarters = 0;
  const byHour = new Array<number>(24).fill(0);
  for (let i = 0; i < n; i++) {
    const wh = importWh[i] as number;
    total += wh;
    if (kw(wh) * 1000 - kw(baseWh) * 1000 > largeAboveW) {
      largeQuarters++;
      large += wh - baseWh;
      const hour = localHourOf(starts[i] as number);
      byHour[hour] = (byHour[hour] ?? 0) + 1;
    }
  }
  const base = Math.min(total, baseWh * n);
  const peak = byHour.reduce((best, count, hour) => (count > (byHour[best] ?? 0) ? hour : best), 0);
  return {
    baseLoadW: kw(baseWh) * 1000,
    baseLoadKwh: base / 1000,
    largeConsumerQuarters: largeQuarters,
    largeConsumerKwh: large / 1000,
    largeConsumerPeakHour: largeQuarters > 0 ? peak : null,
    otherKwh: Math.max(0, total - base - large) / 1000,
    totalKwh: total / 1000,
  };
}

export interface Peak {
  start: number;
  kw: number;
}

/** The highest quarters, highest first. */
export function topPeaks(starts: ArrayLike<number>, importWh: ArrayLike<number>, count: number): Peak[] {
  const order = Array.from({ length: importWh.length }, (_, i) => i).sort(
    (a, b) => (importWh[b] as number) - (importWh[a] as number),
  );
  return order.slice(0, count).map((i) => ({ start: starts[i] as number, kw: kw(importWh[i] as number) }));
}

/** Load-duration curve: demand sorted high to low, sampled at `points` shares of the time (0 %, ..., 100 %). */
export function loadDurationCurve(
  importWh: ArrayLike<number>,
  points = 101,
): { share: number; kw: number }[] {
  const sorted = Float64Array.from(importWh).sort().reverse();
  if (sorted.length === 0) return [];
  return Array.from({ length: points }, (_, p) => {
    const share = p / (points - 1);
    return {
      share,
      kw: kw(sorted[Math.min(sorted.length - 1, Math.round(share * (sorted.length - 1)))] as number),
    };
  });
}

export interface ShavingOption {
  /** The peak lowered by this share, e.g. 0.1. */
  reduction: number;
  newPeakKw: number;
  /** Quarters that would have to be lowered. */
  quarters: number;
  /** Energy to move out of those quarters (a battery or a later start). */
  shiftedKwh: number;
  /** Capacity charge saved over the period. */
  savedEur: number;
}

/**
 * Capacity charge in €/kW and year on the period's highest quarter, pro rata
 * for the period: what lowering the peak by 5, 10, 15 and 20 % would save.
 */
export function peakShaving(
  importWh: ArrayLike<number>,
  capacityEurPerKwYear: number,
  periodMs: number,
  reductions: number[] = [0.05, 0.1, 0.15, 0.2],
): { peakKw: number; chargeEur: number; options: ShavingOption[] } {
  let peakWh = 0;
  for (let i = 0; i < importWh.length; i++) peakWh = Math.max(peakWh, importWh[i] as number);
  const peakKw = kw(peakWh);
  const yearShare = periodMs / (365 * 24 * HOUR);
  const options = reductions.map((reduction) => {
    const newPeakKw = peakKw * (1 - reduction);
    let quarters = 0;
    let shiftedKwh = 0;
    for (let i = 0; i < importWh.length; i++) {
      const excess = kw(importWh[i] as number) - newPeakKw;
      if (excess > 0) {
        quarters++;
        shiftedKwh += excess * (QUARTER / HOUR);
      }
    }
    return {
      reduction,
      newPeakKw,
      quarters,
      shiftedKwh,
      savedEur: (peakKw - newPeakKw) * capacityEurPerKwYear * yearShare,
    };
  });
  return { peakKw, chargeEur: peakKw * capacityEurPerKwYear * yearShare, options };
}
