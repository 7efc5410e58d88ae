/**
 * The active feed in memory, in flat arrays, for journey planning and
 * departures: stop times of each trip lie next to each other (stop time i
 * and i + 1 of one trip form a connection), connections are sorted by
 * departure, and footpaths link stops a short walk apart.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { ServiceCalendar } from './service-days.ts';

export interface StopInfo {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  locationType: number;
  parent: number;
  /** wheelchair_boarding after inheriting a station's value (0 unknown, 1 yes, 2 no). */
  wheelchairBoarding: number;
}

export interface RouteInfo {
  id: string;
  shortName: string | null;
  longName: string | null;
  type: number;
}

export interface TripInfo {
  id: string;
  route: number;
  service: number;
  headsign: string | null;
  wheelchairAccessible: number;
  /** Its stop times are firstStopTime .. lastStopTime (inclusive). */
  firstStopTime: number;
  lastStopTime: number;
}

/** The change time at one stop, and walks between stops: slow and safe enough for wheelchair users. */
export const MIN_CHANGE_SECONDS = 120;
export const MAX_WALK_METRES = 400;
/** Metres per second over the straight line times a detour factor. */
const WALK_SPEED = 1.0;
const DETOUR = 1.2;

export interface Timetable {
  feedId: number;
  timezone: string;
  stops: StopInfo[];
  stopIndex: Map<string, number>;
  /** Child stops of each station (location_type 1). */
  children: number[][];
  routes: RouteInfo[];
  trips: TripInfo[];
  tripIndex: Map<string, number>;
  calendar: ServiceCalendar;
  stStop: Int32Array;
  stTrip: Int32Array;
  stSequence: Int32Array;
  stArrival: Int32Array;
  stDeparture: Int32Array;
  stPickup: Uint8Array;
  stDropOff: Uint8Array;
  /** Stop times that begin a connection (not a trip's last), sorted by departure. */
  connections: Int32Array;
  /** Per stop: departures there (stop time indexes, sorted by departure), CSR layout. */
  departureStart: Int32Array;
  departureList: Int32Array;
  /** Per stop: footpaths (to, seconds), CSR layout. */
  footpathStart: Int32Array;
  footpathTo: Int32Array;
  footpathSeconds: Int32Array;
}

export const haversineMetres = (lat1: number, lon1: number, lat2: number, lon2: number) => {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
};

const PAGE = 50_000;

/** Reads the active feed from the database; null when none was imported. */
export async function loadTimetable(db: PrismaClient): Promise<Timetable | null> {
  const feed = await db.feed.findFirst({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
  if (!feed) return null;
  const feedId = feed.id;
  const [stopRows, routeRows, tripRows, calendars, exceptions] = await Promise.all([
    db.stop.findMany({ where: { feedId }, orderBy: { id: 'asc' } }),
    db.route.findMany({ where: { feedId } }),
    db.trip.findMany({ where: { feedId }, orderBy: { id: 'asc' } }),
    db.serviceCalendar.findMany({ where: { feedId } }),
    db.calendarDate.findMany({ where: { feedId } }),
  ]);
  const stopIndex = new Map(stopRows.map((s, i) => [s.id, i]));
  const stops: StopInfo[] = stopRows.map((s) => ({
    id: s.id,
    name: s.name,
    latitude: s.latitude,
    longitude: s.longitude,
    locationType: s.locationType,
    parent: s.parentStation ? (stopIndex.get(s.parentStation) ?? -1) : -1,
    wheelchairBoarding: s.wheelchairBoarding,
  }));
  const children: number[][] = stops.map(() => []);
  stops.forEach((stop, i) => {
    if (stop.parent >= 0) {
      children[stop.parent]?.push(i);
      const parent = stops[stop.parent];
      if (stop.wheelchairBoarding === 0 && parent) stop.wheelchairBoarding = parent.wheelchairBoarding;
    }
  });
  const routeIndex = new Map(routeRows.map((r, i) => [r.id, i]));
  const serviceIds = [
    ...new Set([...calendars.map((c) => c.serviceId), ...exceptions.map((e) => e.serviceId)]),
  ];
  const serviceIndex = new Map(serviceIds.map((id, i) => [id, i]));
  const rules = new Map(calendars.map((c) => [c.serviceId, c]));
  const datesByService = new Map<string, Map<string, number>>();
  for (const e of exceptions) {
    const dates = datesByService.get(e.serviceId) ?? new Map<string, number>();
    dates.set(e.date, e.exceptionType);
    datesByService.set(e.serviceId, dates);
  }
  const calendar = new ServiceCalendar(
    serviceIds,
    serviceIds.map((id) => rules.get(id)),
    serviceIds.map((id) => datesByService.get(id)),
  );
  const tripIndex = new Map(tripRows.map((t, i) => [t.id, i]));
  const trips: TripInfo[] = tripRows.map((t) => ({
    id: t.id,
    route: routeIndex.get(t.routeId) ?? 0,
    service: serviceIndex.get(t.serviceId) ?? 0,
    headsign: t.headsign,
    wheelchairAccessible: t.wheelchairAccessible,
    firstStopTime: -1,
    lastStopTime: -1,
  }));

  const total = await db.stopTime.count({ where: { feedId } });
  const stStop = new Int32Array(total);
  const stTrip = new Int32Array(total);
  const stSequence = new Int32Array(total);
  const stArrival = new Int32Array(total).fill(-1);
  const stDeparture = new Int32Array(total).fill(-1);
  const stPickup = new Uint8Array(total);
  const stDropOff = new Uint8Array(total);
  // Ordered by trip and sequence, so each trip's stop times are contiguous; paged to bound memory.
  let at = 0;
  let cursor:
    | { feedId_tripId_stopSequence: { feedId: number; tripId: string; stopSequence: number } }
    | undefined;
  for (;;) {
    const page = await db.stopTime.findMany({
      where: { feedId },
      orderBy: [{ tripId: 'asc' }, { stopSequence: 'asc' }],
      take: PAGE,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    for (const row of page) {
      const trip = tripIndex.get(row.tripId) ?? 0;
      const info = trips[trip];
      if (info) {
        if (info.firstStopTime < 0) info.firstStopTime = at;
        info.lastStopTime = at;
      }
      stStop[at] = stopIndex.get(row.stopId) ?? 0;
      stTrip[at] = trip;
      stSequence[at] = row.stopSequence;
      stArrival[at] = row.arrival ?? -1;
      stDeparture[at] = row.departure ?? -1;
      stPickup[at] = row.pickupType;
      stDropOff[at] = row.dropOffType;
      at++;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    cursor = { feedId_tripId_stopSequence: { feedId, tripId: last.tripId, stopSequence: last.stopSequence } };
  }
  for (const trip of trips) interpolate(trip, stArrival, stDeparture);
  return assemble({
    feedId,
    timezone: feed.timezone,
    stops,
    stopIndex,
    children,
    routes: routeRows.map((r) => ({ id: r.id, shortName: r.shortName, longName: r.longName, type: r.type })),
    trips,
    tripIndex,
    calendar,
    stStop,
    stTrip,
    stSequence,
    stArrival,
    stDeparture,
    stPickup,
    stDropOff,
  });
}

/** Stop times between timepoints get times spread evenly (GTFS leaves them to the consumer). */
function interpolate(trip: TripInfo, arrival: Int32Array, departure: Int32Array) {
  let previous = trip.firstStopTime;
  for (let i = trip.firstStopTime + 1; i <= trip.lastStopTime; i++) {
    if ((arrival[i] ?? -1) < 0) continue;
    const gap = i - previous;
    const from = departure[previous] ?? 0;
    const to = arrival[i] ?? 0;
    for (let k = 1; k < gap; k++) {
      const time = Math.round(from + ((to - from) * k) / gap);
      arrival[previous + k] = time;
      departure[previous + k] = time;
    }
    previous = i;
  }
}

type Parts = Omit<
  Timetable,
  'connections' | 'departureStart' | 'departureList' | 'footpathStart' | 'footpathTo' | 'footpathSeconds'
>;

function assemble(parts: Parts): Timetable {
  const { stops, trips, stDeparture, stStop } = parts;
  const starts: number[] = [];
  for (const trip of trips)
    for (let i = trip.firstStopTime; i >= 0 && i < trip.lastStopTime; i++) starts.push(i);
  const connections = Int32Array.from(starts).sort((a, b) => (stDeparture[a] ?? 0) - (stDeparture[b] ?? 0));
  // Departures per stop, in departure order (the connections already are).
  const departureStart = new Int32Array(stops.length + 1);
  for (const i of connections) {
    const s = (stStop[i] ?? 0) + 1;
    departureStart[s] = (departureStart[s] ?? 0) + 1;
  }
  for (let s = 0; s < stops.length; s++)
    departureStart[s + 1] = (departureStart[s + 1] ?? 0) + (departureStart[s] ?? 0);
  const fill = departureStart.slice(0, stops.length);
  const departureList = new Int32Array(connections.length);
  for (const i of connections) {
    const s = stStop[i] ?? 0;
    const slot = fill[s] ?? 0;
    fill[s] = slot + 1;
    departureList[slot] = i;
  }
  return { ...parts, connections, departureStart, departureList, ...footpaths(stops) };
}

/** Walks between stops within MAX_WALK_METRES, found through a grid of cells about that size. */
function footpaths(stops: StopInfo[]) {
  const cell = (lat: number, lon: number) => `${Math.floor(lat / 0.0036)}:${Math.floor(lon / 0.0058)}`;
  const grid = new Map<string, number[]>();
  stops.forEach((stop, i) => {
    if (stop.latitude === null || stop.longitude === null || stop.locationType !== 0) return;
    const key = cell(stop.latitude, stop.longitude);
    grid.set(key, [...(grid.get(key) ?? []), i]);
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
  const footpathStart = new Int32Array(stops.length + 1);
  lists.forEach((list, i) => {
    footpathStart[i + 1] = (footpathStart[i] ?? 0) + list.length;
  });
  const flat = lists.flat();
  return {
    footpathStart,
    footpathTo: Int32Array.from(flat.map(([to]) => to)),
    footpathSeconds: Int32Array.from(flat.map(([, seconds]) => seconds)),
  };
}
