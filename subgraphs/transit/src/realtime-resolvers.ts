/**
 * The graph's realtime parts: vehicle positions and service alerts (queries,
 * subscriptions, the alerts of stops, lines and departures), the feeds' state.
 */
import type { Context } from './context.ts';
import type { Resolvers } from './generated/graphql.ts';
import {
  type RouteModel,
  routeModel,
  type StopModel,
  stopModel,
  type TripModel,
  tripModel,
} from './models.ts';
import { departuresAt, timetableOf } from './queries.ts';
import { ALERTS_TOPIC, type AlertInfo, type AlertsEvent, isActive, translated } from './realtime/alerts.ts';
import { alertsNamingRoute, alertsNamingStop, namedBy } from './realtime/attach.ts';
import { DEPARTURES_TOPIC, type DeparturesEvent } from './realtime/departures-live.ts';
import {
  VEHICLES_TOPIC,
  type VehicleInfo,
  type VehicleStopStatus,
  type VehiclesEvent,
} from './realtime/vehicles.ts';
import type { TransitState } from './state.ts';
import type { Timetable } from './timetable/model.ts';

export interface VehiclePositionModel {
  id: string;
  label: string | null;
  latitude: number;
  longitude: number;
  bearing: number | null;
  speed: number | null;
  trip: TripModel | null;
  route: RouteModel | null;
  stop: StopModel | null;
  status: VehicleStopStatus | null;
  occupancy: string | null;
  timestamp: Date | null;
}

function vehicleModel(tt: Timetable, vehicle: VehicleInfo): VehiclePositionModel {
  const trip = vehicle.tripId === null ? undefined : tt.tripIndex.get(vehicle.tripId);
  const info = trip === undefined ? undefined : tt.trips[trip];
  const route = info ? info.route : tt.routes.findIndex((r) => r.id === vehicle.routeId);
  const stop = vehicle.stopId === null ? undefined : tt.stopIndex.get(vehicle.stopId);
  return {
    id: vehicle.id,
    label: vehicle.label,
    latitude: vehicle.latitude,
    longitude: vehicle.longitude,
    bearing: vehicle.bearing,
    speed: vehicle.speed,
    // Without a start date the trip runs today, as GTFS-Realtime has it.
    trip:
      trip === undefined
        ? null
        : tripModel(
            tt,
            trip,
            vehicle.serviceDate ?? new Date().toLocaleDateString('sv', { timeZone: tt.timezone }),
          ),
    route: route >= 0 ? routeModel(tt, route) : null,
    stop: stop === undefined ? null : stopModel(tt, stop),
    status: vehicle.status,
    occupancy: vehicle.occupancy,
    timestamp: vehicle.timestamp === null ? null : new Date(vehicle.timestamp),
  };
}

/** Vehicles of a line or a trip (by its id or trips.txt's trip_id), as the graph shows them. */
function vehiclesOf(
  tt: Timetable,
  vehicles: VehicleInfo[],
  filter: { routeId?: string | null; tripId?: string | null },
) {
  return vehicles
    .map((vehicle) => vehicleModel(tt, vehicle))
    .filter(
      (v) =>
        (!filter.routeId || v.route?.id === filter.routeId) &&
        (!filter.tripId || v.trip?.id === filter.tripId || v.trip?.gtfsTripId === filter.tripId),
    );
}

function alertsOf(
  tt: Timetable,
  alerts: AlertInfo[],
  filter: { routeId?: string | null; stopId?: string | null },
) {
  const now = Date.now();
  let found = alerts.filter((a) => isActive(a, now));
  if (filter.routeId) found = alertsNamingRoute(tt, found, filter.routeId, now);
  if (filter.stopId) {
    const stop = tt.stopIndex.get(filter.stopId);
    found = stop === undefined ? [] : alertsNamingStop(tt, found, stop, now);
  }
  return found;
}

const text = (texts: AlertInfo['header'], language: string | null | undefined) =>
  translated(texts, language ?? 'de');

export async function feedStatus(transit: TransitState) {
  const { delays, vehicles, alerts } = transit;
  return [
    { kind: 'TRIP_UPDATES' as const, status: delays.status },
    { kind: 'VEHICLE_POSITIONS' as const, status: vehicles.status },
    { kind: 'SERVICE_ALERTS' as const, status: alerts.status },
  ].map(({ kind, status }) => ({
    kind,
    enabled: status.enabled,
    fetchedAt: status.fetchedAt,
    entities: status.entities,
  }));
}

export const realtimeResolvers: Pick<Resolvers, 'TransitAlert' | 'Subscription'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'vehiclePositions' | 'transitAlerts'>;
  stopAlerts(stop: StopModel, transit: TransitState): Promise<AlertInfo[]>;
  routeAlerts(route: RouteModel, transit: TransitState): Promise<AlertInfo[]>;
} = {
  Query: {
    vehiclePositions: async (_p, args, { services }) =>
      vehiclesOf(await timetableOf(services), services.vehicles.vehicles, args),
    transitAlerts: async (_p, args, { services }) =>
      alertsOf(await timetableOf(services), services.alerts.alerts, args),
  },
  async stopAlerts(stop, transit) {
    const tt = await timetableOf(transit);
    const index = tt.stopIndex.get(stop.id);
    return index === undefined ? [] : alertsNamingStop(tt, transit.alerts.alerts, index, Date.now());
  },
  async routeAlerts(route, transit) {
    return alertsNamingRoute(await timetableOf(transit), transit.alerts.alerts, route.id, Date.now());
  },
  Subscription: {
    departuresChanged: {
      // An unknown stop or a limit out of range is refused when subscribing, not at the first event.
      subscribe: async (_p, { stopId, limit }, { services, pubsub }) => {
        await departuresAt(services, stopId, limit, null);
        return pubsub.subscribe(DEPARTURES_TOPIC);
      },
      resolve: (
        _event: DeparturesEvent,
        args: { stopId: string; limit?: number | null },
        { services }: Context,
      ) => departuresAt(services, args.stopId, args.limit, null),
    },
    vehiclePositionsChanged: {
      subscribe: (_p, _a, { pubsub }) => pubsub.subscribe(VEHICLES_TOPIC),
      resolve: async (event: VehiclesEvent, args: { routeId?: string | null }, { services }: Context) =>
        vehiclesOf(await timetableOf(services), event.vehicles, args),
    },
    transitAlertsChanged: {
      subscribe: (_p, _a, { pubsub }) => pubsub.subscribe(ALERTS_TOPIC),
      resolve: async (
        event: AlertsEvent,
        args: { routeId?: string | null; stopId?: string | null },
        { services }: Context,
      ) => alertsOf(await timetableOf(services), event.alerts, args),
    },
  },
  TransitAlert: {
    header: (alert, { language }) => text(alert.header, language),
    description: (alert, { language }) => text(alert.description, language),
    url: (alert, { language }) => text(alert.url, language),
    cause: (alert) => alert.cause as never,
    effect: (alert) => alert.effect as never,
    severity: (alert) => alert.severity as never,
    activePeriods: (alert) =>
      alert.periods.map((p) => ({
        start: p.start === null ? null : new Date(p.start),
        end: p.end === null ? null : new Date(p.end),
      })),
    routes: async (alert, _a, { services }) => {
      const tt = await timetableOf(services);
      return namedBy(tt, alert).routes.map((route) => routeModel(tt, route));
    },
    stops: async (alert, _a, { services }) => {
      const tt = await timetableOf(services);
      return namedBy(tt, alert).stops.map((stop) => stopModel(tt, stop));
    },
    tripIds: async (alert, _a, { services }) => namedBy(await timetableOf(services), alert).trips,
  },
};
