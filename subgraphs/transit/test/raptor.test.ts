/**
 * The planner on a generated network (grid-network.ts), without a database:
 * the windowed, pruned range search answers what an exhaustive one does (a
 * fresh RAPTOR for every departure within the day, then the Pareto set), and
 * every journey is one a rider can make.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  departuresFromOrigins,
  type Journey,
  type JourneyQuery,
  journeyOf,
  paretoSet,
  planJourneys,
  prepare,
} from '../src/timetable/journeys.ts';
import { MIN_CHANGE_SECONDS, type Timetable } from '../src/timetable/model.ts';
import { NEVER } from '../src/timetable/raptor.ts';
import { gridNetwork, random } from './grid-network.ts';

const DAY_SECONDS = 24 * 3600;

/** Every departure within the day, each searched afresh: slow, and free of the pruning under test. */
function exhaustive(tt: Timetable, query: JourneyQuery, limit: number): Journey[] {
  const prepared = prepare(tt, query);
  if (!prepared) return [];
  const { search, departAt, walk } = prepared;
  const found: Journey[] = [];
  for (const departure of departuresFromOrigins(search, departAt, departAt + DAY_SECONDS)) {
    search.reset();
    search.bound = walk ? departure + walk.seconds : NEVER;
    search.run(departure);
    for (const round of search.improved) found.push(journeyOf(search, round));
  }
  const latest = search.msOf(departAt + DAY_SECONDS);
  const walking = walk ? planJourneys(tt, query, 5).filter((j) => j.rides === 0) : [];
  return [...paretoSet(found).filter((j) => j.arrivalMs <= latest), ...walking]
    .sort((a, b) => a.arrivalMs - b.arrivalMs || a.rides - b.rides || b.departureMs - a.departureMs)
    .slice(0, limit);
}

const outline = (journeys: Journey[]) =>
  journeys.map(
    (j) => `${new Date(j.departureMs).toISOString()} ${new Date(j.arrivalMs).toISOString()} ${j.rides}`,
  );

/** Legs follow each other in time and place, changes take their time, rides follow the timetable. */
function checkLegs(tt: Timetable, journey: Journey) {
  journey.legs.forEach((leg, i) => {
    expect(leg.arrivalMs).toBeGreaterThanOrEqual(leg.departureMs);
    const before = journey.legs[i - 1];
    if (!before) return;
    expect(leg.fromStop).toBe(before.toStop);
    const gap = leg.departureMs - before.arrivalMs;
    if (leg.trip !== null && before.trip !== null)
      expect(gap).toBeGreaterThanOrEqual(MIN_CHANGE_SECONDS * 1000);
    else expect(gap).toBeGreaterThanOrEqual(0);
    if (leg.trip !== null) expect(tt.trips[leg.trip]).toBeDefined();
  });
}

describe('transit planner on a generated grid', () => {
  const tt = gridNetwork({ rows: 12, columns: 10, lineStops: 5, headwayMinutes: 20 });
  const next = random(11);
  const day = DateTime.fromISO('2026-11-26T00:00', { zone: 'Europe/Berlin' });
  const stopCount = tt.stops.length;
  const cases = Array.from({ length: 40 }, (_, i) => ({
    from: Math.floor(next() * stopCount),
    to: Math.floor(next() * stopCount),
    departAtMs: day.plus({ minutes: 300 + Math.floor(next() * 1080) }).toMillis(),
    wheelchairOnly: i % 4 === 3,
    limit: 1 + (i % 5),
  }));

  it('overtaking expresses get patterns of their own', () => {
    const patterns = tt.patternTripStart.length - 1;
    const lines = tt.routes.length * 2;
    expect(patterns).toBeGreaterThan(lines);
  });

  it.each(cases.map((c, i) => [i, c] as const))(
    'query %i: the same answers as an exhaustive search',
    (_, c) => {
      const { limit, ...query } = c;
      const planned = planJourneys(tt, query, limit);
      expect(outline(planned)).toEqual(outline(exhaustive(tt, query, limit)));
      for (const journey of planned) checkLegs(tt, journey);
      // No answer is matched or beaten by another in departure, arrival and rides.
      expect(paretoSet(planned)).toHaveLength(planned.length);
    },
  );
});
