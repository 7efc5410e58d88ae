import { requireViewer } from '@kaarst/kit';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { PickupRequest } from './generated/prisma/client.ts';
import { stopModel, tripModel } from './models.ts';
import {
  acknowledge,
  announce,
  changedTopic,
  driveTrip,
  ownRequest,
  pickupStatus,
  requestedTopic,
  requestPickup,
  requireDuty,
} from './pickup.ts';
import { timetableOf } from './queries.ts';

const byId = (payload: { id: string }, _a: unknown, { db }: Context) =>
  db.pickupRequest.findUniqueOrThrow({ where: { id: payload.id } });

export const pickupResolvers: Pick<Resolvers, 'Mutation' | 'Subscription' | 'PickupRequest'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'myPickupRequests' | 'tripPickupRequests'>;
} = {
  Query: {
    myPickupRequests: (_p, _a, { db, viewer }) =>
      db.pickupRequest.findMany({
        where: { citizenId: requireViewer(viewer).id },
        orderBy: { createdAt: 'desc' },
        take: 100,
      }),
    async tripPickupRequests(_p, { tripId, serviceDate }, { db, viewer }) {
      await requireDuty(db, viewer, tripId, serviceDate);
      return db.pickupRequest.findMany({ where: { tripId, serviceDate }, orderBy: { stopSequence: 'asc' } });
    },
  },
  Mutation: {
    async requestWheelchairPickup(_p, { input }, { db, services, viewer, pubsub }) {
      const { request, created } = await requestPickup(db, services, viewer, input);
      if (created) await announce(pubsub, requestedTopic(request.tripId, request.serviceDate), request.id);
      return request;
    },
    async driveTrip(_p, { tripId, serviceDate }, { db, services, viewer }) {
      const { tt, trip, serviceDate: day } = await driveTrip(db, services, viewer, tripId, serviceDate);
      return tripModel(tt, trip, day);
    },
    async acknowledgePickupRequest(_p, { id }, { db, viewer, pubsub }) {
      const { request, changed } = await acknowledge(db, viewer, id);
      if (changed) await announce(pubsub, changedTopic(id), id);
      return request;
    },
  },
  Subscription: {
    pickupRequested: {
      subscribe: async (_p, { tripId, serviceDate }, { db, viewer, pubsub }) => {
        await requireDuty(db, viewer, tripId, serviceDate);
        return pubsub.subscribe(requestedTopic(tripId, serviceDate));
      },
      resolve: byId,
    },
    pickupRequestChanged: {
      subscribe: async (_p, { id }, { db, viewer, pubsub }) => {
        await ownRequest(db, viewer, id);
        return pubsub.subscribe(changedTopic(id));
      },
      resolve: byId,
    },
  },
  PickupRequest: {
    __resolveReference: (ref, { db }) => db.pickupRequest.findUnique({ where: { id: ref.id } }),
    status: (request: PickupRequest) => pickupStatus(request),
    async trip(request, _a, { services }) {
      const tt = await timetableOf(services);
      const trip = tt.tripIndex.get(request.tripId);
      return trip === undefined ? null : tripModel(tt, trip, request.serviceDate);
    },
    async stop(request, _a, { services }) {
      const tt = await timetableOf(services);
      const stop = tt.stopIndex.get(request.stopId);
      return stop === undefined ? null : stopModel(tt, stop);
    },
  },
};
