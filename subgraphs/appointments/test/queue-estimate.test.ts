import { describe, expect, it } from 'vitest';
import {
  handlingTimes,
  median,
  minutesUntil,
  shareHandling,
  simulate,
  type Waiting,
} from '../src/queue/estimate.ts';
import { summarize } from '../src/queue/statistics.ts';

const MIN = 60_000;
const now = Date.parse('2026-12-08T09:00:00Z');
const ticket = (id: string, number: number, minutes: number, extra: Partial<Waiting> = {}): Waiting => ({
  id,
  priority: 2,
  queuedAt: now - (100 - number) * MIN,
  eligibleAt: now - (100 - number) * MIN,
  number,
  expectedMs: minutes * MIN,
  ...extra,
});

describe('the waiting-time estimate', () => {
  it('takes the median of recent handling times per service, the catalogue until there are three', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const times = handlingTimes(
      [
        { id: 'pass', durationMinutes: 20 },
        { id: 'ausweis', durationMinutes: 15 },
      ],
      // newest first; one slow case does not move the median
      new Map([
        ['pass', [600, 660, 3600, 540]],
        ['ausweis', [300, 300]],
      ]),
    );
    expect(times.get('pass')).toEqual({ serviceId: 'pass', minutes: 10.5, samples: 4 });
    expect(times.get('ausweis')).toEqual({ serviceId: 'ausweis', minutes: 15, samples: 0 });
  });

  it('uses only the newest 20 samples', () => {
    const old = Array.from({ length: 30 }, () => 6000);
    const recent = Array.from({ length: 20 }, () => 120);
    const times = handlingTimes([{ id: 's', durationMinutes: 10 }], new Map([['s', [...recent, ...old]]]));
    expect(times.get('s')?.minutes).toBe(2);
  });

  it('shares a visit of several services out by their catalogue durations', () => {
    expect(shareHandling(1200, [15, 5])).toEqual([900, 300]);
    expect(shareHandling(100, [0, 0])).toEqual([50, 50]);
    expect(shareHandling(100, [])).toEqual([]);
  });

  it('with one open counter, each waits for everyone before them', () => {
    const placed = simulate(now, [ticket('a', 1, 10), ticket('b', 2, 5), ticket('c', 3, 20)], [now]);
    expect([...placed.entries()].map(([id, p]) => [id, p.ahead, minutesUntil(now, p.startsAt)])).toEqual([
      ['a', 0, 0],
      ['b', 1, 10],
      ['c', 2, 15],
    ]);
  });

  it('two open counters share the line, and a counter still busy is free only later', () => {
    // Counter 1 is free now; counter 2 serves someone for another 12 minutes.
    const placed = simulate(
      now,
      [ticket('a', 1, 10), ticket('b', 2, 10), ticket('c', 3, 10)],
      [now, now + 12 * MIN],
    );
    expect(minutesUntil(now, placed.get('a')?.startsAt ?? 0)).toBe(0);
    expect(minutesUntil(now, placed.get('b')?.startsAt ?? 0)).toBe(10);
    expect(minutesUntil(now, placed.get('c')?.startsAt ?? 0)).toBe(12);
    expect(placed.get('c')?.ahead).toBe(2);
  });

  it('orders by priority, then place in line, then number', () => {
    const placed = simulate(
      now,
      [ticket('walk-in', 1, 10), ticket('appointment', 5, 10, { priority: 1 })],
      [now],
    );
    expect(placed.get('appointment')?.ahead).toBe(0);
    expect(placed.get('walk-in')?.ahead).toBe(1);
  });

  it('an appointment is not called before its time: a walk-in fills the gap', () => {
    const appointment = ticket('appointment', 1, 15, { priority: 1, eligibleAt: now + 20 * MIN });
    const placed = simulate(now, [appointment, ticket('walk-in', 2, 10)], [now]);
    expect(placed.get('walk-in')).toEqual({ ahead: 0, startsAt: now });
    expect(placed.get('appointment')).toEqual({ ahead: 1, startsAt: now + 20 * MIN });
  });

  it('with no counter open there is still an order', () => {
    const placed = simulate(now, [ticket('b', 2, 5), ticket('a', 1, 5)], []);
    expect(placed.get('a')?.ahead).toBe(0);
    expect(placed.get('b')?.ahead).toBe(1);
  });

  it('summarizes minutes with mean, median, nearest-rank p90 and max', () => {
    expect(summarize([])).toEqual({
      count: 0,
      meanMinutes: null,
      medianMinutes: null,
      p90Minutes: null,
      maxMinutes: null,
    });
    expect(summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      count: 10,
      meanMinutes: 5.5,
      medianMinutes: 5.5,
      p90Minutes: 9,
      maxMinutes: 10,
    });
  });
});
