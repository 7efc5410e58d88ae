/**
 * Builds the Timetable's indexes from the loaded rows: stations' platforms,
 * departures per stop, footpaths, fare zones, and the patterns the planner
 * scans (trips with the same stops, split so that none overtakes another).
 */
import type { StopTimes } from './frequencies.ts';
import {
  type FareZone,
  haversineMetres,
  MAX_WALK_METRES,
  MIN_CHANGE_SECONDS,
  type RouteInfo,
  type StopInfo,
  type Timetable,
  type TripInfo,
} from './model.ts';
import type { ServiceCalendar } from './service-days.ts';

/** A fare zone as a feed or a zone map names it: stop ids, a station standing for its platforms. */
export interface FareZoneSource {
  id: string;
  name: string | null;
  stopIds: string[];
}

export interface TimetableParts {
  feedId: number;
  timezone: string;
  stops: StopInfo[];
  stopIndex: Map<string, number>;
  routes: RouteInfo[];
  trips: TripInfo[];
  calendar: ServiceCalendar;
  st: StopTimes;
  zones: FareZoneSource[];
}

/** Metres per second over the straight line times a detour factor. */
const WALK_SPEED = 1.0;
const DETOUR = 1.2;

export function assembleTimetable(parts: TimetableParts): Timetable {
  const { stops, trips, st } = parts;
  const children: number[][] = stops.map(() => []);
  stops.forEach((stop, i) => {
    if (stop.parent >= 0) {
      children[stop.parent]?.push(i);
      const parent = stops[stop.parent];
      if (stop.wheelchairBoarding === 0 && parent) stop.wheelchairBoarding = parent.wheelchairBoarding;
    }
  });
  const fareZones = zonesOf(parts.zones, parts.stopIndex, stops, children);
  const tripFirst = Int32Array.from(trips, (t) => t.firstStopTime);
  const tripService = Int32Array.from(trips, (t) => t.service);
  const tripAccessible = Uint8Array.from(trips, (t) => t.wheelchairAccessible);
  return {
    feedId: parts.feedId,
    timezone: parts.timezone,
    stops,
    stopIndex: parts.stopIndex,
    children,
    routes: parts.routes,
    trips,
    tripIndex: new Map(trips.map((t, i) => [t.id, i])),
    calendar: parts.calendar,
    fareZones,
    stStop: st.stop,
    stTrip: st.trip,
    stSequence: st.sequence,
    stArrival: st.arrival,
    stDeparture: st.departure,
    stPickup: st.pickup,
    stDropOff: st.dropOff,
    tripFirst,
    tripService,
    tripAccessible,
    ...departuresPerStop(stops.length, trips, st),
    ...footpaths(stops),
    ...patterns(stops.length, trips, st),
  };
}

/** Compressed sparse rows from lists: start offsets and the flattened values. */
function csr(lists: number[][]): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    start[i + 1] = (start[i] ?? 0) + list.length;
  });
  const values = new Int32Array(start[lists.length] ?? 0);
  lists.forEach((list, i) => {
    values.set(list, start[i] ?? 0);
  });
  return { start, values };
}

function departuresPerStop(stopCount: number, trips: TripInfo[], st: StopTimes) {
  const lists: number[][] = Array.from({ length: stopCount }, () => []);
  for (const trip of trips)
    for (let i = trip.firstStopTime; i >= 0 && i < trip.lastStopTime; i++) lists[st.stop[i] ?? 0]?.push(i);
  for (const list of lists) list.sort((a, b) => (st.departure[a] ?? 0) - (st.departure[b] ?? 0));
  const { start, values } = csr(lists);
  return { departureStart: start, departureList: values };
}

/** Walks between stops within MAX_WALK_METRES, found through a grid of cells about that size. */
function footpaths(stops: StopInfo[]) {
  const cell = (lat: number, lon: number) => `${Math.floor(lat / 0.0036)}:${Math.floor(lon / 0.0058)}`;
  const grid = new Map<string, number[]>();
  stops.forEach((stop, i) => {
    if (stop.latitude === null || stop.longitude === null || stop.locationType !== 0) return;
    const key = cell(stop.latitude, stop.longitude);
    const members = grid.get(key);
    if (members) members.push(i);
    else grid.set(key, [i]);
  });
  const lists: Array<Array<[number, number]>> = stops.map(() => []);
  stops.forEach((stop, i) => {
    if (stop.latitude === null || stop.longitude === null || stop.locationType !== 0) return;
    const row = Math.floor(stop.latitude / 0.0036);
    const column = Math.floor(stop.longitude / 0.0058);
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++)
        for (const j of grid.get(`${row + dr}:${column + dc}`) ?? []) {
          const other = stops[j];
          if (j === i || !other || other.latitude === null || other.longitude === null) continue;
          const metres = haversineMetres(stop.latitude, stop.longitude, other.latitude, other.longitude);
          if (metres <= MAX_WALK_METRES)
            lists[i]?.push([j, Math.max(MIN_CHANGE_SECONDS, Math.ceil((metres * DETOUR) / WALK_SPEED))]);
        }
  });
  const { start, values } = csr(lists.map((list) => list.map(([to]) => to)));
  return {
    footpathStart: start,
    footpathTo: values,
    footpathSeconds: Int32Array.from(lists.flat().map(([, seconds]) => seconds)),
  };
}

/**
 * Patterns for RAPTOR: trips grouped by their stop sequence, each group
 * split greedily into chains where every trip leaves and arrives no earlier
 * than the one before at every stop (first-in-first-out), so the earliest
 * trip catchable at a stop is found by binary search.
 */
function patterns(stopCount: number, trips: TripInfo[], st: StopTimes) {
  const groups = new Map<string, number[]>();
  trips.forEach((trip, t) => {
    if (trip.firstStopTime < 0 || trip.lastStopTime <= trip.firstStopTime) return;
    const key = Array.from(st.stop.subarray(trip.firstStopTime, trip.lastStopTime + 1)).join(',');
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  });
  const patternStops: number[][] = [];
  const patternTrips: number[][] = [];
  const first = (t: number) => trips[t]?.firstStopTime ?? 0;
  const notBefore = (later: number, earlier: number, length: number) => {
    for (let i = 0; i < length; i++) {
      if ((st.departure[first(later) + i] ?? 0) < (st.departure[first(earlier) + i] ?? 0)) return false;
      if ((st.arrival[first(later) + i] ?? 0) < (st.arrival[first(earlier) + i] ?? 0)) return false;
    }
    return true;
  };
  for (const [key, group] of groups) {
    const stops = key.split(',').map(Number);
    group.sort((a, b) => (st.departure[first(a)] ?? 0) - (st.departure[first(b)] ?? 0));
    const chains: number[][] = [];
    for (const t of group) {
      const chain = chains.find((c) => notBefore(t, c.at(-1) ?? t, stops.length));
      if (chain) chain.push(t);
      else chains.push([t]);
    }
    for (const chain of chains) {
      patternStops.push(stops);
      patternTrips.push(chain);
    }
  }
  const byStop: number[][] = Array.from({ length: stopCount }, () => []);
  const positions: number[][] = Array.from({ length: stopCount }, () => []);
  patternStops.forEach((stops, p) => {
    stops.forEach((stop, position) => {
      byStop[stop]?.push(p);
      positions[stop]?.push(position);
    });
  });
  const stopsCsr = csr(patternStops);
  const tripsCsr = csr(patternTrips);
  const stopPatterns = csr(byStop);
  return {
    patternStopStart: stopsCsr.start,
    patternStops: stopsCsr.values,
    patternTripStart: tripsCsr.start,
    patternTrips: tripsCsr.values,
    stopPatternStart: stopPatterns.start,
    stopPatterns: stopPatterns.values,
    stopPatternPositions: csr(positions).values,
  };
}

/** Zones with stop indexes (a station's platforms included); each stop learns its zones. */
function zonesOf(
  sources: FareZoneSource[],
  stopIndex: Map<string, number>,
  stops: StopInfo[],
  children: number[][],
): FareZone[] {
  const zones = new Map<string, FareZone>();
  for (const source of sources) {
    const zone = zones.get(source.id) ?? { id: source.id, name: source.name, stops: [] };
    zone.name = zone.name ?? source.name;
    const members = new Set(zone.stops);
    for (const id of source.stopIds) {
      const index = stopIndex.get(id);
      if (index === undefined) continue;
      members.add(index);
      for (const child of children[index] ?? []) members.add(child);
    }
    zone.stops = [...members].sort((a, b) => a - b);
    zones.set(source.id, zone);
  }
  for (const zone of zones.values()) for (const stop of zone.stops) stops[stop]?.zones.push(zone.id);
  return [...zones.values()].sort((a, b) => a.id.localeCompare(b.id));
}
