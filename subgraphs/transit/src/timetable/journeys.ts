/**
 * Journeys between two stops with RAPTOR (raptor.ts). The answer is the
 * Pareto set over departure (later is better), arrival (earlier) and rides
 * (fewer): no journey in it is matched or beaten on all three by another, so
 * each alternative is better in some way. It is computed by rRAPTOR over the
 * departures in a window [departAt, end], latest first, labels kept between
 * runs; a journey arriving by `end` cannot be beaten by one leaving after
 * `end`, so those are certain, and the window grows until `limit` are. Labels
 * that cannot reach the destination by `end` (lower-bounds.ts) are dropped.
 * A walk straight to the destination (when it is close) is an answer of its
 * own, and a ride taking as long as that walk is none.
 */
import type { Timetable } from './model.ts';
import {
  MAX_RIDES,
  NEVER,
  RaptorSearch,
  READY_AT_ORIGIN,
  READY_BY_RIDE,
  type TargetLabel,
} from './raptor.ts';
import { serviceDaysAround } from './service-days.ts';

export interface JourneyLeg {
  /** null for a walk between stops. */
  trip: number | null;
  fromStop: number;
  toStop: number;
  departureMs: number;
  arrivalMs: number;
  /** The trip's service day (for a walk: null). */
  serviceDate: string | null;
  /** The stop times boarded and left (for a walk: -1). */
  boardStopTime: number;
  exitStopTime: number;
}

export interface Journey {
  departureMs: number;
  arrivalMs: number;
  transfers: number;
  /** Vehicles ridden (0 for a walk). */
  rides: number;
  legs: JourneyLeg[];
}

export interface JourneyQuery {
  from: number;
  to: number;
  departAtMs: number;
  wheelchairOnly: boolean;
}

/** Journeys are looked for up to a day after departAt. */
const HORIZON_SECONDS = 24 * 3600;
/** A too small window grows by half, at least this much. */
const MIN_WINDOW_STEP_SECONDS = 10 * 60;
const WINDOW_SHARE_PER_JOURNEY = 0.15;

/** The stop itself, or a station's stops. */
const platforms = (tt: Timetable, stop: number) => {
  const children = tt.children[stop] ?? [];
  return children.length > 0 ? children : [stop];
};

export interface Prepared {
  search: RaptorSearch;
  departAt: number;
  /** The walk straight from an origin to a target, if there is one. */
  walk: { from: number; to: number; seconds: number } | null;
}

export function prepare(tt: Timetable, query: JourneyQuery): Prepared | null {
  const origins = platforms(tt, query.from);
  const targets = platforms(tt, query.to);
  if (origins.some((o) => targets.includes(o))) return null;
  const days = serviceDaysAround(query.departAtMs, tt.timezone, 1, 1);
  const firstBase = days[0]?.baseMs ?? 0;
  const departAt = Math.ceil((query.departAtMs - firstBase) / 1000);
  const search = new RaptorSearch(tt, {
    origins,
    targets,
    wheelchairOnly: query.wheelchairOnly,
    days,
    horizon: departAt + HORIZON_SECONDS,
  });
  // Without a stop a wheelchair user can use at the destination, no search can find a journey.
  if (!targets.some((t) => search.usableStop(t))) return null;
  let walk: Prepared['walk'] = null;
  for (const origin of origins)
    for (let f = tt.footpathStart[origin] ?? 0; f < (tt.footpathStart[origin + 1] ?? 0); f++) {
      const to = tt.footpathTo[f] ?? 0;
      const seconds = tt.footpathSeconds[f] ?? 0;
      if (targets.includes(to) && search.usableStop(to) && (!walk || seconds < walk.seconds))
        walk = { from: origin, to, seconds };
    }
  return { search, departAt, walk };
}

/** One run; labels that cannot reach the target before `latest` (or as fast as walking) are dropped. */
const runAt = (prepared: Prepared, departure: number, latest = NEVER) => {
  prepared.search.bound = Math.min(latest, prepared.walk ? departure + prepared.walk.seconds : NEVER);
  prepared.search.run(departure);
};

/** The earliest arrival from departAt with the fewest rides that reach it (one RAPTOR run). */
export function earliestArrival(tt: Timetable, query: JourneyQuery): Journey | null {
  const prepared = prepare(tt, query);
  if (!prepared) return null;
  runAt(prepared, prepared.departAt);
  const { search } = prepared;
  const best = search.target[MAX_RIDES] as TargetLabel;
  if (best.arrival === NEVER) return prepared.walk ? walkJourney(prepared) : null;
  return journeyOf(search, best.round);
}

/** Up to `limit` Pareto-optimal journeys leaving at or after departAt, the earliest arrival first. */
export function planJourneys(tt: Timetable, query: JourneyQuery, limit: number): Journey[] {
  const prepared = prepare(tt, query);
  if (!prepared) return [];
  const { search, departAt, walk } = prepared;
  const walking = walk ? [walkJourney(prepared)] : [];
  runAt(prepared, departAt);
  const earliest = (search.target[MAX_RIDES] as TargetLabel).arrival;
  if (earliest === NEVER) return walking;
  // First window: to the earliest arrival, plus a share of the travel time per further journey
  // (on the benchmark network the third arrives a median 0.17 travel times after the first).
  let end = earliest + Math.round((limit - 1) * WINDOW_SHARE_PER_JOURNEY * (earliest - departAt));
  let certain: Journey[] = [];
  for (;;) {
    search.reset();
    const found: Journey[] = [];
    // Only journeys arriving by `end` are kept: nothing arriving later needs looking for.
    for (const departure of departuresFromOrigins(search, departAt, end)) {
      runAt(prepared, departure, end + 1);
      for (const round of search.improved) found.push(journeyOf(search, round));
    }
    const endMs = search.msOf(end);
    certain = paretoSet(found).filter((j) => j.arrivalMs <= endMs);
    if (certain.length + walking.length >= limit || end >= departAt + HORIZON_SECONDS) break;
    end = Math.min(
      departAt + HORIZON_SECONDS,
      end + Math.max((end - departAt) >> 1, MIN_WINDOW_STEP_SECONDS),
    );
  }
  return [...certain, ...walking]
    .sort((a, b) => a.arrivalMs - b.arrivalMs || a.rides - b.rides || b.departureMs - a.departureMs)
    .slice(0, limit);
}

/** Journeys no other journey matches or beats on departure, arrival and rides. */
export function paretoSet(journeys: Journey[]): Journey[] {
  const dominates = (a: Journey, b: Journey) =>
    a.departureMs >= b.departureMs && a.arrivalMs <= b.arrivalMs && a.rides <= b.rides;
  return journeys.filter(
    (journey, i) =>
      !journeys.some(
        (other, j) =>
          j !== i &&
          dominates(other, journey) &&
          // Of two equal ones, the first stays.
          (!dominates(journey, other) || j < i),
      ),
  );
}

/**
 * When someone at the origins could leave to catch a trip between `from` and
 * `to` (seconds): at an origin, or a walk earlier at a stop close by. Latest first.
 */
export function departuresFromOrigins(search: RaptorSearch, from: number, to: number): number[] {
  const { tt } = search;
  const times = new Set<number>();
  const collect = (stop: number, walkSeconds: number) => {
    if (!search.usableStop(stop)) return;
    const start = tt.departureStart[stop] ?? 0;
    const end = tt.departureStart[stop + 1] ?? 0;
    for (let d = 0; d < search.space.days.length; d++) {
      const offset = search.offsetOfDay(d);
      const earliest = from + walkSeconds - offset;
      let low = start;
      let high = end;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((tt.stDeparture[tt.departureList[mid] ?? 0] ?? 0) < earliest) low = mid + 1;
        else high = mid;
      }
      for (let k = low; k < end; k++) {
        const st = tt.departureList[k] ?? 0;
        const leave = offset + (tt.stDeparture[st] ?? 0) - walkSeconds;
        if (leave + walkSeconds + search.secondsToTarget(stop) > to) break;
        const trip = tt.stTrip[st] ?? 0;
        if (tt.stPickup[st] === 1 || !search.isActive(d, trip)) continue;
        if (search.space.wheelchairOnly && tt.tripAccessible[trip] !== 1) continue;
        times.add(leave);
      }
    }
  };
  for (const origin of search.space.origins) {
    collect(origin, 0);
    for (let f = tt.footpathStart[origin] ?? 0; f < (tt.footpathStart[origin + 1] ?? 0); f++)
      collect(tt.footpathTo[f] ?? 0, tt.footpathSeconds[f] ?? 0);
  }
  return [...times].sort((a, b) => b - a);
}

function walkJourney({ search, departAt, walk }: Prepared): Journey {
  const departureMs = search.msOf(departAt);
  const arrivalMs = departureMs + (walk?.seconds ?? 0) * 1000;
  return {
    departureMs,
    arrivalMs,
    transfers: 0,
    rides: 0,
    legs: [
      {
        trip: null,
        fromStop: walk?.from ?? 0,
        toStop: walk?.to ?? 0,
        departureMs,
        arrivalMs,
        serviceDate: null,
        boardStopTime: -1,
        exitStopTime: -1,
      },
    ],
  };
}

/** Follows the labels back from the target's label of a round to the origin. */
export function journeyOf(search: RaptorSearch, round: number): Journey {
  const { tt } = search;
  const own = search.target[(search.target[round] as TargetLabel).round] as TargetLabel;
  const legs: JourneyLeg[] = [];
  const walkLeg = (from: number, to: number, departure: number, seconds: number): JourneyLeg => ({
    trip: null,
    fromStop: from,
    toStop: to,
    departureMs: search.msOf(departure),
    arrivalMs: search.msOf(departure + seconds),
    serviceDate: null,
    boardStopTime: -1,
    exitStopTime: -1,
  });
  let stop = own.stop;
  let ride = search.rideLabel(own.round, own.from === READY_BY_RIDE ? stop : own.from);
  if (own.from !== READY_BY_RIDE) {
    legs.unshift(walkLeg(own.from, stop, ride.arrival, own.walkSeconds));
    stop = own.from;
  }
  for (;;) {
    if (ride.round < 1 || ride.board < 0) throw new Error('journey labels do not lead back to an origin');
    const offset = search.offsetOfDay(ride.day);
    const boarded = tt.stStop[ride.board] ?? 0;
    legs.unshift({
      trip: tt.stTrip[ride.board] ?? 0,
      fromStop: boarded,
      toStop: stop,
      departureMs: search.msOf(offset + (tt.stDeparture[ride.board] ?? 0)),
      arrivalMs: search.msOf(offset + (tt.stArrival[ride.exit] ?? 0)),
      serviceDate: search.dayAt(ride.day).isoDate,
      boardStopTime: ride.board,
      exitStopTime: ride.exit,
    });
    const ready = search.readyLabel(ride.round - 1, boarded);
    if (ready.from === READY_AT_ORIGIN) break;
    if (ready.from === READY_BY_RIDE) {
      ride = search.rideLabel(ready.round, boarded);
      stop = boarded;
      continue;
    }
    if (ready.round === 0) {
      // A walk from an origin first: leave when it gets there in time for the first ride.
      const first = legs[0] as JourneyLeg;
      const start = (first.departureMs - search.msOf(0)) / 1000 - ready.walkSeconds;
      legs.unshift(walkLeg(ready.from, boarded, start, ready.walkSeconds));
      break;
    }
    ride = search.rideLabel(ready.round, ready.from);
    legs.unshift(walkLeg(ready.from, boarded, ride.arrival, ready.walkSeconds));
    stop = ready.from;
  }
  const rides = legs.filter((leg) => leg.trip !== null).length;
  return {
    departureMs: (legs[0] as JourneyLeg).departureMs,
    arrivalMs: (legs.at(-1) as JourneyLeg).arrivalMs,
    transfers: Math.max(0, rides - 1),
    rides,
    legs,
  };
}
