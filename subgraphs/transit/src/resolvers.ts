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
import { transitState } from './state.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    transit: ({ accountId }, _args, { db }) => exportPickupData(db, accountId),
  },
  Query: {
    transitStops: (_p, { search, limit }, { db }) => searchStops(db, search, limit),
    transitStopsNear: (_p, { latitude, longitude, limit }, { db }) =>
      stopsNear(db, latitude, longitude, limit),
    transitStop: (_p, { id }, { db }) => stopById(db, id),
    departures: (_p, { stopId, limit, from }, { db }) => departuresAt(db, stopId, limit, from),
    journeys: (_p, args, { db }) => journeysBetween(db, args),
    async transitFeed(_p, _a, { db }) {
      const feed = await db.feed.findFirst({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
      if (!feed) return null;
      return {
        source: feed.source,
        activeSince: feed.activeAt,
        timezone: feed.timezone,
        realtime: transitState(db).delays.status.enabled,
        realtimeFeeds: await feedStatus(db),
      };
    },
    fareZoneMap: async (_p, _a, { db }) => zoneMapOf(await timetableOf(db)),
    ...realtimeResolvers.Query,
    ...pickupResolvers.Query,
  },
  Mutation: pickupResolvers.Mutation,
  Subscription: { ...pickupResolvers.Subscription, ...realtimeResolvers.Subscription },
  TransitAlert: realtimeResolvers.TransitAlert,
  PickupRequest: pickupResolvers.PickupRequest,
  TransitStop: {
    __resolveReference: (ref, { db }) => stopById(db, ref.id),
    alerts: (stop, _a, { db }) => realtimeResolvers.stopAlerts(stop, db),
  },
  TransitRoute: {
    __resolveReference: (ref, { db }) => routeById(db, ref.id),
    alerts: (route, _a, { db }) => realtimeResolvers.routeAlerts(route, db),
  },
};
