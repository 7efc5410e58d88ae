import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  candidateStarts,
  freeCounters,
  GRID_MINUTES,
  type Hours,
  isSlotStart,
  UNIT_MINUTES,
  unitKey,
  unitStarts,
  ZONE,
} from '../src/slots.ts';

// Büttgen-like hours (the sample data's Rathaus Büttgen): Mon/Wed/Fri mornings,
// Thursday afternoon, a short Saturday.
const hours = (days: number[], opens: string, closes: string): Hours[] =>
  days.map((weekday) => ({ weekday, opens, closes }));
const BUETTGEN: Hours[] = [
  ...hours([1, 3, 5], '08:00', '12:00'),
  ...hours([4], '14:00', '18:00'),
  ...hours([6], '10:00', '12:00'),
];

/** A local wall-clock time in Kaarst as an instant. */
const local = (isoLocal: string) => DateTime.fromISO(isoLocal, { zone: ZONE }).toJSDate();
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
/** The local HH:mm of an instant in Kaarst. */
const hhmm = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).toFormat('HH:mm');

// 2026-12-02 is a Wednesday in winter (UTC+1).
const WEDNESDAY = '2026-12-02';

describe('candidateStarts', () => {
  it('on a winter Wednesday: 08:00 local (07:00Z) to 11:15 for a 35-minute visit, every 15 minutes', () => {
    const starts = candidateStarts(BUETTGEN, local(`${WEDNESDAY}T00:00`), local('2026-12-03T00:00'), 35);
    expect(starts[0]?.toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(starts.at(-1)?.toISOString()).toBe('2026-12-02T10:15:00.000Z');
    expect(starts.map(hhmm)).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
    ]);
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i]?.getTime() ?? 0) - (starts[i - 1]?.getTime() ?? 0)).toBe(GRID_MINUTES * 60_000);
    }
  });

  it('a visit must end by closing time: exactly fitting is fine, one minute more is not', () => {
    const day = [local(`${WEDNESDAY}T00:00`), local('2026-12-03T00:00')] as const;
    expect(candidateStarts(BUETTGEN, ...day, 240).map(hhmm)).toEqual(['08:00']);
    expect(candidateStarts(BUETTGEN, ...day, 241)).toEqual([]);
    expect(candidateStarts(BUETTGEN, ...day, 45).at(-1)).toEqual(local(`${WEDNESDAY}T11:15`));
    expect(candidateStarts(BUETTGEN, ...day, 46).at(-1)).toEqual(local(`${WEDNESDAY}T11:00`));
  });

  it('has no starts on a Sunday or on a weekday without hours', () => {
    expect(candidateStarts(BUETTGEN, local('2026-12-06T00:00'), local('2026-12-07T00:00'), 15)).toEqual([]);
    // Tuesday: Büttgen is closed
    expect(candidateStarts(BUETTGEN, local('2026-12-01T00:00'), local('2026-12-02T00:00'), 15)).toEqual([]);
  });

  it('keeps to [from, to): starts before from and at or after to are left out', () => {
    const starts = candidateStarts(BUETTGEN, local(`${WEDNESDAY}T09:10`), local(`${WEDNESDAY}T10:00`), 15);
    expect(starts.map(hhmm)).toEqual(['09:15', '09:30', '09:45']);
    const fromOnGrid = candidateStarts(
      BUETTGEN,
      local(`${WEDNESDAY}T09:15`),
      local(`${WEDNESDAY}T09:30`),
      15,
    );
    expect(fromOnGrid.map(hhmm)).toEqual(['09:15']);
  });

  it('follows the change to summer time: 08:00 is 07:00Z on Friday 27 March, 06:00Z on Monday 30 March 2026', () => {
    const friday = candidateStarts(BUETTGEN, local('2026-03-27T00:00'), local('2026-03-28T00:00'), 15);
    const monday = candidateStarts(BUETTGEN, local('2026-03-30T00:00'), local('2026-03-31T00:00'), 15);
    expect(friday[0]?.toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(monday[0]?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(friday.map(hhmm)).toEqual(monday.map(hhmm));
  });

  it('over a range across the change, every day keeps its local hours', () => {
    const starts = candidateStarts(BUETTGEN, local('2026-03-27T00:00'), local('2026-03-31T00:00'), 120);
    // 120 minutes in 08:00-12:00: starts 08:00 to 10:00 local.
    // Friday (UTC+1), Saturday 10:00 only (UTC+1), Sunday closed, Monday (UTC+2)
    const every15 = (first: string, count: number) =>
      Array.from({ length: count }, (_, i) => addMinutes(new Date(first), i * 15).toISOString());
    expect(iso(starts)).toEqual([
      ...every15('2026-03-27T07:00:00Z', 9),
      '2026-03-28T09:00:00.000Z',
      ...every15('2026-03-30T06:00:00Z', 9),
    ]);
    expect(iso(starts).at(8)).toBe('2026-03-27T09:00:00.000Z');
    expect(iso(starts).at(-1)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('follows the change back to winter time in October 2026', () => {
    const friday = candidateStarts(BUETTGEN, local('2026-10-23T00:00'), local('2026-10-24T00:00'), 15);
    const monday = candidateStarts(BUETTGEN, local('2026-10-26T00:00'), local('2026-10-27T00:00'), 15);
    expect(friday[0]?.toISOString()).toBe('2026-10-23T06:00:00.000Z');
    expect(monday[0]?.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('merges several intervals of one day in time order', () => {
    const kaarstTuesday: Hours[] = [...hours([2], '14:00', '16:00'), ...hours([2], '08:00', '12:30')];
    const starts = candidateStarts(kaarstTuesday, local('2026-12-01T00:00'), local('2026-12-02T00:00'), 35);
    expect(starts[0]).toEqual(local('2026-12-01T08:00'));
    expect(starts.map(hhmm)).toContain('11:45');
    expect(starts.map(hhmm)).not.toContain('12:00');
    expect(starts.map(hhmm)).toContain('14:00');
    expect(starts.at(-1)).toEqual(local('2026-12-01T15:15'));
    expect(starts.map((d) => d.getTime())).toEqual([...starts.map((d) => d.getTime())].sort((a, b) => a - b));
  });
});

describe('isSlotStart', () => {
  it('is true for a start on the grid within the hours', () => {
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T08:00`), 35)).toBe(true);
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T11:15`), 35)).toBe(true);
    expect(isSlotStart(BUETTGEN, local('2026-12-03T17:45'), 15)).toBe(true);
  });

  it('is false off the grid', () => {
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T08:05`), 15)).toBe(false);
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T08:00:30`), 15)).toBe(false);
    expect(isSlotStart(BUETTGEN, new Date(local(`${WEDNESDAY}T08:00`).getTime() + 1), 15)).toBe(false);
  });

  it('is false when the visit would end after closing', () => {
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T11:30`), 35)).toBe(false);
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T11:45`), 15)).toBe(true);
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T11:45`), 20)).toBe(false);
  });

  it('is false outside the hours, on a closed day, and with the UTC time read as local', () => {
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T07:45`), 15)).toBe(false);
    expect(isSlotStart(BUETTGEN, local(`${WEDNESDAY}T12:00`), 15)).toBe(false);
    expect(isSlotStart(BUETTGEN, local('2026-12-06T08:00'), 15)).toBe(false);
    // 08:00Z is 09:00 in Kaarst: a slot; 07:00Z is 08:00: a slot; 06:45Z is 07:45: not
    expect(isSlotStart(BUETTGEN, new Date('2026-12-02T06:45:00Z'), 15)).toBe(false);
    expect(isSlotStart(BUETTGEN, new Date('2026-12-02T07:00:00Z'), 15)).toBe(true);
  });
});

describe('unitStarts', () => {
  it('splits a 35-minute visit into 7 five-minute units', () => {
    const start = local(`${WEDNESDAY}T08:00`);
    const units = unitStarts(start, 35);
    expect(units).toHaveLength(7);
    expect(units[0]).toEqual(start);
    expect(units.at(-1)).toEqual(addMinutes(start, 30));
    units.forEach((unit, i) => {
      expect(unit.getTime() - start.getTime()).toBe(i * UNIT_MINUTES * 60_000);
    });
  });

  it('rounds a partial unit up', () => {
    expect(unitStarts(new Date('2026-12-02T07:00:00Z'), 33)).toHaveLength(7);
    expect(unitStarts(new Date('2026-12-02T07:00:00Z'), 5)).toHaveLength(1);
    expect(unitStarts(new Date('2026-12-02T07:00:00Z'), 1)).toHaveLength(1);
  });
});

describe('freeCounters', () => {
  const start = local(`${WEDNESDAY}T08:00`);
  const units = unitStarts(start, 35);

  it('lists all counters when nothing is taken', () => {
    expect(freeCounters(new Set(), 2, units)).toEqual([1, 2]);
    expect(freeCounters(new Set(), 1, units)).toEqual([1]);
  });

  it('leaves out a counter with any one unit taken', () => {
    const occupied = new Set([unitKey(1, addMinutes(start, 20))]);
    expect(freeCounters(occupied, 2, units)).toEqual([2]);
    expect(freeCounters(occupied, 1, units)).toEqual([]);
  });

  it('is empty when every counter has a unit taken', () => {
    const occupied = new Set([unitKey(1, addMinutes(start, 30)), unitKey(2, start)]);
    expect(freeCounters(occupied, 2, units)).toEqual([]);
  });

  it('ignores units just outside the visit and on other counters', () => {
    const occupied = new Set([
      unitKey(1, addMinutes(start, 35)),
      unitKey(1, addMinutes(start, -5)),
      unitKey(3, addMinutes(start, 10)),
    ]);
    expect(freeCounters(occupied, 2, units)).toEqual([1, 2]);
  });

  it('matches units by instant, however the Date was made', () => {
    const occupied = new Set([unitKey(2, new Date('2026-12-02T07:10:00.000Z'))]);
    expect(freeCounters(occupied, 2, units)).toEqual([1]);
  });
});
