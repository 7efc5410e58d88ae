/**
 * Tariffs: a fixed monthly fee, an energy price, optional time-of-use windows
 * (e.g. a cheaper night rate for heat pumps, §14a EnWG module 3) and dynamic
 * prices per 15 minutes or hour (exchange-linked tariffs). A tariff changes by
 * versions with a valid-from date; a dynamic price is valid from its start for
 * its duration. The price of an interval: the dynamic price covering it, else
 * a time-of-use window, else the energy price.
 */
import { berlinWeekMinute, MINUTE } from './time.ts';

export interface TimeOfUseWindow {
  /** ISO weekdays 1 (Monday) to 7; empty means every day. */
  weekdays: number[];
  /** Local minutes after midnight; `toMinute` ≤ `fromMinute` wraps past midnight (22:00-06:00). */
  fromMinute: number;
  toMinute: number;
  ctPerKwh: number;
}

export interface TariffVersion {
  validFrom: number;
  monthlyFeeCents: number;
  energyCtPerKwh: number;
  feedInCtPerKwh: number;
  windows: TimeOfUseWindow[];
}

export interface DynamicPrice {
  validFrom: number;
  /** 15 or 60. */
  minutes: number;
  ctPerKwh: number;
}

export interface Tariff {
  versions: TariffVersion[];
  dynamicPrices: DynamicPrice[];
}

export type PriceSource = 'DYNAMIC' | 'TIME_OF_USE' | 'ENERGY_PRICE';

export function windowCovers(window: TimeOfUseWindow, weekday: number, minuteOfDay: number): boolean {
  const inTime =
    window.fromMinute < window.toMinute
      ? minuteOfDay >= window.fromMinute && minuteOfDay < window.toMinute
      : minuteOfDay >= window.fromMinute || minuteOfDay < window.toMinute;
  if (!inTime) return false;
  if (window.weekdays.length === 0) return true;
  // A window wrapping past midnight belongs to the weekday it started on.
  const startedYesterday = window.fromMinute >= window.toMinute && minuteOfDay < window.toMinute;
  const day = startedYesterday ? (weekday === 1 ? 7 : weekday - 1) : weekday;
  return window.weekdays.includes(day);
}

/**
 * Prices intervals in time order. Walks versions and dynamic prices with
 * cursors, so a year of quarters costs one pass (no search per interval).
 */
export class PriceCursor {
  private readonly versions: TariffVersion[];
  private readonly dynamic: DynamicPrice[];
  private version = -1;
  private price = 0;
  source: PriceSource = 'ENERGY_PRICE';

  constructor(tariff: Tariff) {
    this.versions = [...tariff.versions].sort((a, b) => a.validFrom - b.validFrom);
    this.dynamic = [...tariff.dynamicPrices].sort((a, b) => a.validFrom - b.validFrom);
  }

  /** The tariff version in force at `at` (null before the first one). Call with non-decreasing times. */
  versionAt(at: number): TariffVersion | null {
    while (
      this.version + 1 < this.versions.length &&
      (this.versions[this.version + 1] as TariffVersion).validFrom <= at
    )
      this.version++;
    return this.versions[this.version] ?? null;
  }

  /** ct/kWh for the interval starting at `at`; sets `source`. Call with non-decreasing times. */
  ctPerKwh(at: number): number {
    while (
      this.price + 1 < this.dynamic.length &&
      (this.dynamic[this.price + 1] as DynamicPrice).validFrom <= at
    )
      this.price++;
    const dynamic = this.dynamic[this.price];
    if (dynamic && dynamic.validFrom <= at && at < dynamic.validFrom + dynamic.minutes * MINUTE) {
      this.source = 'DYNAMIC';
      return dynamic.ctPerKwh;
    }
    const version = this.versionAt(at);
    if (!version) {
      this.source = 'ENERGY_PRICE';
      return 0;
    }
    if (version.windows.length > 0) {
      const { weekday, minuteOfDay } = berlinWeekMinute(at);
      const window = version.windows.find((w) => windowCovers(w, weekday, minuteOfDay));
      if (window) {
        this.source = 'TIME_OF_USE';
        return window.ctPerKwh;
      }
    }
    this.source = 'ENERGY_PRICE';
    return version.energyCtPerKwh;
  }
}

/** Checks a tariff before it is stored; returns what is wrong, or null. */
export function tariffProblem(version: TariffVersion): string | null {
  const prices = [version.energyCtPerKwh, version.feedInCtPerKwh, ...version.windows.map((w) => w.ctPerKwh)];
  if (prices.some((p) => !Number.isFinite(p) || p < 0 || p > 1000))
    return 'prices are between 0 and 1000 ct/kWh';
  if (
    !Number.isInteger(version.monthlyFeeCents) ||
    version.monthlyFeeCents < 0 ||
    version.monthlyFeeCents > 1_000_000
  )
    return 'the monthly fee is whole cents, 0 to 10,000 €';
  for (const w of version.windows) {
    if (w.fromMinute === w.toMinute) return 'a time-of-use window has a length';
    if (![w.fromMinute, w.toMinute].every((m) => Number.isInteger(m) && m >= 0 && m <= 1440))
      return 'time-of-use windows run from 00:00 to 24:00';
    if (w.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return 'weekdays are 1 (Monday) to 7';
  }
  return null;
}
