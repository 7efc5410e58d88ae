import { badInput, HubError, notFound } from '@kaarst/kit';
import { zonesOfRide } from './fares/zone-map.ts';
import { routeModel, stopModel, tripModel } from './models.ts';
import { alertsForDeparture } from './realtime/attach.ts';
import type { TransitState } from './state.ts';
import { nextDepartures } from './timetable/departures.ts';
import { planJourneys } from './timetable/journeys.ts';
import type { Timetable } from './timetable/model.ts';

/** The active timetable; without an imported feed the transit queries cannot answer. */
export async function timetableOf(transit: TransitState): Promise<Timetable> {
  const tt = await transit.timetable.get();
  if (!tt) throw new HubError('NOT_FOUND', 'No GTFS feed has been imported yet.', { reason: 'NO_FEED' });
  return tt;
}

export function stopIndexOf(tt: Timetable, id: string, field: string): number {
  const index = tt.stopIndex.get(id);
  if (index === undefined) throw badInput(`There is no stop "${id}".`, field);
  return index;
}

const clampLimit = (limit: number | null | undefined, fallback: number, max: number, field: string) => {
  const n = limit ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw badInput(`${field} must be between 1 and ${max}.`, field);
  return n;
};

const instant = (value: unknown, field: string): number => {
  const ms = value instanceof Date ? value.getTime() : new Date(String(value)).getTime();
  if (!Number.isFinite(ms)) throw badInput(`${field} must be an ISO 8601 date and time.`, field);
  return ms;
};

export async function searchStops(transit: TransitState, search: string, limit: number | null | undefined) {
  const text = search.trim().toLocaleLowerCase('de');
  if (text.length < 2) throw badInput('search needs at least two characters.', 'search');
  const max = clampLimit(limit, 20, 100, 'limit');
  const tt = await timetableOf(transit);
  const found: number[] = [];
  tt.stops.forEach((stop, i) => {
    // Stops and stations riders look for; entrances and nodes are not places to wait.
    if (stop.locationType <= 1 && stop.name.toLocaleLowerCase('de').includes(text)) found.push(i);
  });
  return found
    .sort((a, b) => (tt.stops[a]?.name ?? '').localeCompare(tt.stops[b]?.name ?? '', 'de') || a - b)
    .slice(0, max)
    .map((i) => stopModel(tt, i));
}

/** Metres between two points (haversine; plenty exact for a town's stops). */
export function metresBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
}

/** The stops nearest a position (the app's "near me"), stations and platforms a rider waits at, nearest first. */
export async function stopsNear(
  transit: TransitState,
  latitude: number,
  longitude: number,
  limit: number | null | undefined,
) {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    throw badInput('latitude must lie between -90 and 90.', 'latitude');
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)
    throw badInput('longitude must lie between -180 and 180.', 'longitude');
  const max = clampLimit(limit, 5, 20, 'limit');
  const tt = await timetableOf(transit);
  const near: Array<{ index: number; metres: number }> = [];
  tt.stops.forEach((stop, index) => {
    if (stop.locationType > 1 || stop.latitude === null || stop.longitude === null) return;
    near.push({ index, metres: metresBetween(latitude, longitude, stop.latitude, stop.longitude) });
  });
  return near
    .sort((a, b) => a.metres - b.metres || a.index - b.index)
    .slice(0, max)
    .map(({ index }) => stopModel(tt, index));
}

export async function departuresAt(
  transit: TransitState,
  stopId: string,
  limit: number | null | undefined,
  from: unknown,
) {
  const max = clampLimit(limit, 10, 100, 'limit');
  const fromMs = from === null || from === undefined ? Date.now() : instant(from, 'from');
  const tt = await timetableOf(transit);
  const stop = stopIndexOf(tt, stopId, 'stopId');
  const { delays, alerts } = transit;
  const now = Date.now();
  const delayOf = (tripId: string, serviceDate: string, sequence: number) =>
    delays.delayAt(tripId, serviceDate, sequence, (stopId) => sequenceOfStop(tt, tripId, stopId));
  return nextDepartures(tt, stop, fromMs, max, delayOf).map((d) => {
    const trip = tripModel(tt, d.trip, d.serviceDate);
    return {
      scheduledTime: new Date(d.scheduledMs),
      delayMinutes: d.delaySeconds === null ? null : Math.round(d.delaySeconds / 60),
      expectedTime: new Date(d.scheduledMs + (d.delaySeconds ?? 0) * 1000),
      route: trip.route,
      headsign: trip.headsign,
      stop: stopModel(tt, d.stop),
      trip,
      stopSequence: tt.stSequence[d.stopTime] ?? 0,
      alerts: alertsForDeparture(tt, alerts.alerts, d.trip, d.stop, now),
    };
  });
}

/** A trip's stop_sequence at a stop (for realtime updates that name only the stop). */
export function sequenceOfStop(tt: Timetable, tripId: string, stopId: string): number | null {
  const trip = tt.trips[tt.tripIndex.get(tripId) ?? -1];
  const stop = tt.stopIndex.get(stopId);
  if (!trip || stop === undefined) return null;
  for (let i = trip.firstStopTime; i <= trip.lastStopTime; i++)
    if (tt.stStop[i] === stop) return tt.stSequence[i] ?? null;
  return null;
}

export async function journeysBetween(
  transit: TransitState,
  args: {
    fromStopId: string;
    toStopId: string;
    departAt: unknown;
    wheelchairOnly?: boolean | null;
    limit?: number | null;
  },
) {
  const count = clampLimit(args.limit, 3, 5, 'limit');
  const departAtMs = instant(args.departAt, 'departAt');
  const tt = await timetableOf(transit);
  const from = stopIndexOf(tt, args.fromStopId, 'fromStopId');
  const to = stopIndexOf(tt, args.toStopId, 'toStopId');
  const journeys = planJourneys(
    tt,
    { from, to, departAtMs, wheelchairOnly: args.wheelchairOnly ?? false },
    count,
  );
  return journeys.map((journey) => {
    const legs = journey.legs.map((leg) => {
      const trip = leg.trip === null ? null : tripModel(tt, leg.trip, leg.serviceDate ?? '');
      // A ride passes the zones of every stop it calls at; a walk those of its two ends.
      const fareZones =
        leg.trip === null
          ? [
              ...new Set([...(tt.stops[leg.fromStop]?.zones ?? []), ...(tt.stops[leg.toStop]?.zones ?? [])]),
            ].sort()
          : zonesOfRide(tt, leg.boardStopTime, leg.exitStopTime);
      return {
        walking: leg.trip === null,
        route: trip?.route ?? null,
        trip,
        headsign: trip?.headsign ?? null,
        fromStop: stopModel(tt, leg.fromStop),
        toStop: stopModel(tt, leg.toStop),
        departure: new Date(leg.departureMs),
        arrival: new Date(leg.arrivalMs),
        fareZones,
      };
    });
    return {
      departure: new Date(journey.departureMs),
      arrival: new Date(journey.arrivalMs),
      transfers: journey.transfers,
      legs,
      fareZones: [...new Set(legs.flatMap((leg) => leg.fareZones))].sort(),
    };
  });
}

export async function stopById(transit: TransitState, id: string) {
  const tt = await timetableOf(transit);
  const index = tt.stopIndex.get(id);
  return index === undefined ? null : stopModel(tt, index);
}

export async function routeById(transit: TransitState, id: string) {
  const tt = await timetableOf(transit);
  const index = tt.routes.findIndex((route) => route.id === id);
  return index < 0 ? null : routeModel(tt, index);
}

export { notFound };
