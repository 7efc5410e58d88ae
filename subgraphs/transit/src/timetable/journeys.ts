/**
 * Earliest-arrival journeys with the Connection Scan Algorithm (Dibbelt,
 * Pajor, Strasser, Wagner: "Connection Scan Algorithm", 2013/2018): one pass
 * over the connections in departure order, boarding a trip wherever one can
 * be at its stop in time, with a change time at a stop and footpaths to close
 * stops after each arrival. wheelchairOnly keeps to trips with
 * wheelchair_accessible = 1 and boards and alights only at stops with
 * wheelchair_boarding = 1 (a station's value passes to its stops).
 */
import { MIN_CHANGE_SECONDS, type Timetable } from './model.ts';
import { type ServiceDay, serviceDaysAround } from './service-days.ts';

export interface JourneyLeg {
  /** null for a walk between stops. */
  trip: number | null;
  fromStop: number;
  toStop: number;
  departureMs: number;
  arrivalMs: number;
  /** The trip's service day (for a walk: null). */
  serviceDate: string | null;
}

export interface Journey {
  departureMs: number;
  arrivalMs: number;
  transfers: number;
  legs: JourneyLeg[];
}

export interface JourneyQuery {
  from: number;
  to: number;
  departAtMs: number;
  wheelchairOnly: boolean;
}

/** How a stop was reached: riding a trip from stop time `enter` to `exit`, maybe then walking. */
interface Reached {
  enter: number;
  exit: number;
  day: number;
  walkTo: number;
  walkSeconds: number;
}

const NONE = Number.POSITIVE_INFINITY;
/** Journeys arriving more than a day after departAt are not looked for (the scan stops there). */
const HORIZON_MS = 24 * 3_600_000;

/** The stop itself, or a station's stops. */
const platforms = (tt: Timetable, stop: number) => {
  const children = tt.children[stop] ?? [];
  return children.length > 0 ? children : [stop];
};

export function earliestArrival(tt: Timetable, query: JourneyQuery): Journey | null {
  const days = serviceDaysAround(query.departAtMs, tt.timezone, 1, 1);
  const active = days.map((day) => tt.calendar.activeOn(day));
  const stopCount = tt.stops.length;
  const arrival = new Float64Array(stopCount).fill(NONE);
  const ready = new Float64Array(stopCount).fill(NONE);
  const arrivedBy: Array<Reached | undefined> = [];
  const readyBy: Array<Reached | undefined> = [];
  const accessible = (stop: number) => !query.wheelchairOnly || tt.stops[stop]?.wheelchairBoarding === 1;
  const origins = platforms(tt, query.from);
  const targets = platforms(tt, query.to);
  // Without a stop a wheelchair user can use at either end, no scan can find a journey.
  if (!origins.some(accessible) || !targets.some(accessible)) return null;
  const isTarget = new Uint8Array(stopCount);
  for (const t of targets) isTarget[t] = 1;
  let best = NONE;

  for (const origin of origins) {
    ready[origin] = query.departAtMs;
    arrival[origin] = query.departAtMs;
    if (isTarget[origin]) best = query.departAtMs;
    for (let f = tt.footpathStart[origin] ?? 0; f < (tt.footpathStart[origin + 1] ?? 0); f++) {
      const to = tt.footpathTo[f] ?? 0;
      const at = query.departAtMs + (tt.footpathSeconds[f] ?? 0) * 1000;
      if (!accessible(to) || at >= (ready[to] ?? NONE)) continue;
      // A first walk: `walkTo` holds where it started (there is no ride before it).
      const walk = { enter: -1, exit: -1, day: -1, walkTo: origin, walkSeconds: tt.footpathSeconds[f] ?? 0 };
      ready[to] = at;
      readyBy[to] = walk;
      arrival[to] = at;
      arrivedBy[to] = walk;
      if (isTarget[to]) best = Math.min(best, at);
    }
  }

  // One trip on one service day is one "instance": boarded at stop time tripEnter[instance].
  const tripEnter = new Int32Array(tt.trips.length * days.length).fill(-1);
  const cursors = days.map((day) => firstConnectionAfter(tt, (query.departAtMs - day.baseMs) / 1000));
  for (;;) {
    // Merge the days' connection lists by absolute departure.
    let day = -1;
    let departure = NONE;
    for (let d = 0; d < days.length; d++) {
      const c = tt.connections[cursors[d] ?? 0];
      if (c === undefined) continue;
      const at = (days[d] as ServiceDay).baseMs + (tt.stDeparture[c] ?? 0) * 1000;
      if (at < departure) {
        departure = at;
        day = d;
      }
    }
    if (day < 0 || departure >= best || departure > query.departAtMs + HORIZON_MS) break;
    const position = cursors[day] ?? 0;
    cursors[day] = position + 1;
    const c = tt.connections[position] ?? 0;
    const trip = tt.stTrip[c] ?? 0;
    const info = tt.trips[trip];
    if (!info || !active[day]?.[info.service]) continue;
    if (query.wheelchairOnly && info.wheelchairAccessible !== 1) continue;
    const instance = trip * days.length + day;
    const from = tt.stStop[c] ?? 0;
    if (
      tripEnter[instance] === -1 &&
      (ready[from] ?? NONE) <= departure &&
      tt.stPickup[c] !== 1 &&
      accessible(from)
    )
      tripEnter[instance] = c;
    const enter = tripEnter[instance] ?? -1;
    if (enter === -1) continue;
    const exit = c + 1;
    const to = tt.stStop[exit] ?? 0;
    if (tt.stDropOff[exit] === 1 || !accessible(to)) continue;
    const arrivedAt = (days[day] as ServiceDay).baseMs + (tt.stArrival[exit] ?? 0) * 1000;
    const ride: Reached = { enter, exit, day, walkTo: -1, walkSeconds: 0 };
    if (arrivedAt < (arrival[to] ?? NONE)) {
      arrival[to] = arrivedAt;
      arrivedBy[to] = ride;
      if (isTarget[to]) best = Math.min(best, arrivedAt);
    }
    if (arrivedAt + MIN_CHANGE_SECONDS * 1000 < (ready[to] ?? NONE)) {
      ready[to] = arrivedAt + MIN_CHANGE_SECONDS * 1000;
      readyBy[to] = ride;
    }
    for (let f = tt.footpathStart[to] ?? 0; f < (tt.footpathStart[to + 1] ?? 0); f++) {
      const next = tt.footpathTo[f] ?? 0;
      const seconds = tt.footpathSeconds[f] ?? 0;
      const at = arrivedAt + seconds * 1000;
      if (!accessible(next)) continue;
      const walk: Reached = { ...ride, walkTo: next, walkSeconds: seconds };
      if (at < (arrival[next] ?? NONE)) {
        arrival[next] = at;
        arrivedBy[next] = walk;
        if (isTarget[next]) best = Math.min(best, at);
      }
      if (at < (ready[next] ?? NONE)) {
        ready[next] = at;
        readyBy[next] = walk;
      }
    }
  }
  if (best === NONE) return null;
  const target = targets.reduce((a, b) => ((arrival[b] ?? NONE) < (arrival[a] ?? NONE) ? b : a));
  return reconstruct(tt, days, query, target, arrivedBy, readyBy, origins);
}

function reconstruct(
  tt: Timetable,
  days: ServiceDay[],
  query: JourneyQuery,
  target: number,
  arrivedBy: Array<Reached | undefined>,
  readyBy: Array<Reached | undefined>,
  origins: number[],
): Journey {
  const legs: JourneyLeg[] = [];
  let step = arrivedBy[target];
  let stop = target;
  // Walk the pointers back to an origin; each step is a ride, a ride then a walk, or a first walk.
  while (step && !origins.includes(stop)) {
    if (step.enter < 0) {
      // A walk from an origin at the start.
      const from = step.walkTo;
      const seconds = step.walkSeconds;
      legs.unshift({
        trip: null,
        fromStop: from,
        toStop: stop,
        departureMs: query.departAtMs,
        arrivalMs: query.departAtMs + seconds * 1000,
        serviceDate: null,
      });
      break;
    }
    const day = days[step.day] as ServiceDay;
    const alighted = tt.stStop[step.exit] ?? 0;
    const rideArrival = day.baseMs + (tt.stArrival[step.exit] ?? 0) * 1000;
    if (step.walkTo >= 0 && step.walkTo !== alighted)
      legs.unshift({
        trip: null,
        fromStop: alighted,
        toStop: step.walkTo,
        departureMs: rideArrival,
        arrivalMs: rideArrival + step.walkSeconds * 1000,
        serviceDate: null,
      });
    const boarded = tt.stStop[step.enter] ?? 0;
    legs.unshift({
      trip: tt.stTrip[step.enter] ?? 0,
      fromStop: boarded,
      toStop: alighted,
      departureMs: day.baseMs + (tt.stDeparture[step.enter] ?? 0) * 1000,
      arrivalMs: rideArrival,
      serviceDate: day.isoDate,
    });
    stop = boarded;
    step = readyBy[boarded];
  }
  const first = legs[0];
  const last = legs.at(-1);
  const rides = legs.filter((leg) => leg.trip !== null).length;
  // Leaving the origin: when the first ride leaves, less a first walk (waiting at home, not at the stop).
  const departureMs =
    first && first.trip === null && legs[1]
      ? legs[1].departureMs - (first.arrivalMs - first.departureMs)
      : (first?.departureMs ?? query.departAtMs);
  if (first && first.trip === null) {
    first.arrivalMs = departureMs + (first.arrivalMs - first.departureMs);
    first.departureMs = departureMs;
  }
  return {
    departureMs,
    arrivalMs: last?.arrivalMs ?? query.departAtMs,
    transfers: Math.max(0, rides - 1),
    legs,
  };
}

/** Binary search: the first connection departing at or after `seconds` of a service day. */
function firstConnectionAfter(tt: Timetable, seconds: number): number {
  let low = 0;
  let high = tt.connections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tt.stDeparture[tt.connections[mid] ?? 0] ?? 0) < seconds) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Up to `count` journeys: the earliest arrival, then the earliest leaving later than the one before. */
export function planJourneys(tt: Timetable, query: JourneyQuery, count: number): Journey[] {
  const journeys: Journey[] = [];
  let departAtMs = query.departAtMs;
  while (journeys.length < count) {
    const journey = earliestArrival(tt, { ...query, departAtMs });
    if (!journey || journey.legs.length === 0) break;
    journeys.push(journey);
    if (journey.legs.every((leg) => leg.trip === null)) break;
    departAtMs = journey.departureMs + 1000;
  }
  return journeys;
}
