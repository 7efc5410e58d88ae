/**
 * The tests' date helper must give valid dates on every day of the year: a
 * Tuesday-to-Wednesday range that runs backwards on a Sunday made CI red
 * (to before from). "now" is injected: every weekday, both ends of a day,
 * the turn of the year and the clock changes.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nextLocal, WEEKDAY } from '../src/testing.ts';

const ZONE = 'Europe/Berlin';
const DAYS = Object.values(WEEKDAY);
const TIMES = ['00:00', '07:00', '12:30', '18:00', '23:59'];

/** Every local day from `first` for `count` days, each at its first and last minute. */
function nowsFrom(first: string, count: number): DateTime[] {
  const start = DateTime.fromISO(first, { zone: ZONE });
  return Array.from({ length: count }, (_, i) => start.plus({ days: i })).flatMap((day) => [
    day.startOf('day'),
    day.set({ hour: 23, minute: 59, second: 59 }),
  ]);
}

const NOWS = [
  ...nowsFrom('2026-11-30', 7), // Monday to Sunday
  ...nowsFrom('2026-12-24', 12), // the turn of the year
  ...nowsFrom('2027-03-24', 7), // summer time begins (28 March)
  ...nowsFrom('2027-10-27', 7), // summer time ends (31 October)
];

describe('nextLocal: dates the tests build', () => {
  it('the asked weekday and local time, at least minDaysAhead days after now', () => {
    const wrong: string[] = [];
    for (const now of NOWS)
      for (const minDaysAhead of [2, 3, 9])
        for (const weekday of DAYS)
          for (const time of TIMES) {
            const local = DateTime.fromISO(nextLocal(weekday, time, minDaysAhead, now)).setZone(ZONE);
            if (
              local.weekday !== weekday ||
              local.toFormat('HH:mm') !== time ||
              local.startOf('day') < now.startOf('day').plus({ days: minDaysAhead })
            )
              wrong.push(`${weekday} ${time} +${minDaysAhead} from ${now.toISO()}: ${local.toISO()}`);
          }
    expect(wrong).toEqual([]);
  });

  it('keeps the order of the week: an earlier weekday or time is never a later date', () => {
    const wrong: string[] = [];
    for (const now of NOWS)
      for (const minDaysAhead of [2, 3]) {
        // Monday 00:00 to Sunday 23:59 in the order of the week: each date after the one before.
        const inOrder = DAYS.flatMap((weekday) =>
          TIMES.map((time) => ({
            what: `${weekday} ${time}`,
            at: nextLocal(weekday, time, minDaysAhead, now),
          })),
        );
        inOrder.forEach((later, i) => {
          const earlier = inOrder[i - 1];
          if (earlier && earlier.at >= later.at)
            wrong.push(`${earlier.what} not before ${later.what} +${minDaysAhead} from ${now.toISO()}`);
        });
      }
    expect(wrong).toEqual([]);
  });

  it('a week later is seven days later, across the turn of the year', () => {
    const wrong: string[] = [];
    for (const now of NOWS)
      for (const weekday of DAYS) {
        const first = DateTime.fromISO(nextLocal(weekday, '09:00', 2, now)).setZone(ZONE);
        const next = DateTime.fromISO(nextLocal(weekday, '09:00', 9, now)).setZone(ZONE);
        if (next.diff(first, 'days').days !== 7) wrong.push(`${weekday} from ${now.toISO()}`);
      }
    expect(wrong).toEqual([]);
  });
});
