/**
 * Which alerts concern what (GTFS-Realtime informed_entity: the fields of one
 * selector all apply, an alert concerns whatever one of its selectors does).
 * A stop's alerts are those naming it, its station or, for a station, its
 * platforms; a route's those naming it or one of its trips; a departure's
 * those with a selector its trip at its stop meets in every field given.
 */
import type { Timetable } from '../timetable/model.ts';
import { type AlertEntity, type AlertInfo, isActive } from './alerts.ts';

/** The stop's own id, its station's, and its platforms'. */
function stopIds(tt: Timetable, stop: number): Set<string> {
  const info = tt.stops[stop];
  const ids = new Set<string>(info ? [info.id] : []);
  const parent = info && info.parent >= 0 ? tt.stops[info.parent] : undefined;
  if (parent) ids.add(parent.id);
  for (const child of tt.children[stop] ?? []) ids.add(tt.stops[child]?.id ?? '');
  return ids;
}

/** The route a selector's trip runs on (by the graph's id or the feed's trip_id). */
function routeOfTrip(tt: Timetable, tripId: string | null): string | null {
  if (!tripId) return null;
  const trip = tt.trips[tt.tripIndex.get(tripId) ?? -1] ?? tt.trips.find((t) => t.gtfsId === tripId);
  return trip ? (tt.routes[trip.route]?.id ?? null) : null;
}

export function alertsNamingStop(tt: Timetable, alerts: AlertInfo[], stop: number, atMs: number) {
  const ids = stopIds(tt, stop);
  return alerts.filter(
    (a) => isActive(a, atMs) && a.entities.some((e) => e.stopId !== null && ids.has(e.stopId)),
  );
}

export function alertsNamingRoute(tt: Timetable, alerts: AlertInfo[], routeId: string, atMs: number) {
  return alerts.filter(
    (a) =>
      isActive(a, atMs) &&
      a.entities.some((e) => e.routeId === routeId || routeOfTrip(tt, e.tripId) === routeId),
  );
}

/** The alerts in force at `atMs` that apply to a trip calling at a stop. */
export function alertsForDeparture(
  tt: Timetable,
  alerts: AlertInfo[],
  trip: number,
  stop: number,
  atMs: number,
): AlertInfo[] {
  const info = tt.trips[trip];
  const route = info ? tt.routes[info.route] : undefined;
  if (!info || !route) return [];
  const ids = stopIds(tt, stop);
  const applies = (e: AlertEntity) =>
    (e.agencyId === null || e.agencyId === route.agencyId) &&
    (e.routeId === null || e.routeId === route.id) &&
    (e.routeType === null || e.routeType === route.type) &&
    (e.directionId === null || e.directionId === info.directionId) &&
    (e.tripId === null || e.tripId === info.id || e.tripId === info.gtfsId) &&
    (e.stopId === null || ids.has(e.stopId));
  return alerts.filter((a) => isActive(a, atMs) && a.entities.some(applies));
}

/** The routes, stops and trips an alert names, as the timetable knows them. */
export function namedBy(tt: Timetable, alert: AlertInfo) {
  const routes = new Set<number>();
  const stops = new Set<number>();
  const trips = new Set<string>();
  for (const e of alert.entities) {
    const route = tt.routes.findIndex((r) => r.id === (e.routeId ?? routeOfTrip(tt, e.tripId)));
    if (route >= 0) routes.add(route);
    const stop = e.stopId === null ? undefined : tt.stopIndex.get(e.stopId);
    if (stop !== undefined) stops.add(stop);
    if (e.tripId) trips.add(e.tripId);
  }
  return { routes: [...routes], stops: [...stops], trips: [...trips] };
}
