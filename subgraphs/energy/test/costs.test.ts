import { describe, expect, it } from 'vitest';
import { changePercent, compareWithGroup, costOf, proratedFeeCents } from '../src/domain/costs.ts';
import { coarseBreakdown, loadDurationCurve, peakShaving, topPeaks } from '../src/domain/load-view.ts';
import { type Tariff, tariffProblem } from '../src/domain/tariffs.ts';
import { berlinOffset, berlinParts, berlinWeekMinute, QUARTER } from '../src/domain/time.ts';

const DEC = Date.parse('2026-11-30T23:00:00Z'); // 1 December 2026, 00:00 in Berlin
const JAN = Date.parse('2026-12-31T23:00:00Z');

const flat: Tariff = {
  versions: [{ validFrom: 0, monthlyFeeCents: 1200, energyCtPerKwh: 30, feedInCtPerKwh: 8, windows: [] }],
  dynamicPrices: [],
};

function quarters(
  from: number,
  count: number,
  wh: (i: number) => number,
  exportWh: (i: number) => number = () => 0,
) {
  const starts = Array.from({ length: count }, (_, i) => from + i * QUARTER);
  return { starts, importWh: starts.map((_, i) => wh(i)), exportWh: starts.map((_, i) => exportWh(i)) };
}

describe('costs', () => {
  it('adds the monthly fee pro rata and gives the effective price; feed-in is credited', () => {
    const days = 31 * 96;
    const month = quarters(
      DEC,
      days,
      () => 100,
      (i) => (i % 96 === 48 ? 400 : 0),
    );
    const cost = costOf(month, flat, DEC, JAN);
    expect(cost.importKwh).toBeCloseTo(297.6);
    expect(cost.energyCents).toBeCloseTo(297.6 * 30);
    expect(cost.monthlyFeeCents).toBeCloseTo(1200);
    expect(cost.feedInCents).toBeCloseTo(31 * 0.4 * 8);
    expect(cost.effectiveCtPerKwh).toBeCloseTo((297.6 * 30 + 1200) / 297.6);
    expect(cost.totalCents).toBeCloseTo(297.6 * 30 + 1200 - 31 * 0.4 * 8);
    // Half of December carries half the fee.
    expect(proratedFeeCents(flat, DEC, DEC + (JAN - DEC) / 2)).toBeCloseTo(600);
  });

  it('prices by dynamic price, else time-of-use window, else the energy price; versions by valid-from', () => {
    const tariff: Tariff = {
      versions: [
        {
          validFrom: 0,
          monthlyFeeCents: 0,
          energyCtPerKwh: 30,
          feedInCtPerKwh: 0,
          // 22:00-06:00 on weekdays (a Monday night runs into Tuesday).
          windows: [{ weekdays: [1, 2, 3, 4, 5], fromMinute: 22 * 60, toMinute: 6 * 60, ctPerKwh: 20 }],
        },
        {
          validFrom: DEC + 2 * 86_400_000,
          monthlyFeeCents: 0,
          energyCtPerKwh: 40,
          feedInCtPerKwh: 0,
          windows: [],
        },
      ],
      dynamicPrices: [{ validFrom: DEC + 12 * 3_600_000, minutes: 60, ctPerKwh: -5 }],
    };
    // 1 Dec 2026 is a Tuesday. Each quarter draws 1 kWh.
    const series = quarters(DEC, 3 * 96, () => 1000);
    const cost = costOf(series, tariff, DEC, DEC + 3 * 86_400_000);
    const at = (hhmm: string, day = 0) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return cost.intervalCents[day * 96 + h * 4 + m / 15];
    };
    expect(at('00:00')).toBe(20); // Monday's night window, still Tuesday morning
    expect(at('06:00')).toBe(30);
    expect(at('12:00')).toBe(-5); // negative exchange price for one hour
    expect(at('12:45')).toBe(-5);
    expect(at('13:00')).toBe(30);
    expect(at('22:00')).toBe(20);
    expect(at('05:45', 1)).toBe(20); // Tuesday's night, Wednesday morning
    expect(at('12:00', 2)).toBe(40); // the new version without windows from 3 December
    expect(at('23:00', 2)).toBe(40);
    expect(cost.priceSources).toEqual({ DYNAMIC: 4, TIME_OF_USE: 64, ENERGY_PRICE: 220 });
    expect(berlinParts(DEC).weekday).toBe(2);
  });

  it('checks tariffs and compares periods and groups of at least five', () => {
    expect(
      tariffProblem({
        validFrom: 0,
        monthlyFeeCents: 100,
        energyCtPerKwh: -1,
        feedInCtPerKwh: 0,
        windows: [],
      }),
    ).toMatch(/prices/);
    expect(
      tariffProblem({
        validFrom: 0,
        monthlyFeeCents: 100,
        energyCtPerKwh: 30,
        feedInCtPerKwh: 0,
        windows: [{ weekdays: [8], fromMinute: 0, toMinute: 60, ctPerKwh: 1 }],
      }),
    ).toMatch(/weekdays/);
    expect(changePercent(110, 100)).toBeCloseTo(10);
    expect(changePercent(5, 0)).toBeNull();
    expect(compareWithGroup(5, [1, 2, 5, 9])).toBeNull();
    expect(compareWithGroup(5, [1, 2, 5, 9, 12])).toEqual({ members: 5, medianKwhPerDay: 5, percentile: 40 });
  });
});

describe('what 15-minute data shows, and the business view', () => {
  // A week: 200 W always on, a 3 kW heat pump two hours every night from 02:00, a 1.2 kW spike at noon.
  const week = quarters(DEC, 7 * 96, (i) => {
    const q = i % 96;
    return 50 + (q >= 4 && q < 12 ? 750 : 0) + (q === 44 ? 300 : 0);
  });
  const hourOf = (ms: number) => Math.floor(berlinParts(ms).minuteOfDay / 60);

  it('finds the base load and the large consumers, and leaves the rest as other', () => {
    const coarse = coarseBreakdown(week.starts, week.importWh, hourOf);
    expect(coarse.baseLoadW).toBeCloseTo(200);
    expect(coarse.largeConsumerQuarters).toBe(7 * 8);
    expect(coarse.largeConsumerKwh).toBeCloseTo(7 * 8 * 0.75);
    expect(coarse.largeConsumerPeakHour).toBe(1);
    expect(coarse.baseLoadKwh + coarse.largeConsumerKwh + coarse.otherKwh).toBeCloseTo(coarse.totalKwh);
    expect(coarse.otherKwh).toBeCloseTo(7 * 0.3);
  });

  it('lists peaks, draws the load-duration curve and prices peak shaving under a capacity charge', () => {
    const peaks = topPeaks(week.starts, week.importWh, 3);
    expect(peaks.map((p) => p.kw)).toEqual([3.2, 3.2, 3.2]);
    const curve = loadDurationCurve(week.importWh, 5);
    expect(curve.map((p) => p.kw)).toEqual([3.2, 0.2, 0.2, 0.2, 0.2]);
    const year = 365 * 86_400_000;
    const shaving = peakShaving(week.importWh, 100, year, [0.1]);
    expect(shaving.peakKw).toBeCloseTo(3.2);
    expect(shaving.chargeEur).toBeCloseTo(320);
    expect(shaving.options[0]).toMatchObject({ quarters: 56 });
    expect(shaving.options[0]?.newPeakKw).toBeCloseTo(2.88);
    expect(shaving.options[0]?.savedEur).toBeCloseTo(32);
    expect(shaving.options[0]?.shiftedKwh).toBeCloseTo(56 * 0.32 * 0.25);
  });

  it('reads weekday and minute of the day without a Date, the same as berlinParts, across years and switches', () => {
    // Quarters from late 2024 to early 2026 (two summer time switches each year), then back in time.
    const starts = Date.parse('2024-12-30T00:00:00Z');
    for (let at = starts; at < starts + 400 * 86_400_000; at += 7 * QUARTER) {
      const { weekday, minuteOfDay } = berlinParts(at);
      expect(berlinWeekMinute(at)).toEqual({ weekday, minuteOfDay });
    }
    expect(berlinOffset(Date.parse('2025-07-01T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(berlinOffset(Date.parse('2019-01-01T12:00:00Z'))).toBe(3_600_000);
    expect(berlinOffset(Date.parse('2025-03-30T00:59:59Z'))).toBe(3_600_000);
    expect(berlinOffset(Date.parse('2025-03-30T01:00:00Z'))).toBe(2 * 3_600_000);
    expect(berlinWeekMinute(Date.parse('1969-12-31T22:30:00Z'))).toEqual({
      weekday: 3,
      minuteOfDay: 23 * 60 + 30,
    });
  });
});
