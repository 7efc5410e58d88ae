import { DateTimeScalar, JSONObjectScalar, personalDataOf } from '@kaarst/kit';
import { zoneMapOf } from './fares/zone-map.ts';
import type { Resolvers } from './generated/graphql.ts';
import { exportPickupData } from './pickup.ts';
import { pickupResolvers } from './pickup-resolvers.ts';
import {
  departuresAt,
  journeysBetween,
  routeById,
  searchStops,
  stopById,
  stopsNear,
  timetableOf,
} from './queries.ts';
import { feedStatus, realtimeResolvers } from './realtime-resolvers.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    transit: ({ accountId }, _args, { db }) => exportPickupData(db, accountId),
  },
  Query: {
    transitStops: (_p, { search, limit }, { services }) => searchStops(services, search, limit),
    transitStopsNear: (_p, { latitude, longitude, limit }, { services }) =>
      stopsNear(services, latitude, longitude, limit),
    transitStop: (_p, { id }, { services }) => stopById(services, id),
    departures: (_p, { stopId, limit, from }, { services }) => departuresAt(services, stopId, limit, from),
    journeys: (_p, args, { services }) => journeysBetween(services, args),
    async transitFeed(_p, _a, { db, services }) {
      const feed = await db.feed.findFirst({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
      if (!feed) return null;
      return {
        source: feed.source,
        activeSince: feed.activeAt,
        timezone: feed.timezone,
        realtime: services.delays.status.enabled,
        realtimeFeeds: await feedStatus(services),
      };
    },
    fareZoneMap: async (_p, _a, { services }) => zoneMapOf(await timetableOf(services)),
    ...realtimeResolvers.Query,
    ...pickupResolvers.Query,
  },
  Mutation: pickupResolvers.Mutation,
  Subscription: { ...pickupResolvers.Subscription, ...realtimeResolvers.Subscription },
  TransitAlert: realtimeResolvers.TransitAlert,
  PickupRequest: pickupResolvers.PickupRequest,
  TransitStop: {
    __resolveReference: (ref, { services }) => stopById(services, ref.id),
    alerts: (stop, _a, { services }) => realtimeResolvers.stopAlerts(stop, services),
  },
  TransitRoute: {
    __resolveReference: (ref, { services }) => routeById(services, ref.id),
    alerts: (route, _a, { services }) => realtimeResolvers.routeAlerts(route, services),
  },
};
