import { describe, expect, it } from 'vitest';
import { placeReading, type StoredReading } from '../src/domain/counters.ts';
import type { Reading } from '../src/domain/readings.ts';
import { IncrementSum } from '../src/domain/rollups.ts';
import { bucketStart, HOUR, MINUTE, QUARTER, RESOLUTIONS } from '../src/domain/time.ts';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const reading = (minutes: number, kwh: number | null, power: number | null = null): Reading => ({
  meterId: 'm-1',
  at: T0 + minutes * MINUTE,
  importWh: kwh === null ? null : kwh * 1000,
  exportWh: null,
  powerW: power,
});
const stored = (r: Reading, reset = false): StoredReading => ({ ...r, reset });

/** A tiny in-memory store doing what the database store does, to check order independence. */
function ingest(readings: Reading[]) {
  const rows: StoredReading[] = [];
  const sums = new IncrementSum();
  const outcomes: string[] = [];
  for (const r of readings) {
    const counters = rows.filter((x) => x.importWh !== null).sort((a, b) => a.at - b.at);
    const placement = placeReading(r, {
      same: rows.find((x) => x.at === r.at) ?? null,
      previous: r.importWh === null ? null : (counters.filter((x) => x.at < r.at).at(-1) ?? null),
      next: r.importWh === null ? null : (counters.find((x) => x.at > r.at) ?? null),
    });
    outcomes.push(placement.kind === 'refused' ? placement.reason : placement.kind);
    if (placement.kind !== 'store') continue;
    for (const s of placement.remove) sums.addSegment(s, RESOLUTIONS, -1);
    for (const s of placement.add) sums.addSegment(s, RESOLUTIONS);
    const existing = rows.find((x) => x.at === r.at);
    if (existing)
      Object.assign(existing, {
        importWh: existing.importWh ?? r.importWh,
        powerW: existing.powerW ?? r.powerW,
      });
    else rows.push(stored(r, placement.reset));
  }
  const quarters = sums
    .list()
    .filter((i) => i.resolution === 'QUARTER')
    .sort((a, b) => a.start - b.start)
    .map((i) => [new Date(i.start).toISOString().slice(11, 16), Math.round(i.importWh)]);
  return { rows, sums, outcomes, quarters };
}

describe('placing readings among the stored ones', () => {
  it('spreads energy over quarters; the same rollups whatever the arrival order; replays stored once', () => {
    const inOrder = [reading(0, 100), reading(10, 101), reading(20, 102), reading(45, 103)];
    const a = ingest(inOrder);
    expect(a.outcomes).toEqual(['store', 'store', 'store', 'store']);
    const b = ingest([inOrder[3], inOrder[0], inOrder[2], inOrder[1], inOrder[1], inOrder[3]] as Reading[]);
    expect(b.outcomes).toEqual(['store', 'store', 'store', 'store', 'duplicate', 'duplicate']);
    expect(b.rows).toHaveLength(4);
    expect(b.quarters).toEqual(a.quarters);
    // 10:00-10:15: 1 kWh + half of the next segment; the 25-minute gap 10:20-10:45 is spread evenly (40 Wh/min).
    expect(a.quarters).toEqual([
      ['10:00', 1500],
      ['10:15', 500 + 400],
      ['10:30', 600],
    ]);
    const hour = a.sums.list().find((i) => i.resolution === 'HOUR');
    expect(hour?.importWh).toBeCloseTo(3000);
    // Only the gap's share is an estimate.
    expect(hour?.estimatedWh).toBeCloseTo(1000);
  });

  it('refuses a counter that goes back, an implausible jump, and a different value at a stored time', () => {
    const r = ingest([
      reading(0, 5000),
      reading(15, 4999), // a small step back: a glitch, not a restart
      reading(16, 5400), // 400 kWh in 16 minutes = 1.5 MW
      reading(0, 5000.5),
      reading(30, 5001),
    ]);
    expect(r.outcomes).toEqual([
      'store',
      'COUNTER_BACKWARDS',
      'IMPLAUSIBLE_JUMP',
      'CONFLICTING_DUPLICATE',
      'store',
    ]);
    expect(r.rows.map((x) => x.importWh)).toEqual([5_000_000, 5_001_000]);
  });

  it('a late reading that would break the order of its neighbours is refused', () => {
    const r = ingest([reading(0, 10), reading(30, 12), reading(15, 13)]);
    expect(r.outcomes).toEqual(['store', 'store', 'COUNTER_BACKWARDS']);
  });

  it('takes a counter restart (meter exchanged) as a reset and counts from zero', () => {
    const r = ingest([reading(0, 8000), reading(15, 8001), reading(30, 0.5), reading(45, 1.5)]);
    expect(r.outcomes).toEqual(['store', 'store', 'store', 'store']);
    expect(r.rows.find((x) => x.at === T0 + 30 * MINUTE)?.reset).toBe(true);
    expect(r.quarters).toEqual([
      ['10:00', 1000],
      ['10:15', 500],
      ['10:30', 1000],
    ]);
    // A late reading into the restarted segment cannot be placed honestly.
    expect(ingest([reading(0, 8000), reading(30, 0.5), reading(15, 8000.5)]).outcomes[2]).toBe(
      'AMBIGUOUS_RESET',
    );
  });

  it('power-only readings are stored without energy, and a counter for the same time merges into them', () => {
    const r = ingest([reading(0, 1), reading(5, null, 250), reading(5, 1.02), reading(5, null, 250)]);
    expect(r.outcomes).toEqual(['store', 'store', 'store', 'duplicate']);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[1]).toMatchObject({ importWh: 1020, powerW: 250 });
  });

  it('buckets days and months in Berlin time across the switches', () => {
    const oct = Date.parse('2026-10-25T12:00:00Z');
    expect(new Date(bucketStart('DAY', oct)).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(bucketStart('DAY', Date.parse('2026-10-26T12:00:00Z'))).toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
    expect(new Date(bucketStart('MONTH', Date.parse('2026-07-01T21:59:00Z'))).toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
    expect(bucketStart('QUARTER', T0 + 14 * MINUTE)).toBe(T0);
    expect(bucketStart('HOUR', T0 + HOUR - 1)).toBe(T0);
    expect(QUARTER).toBe(900_000);
  });
});
