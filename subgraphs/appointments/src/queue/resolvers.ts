/** The queue's part of the subgraph's resolvers: one line each, handing off to the modules beside. */
import { hasRole, liveEvents } from '@kaarst/kit';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { appointmentInclude } from '../models.ts';
import { requireBuergerbuero } from './access.ts';
import {
  callNext,
  callTicket,
  cancelTicket,
  finishTicket,
  markMissed,
  parkTicket,
  recallTicket,
  resumeTicket,
  startServing,
} from './calls.ts';
import { closeQueueCounter, loadLocationOrFail, openQueueCounter } from './counters.ts';
import { queueTopic } from './events.ts';
import { followQueueTicket, myQueueTickets, unfollowQueueTicket } from './follow.ts';
import { type QueueSnapshot, type TicketModel, ticketLabel } from './models.ts';
import { locationOfCode, progressByCode, progressInSnapshot } from './progress.ts';
import { updateQueueSettings } from './settings.ts';
import { ACTIVE, callDisplayOf, loadSnapshot } from './snapshot.ts';
import { queueStatistics } from './statistics.ts';
import { drawQueueTicket } from './tickets.ts';

type Payload = { queue: QueueSnapshot };

const withStatus = (queue: QueueSnapshot, statuses: readonly string[]) =>
  queue.tickets
    .filter((t) => statuses.includes(t.status))
    .map((t) => ({ ...t, location: queue.location }) as TicketModel);

export const queueResolvers: Resolvers = {
  Query: {
    queue: (_p, { locationId }, { db, viewer }) => {
      requireBuergerbuero(viewer);
      return loadSnapshot(db, locationId);
    },
    queueStatistics: (_p, { locationId, date }, { db, viewer }) =>
      queueStatistics(db, viewer, locationId, date),
    callDisplay: async (_p, { locationId }, { db }) => callDisplayOf(await loadSnapshot(db, locationId)),
    queueTicketByCode: (_p, { code }, { db }) => progressByCode(db, code),
    myQueueTickets: (_p, _a, { db, viewer }) => myQueueTickets(db, viewer),
  },
  Mutation: {
    drawQueueTicket: (_p, { input }, { db, viewer }) => drawQueueTicket(db, viewer, input),
    followQueueTicket: (_p, { code }, { db, viewer }) => followQueueTicket(db, viewer, code),
    unfollowQueueTicket: (_p, { code }, { db, viewer }) => unfollowQueueTicket(db, viewer, code),
    openQueueCounter: (_p, { locationId, counter }, { db, viewer }) =>
      openQueueCounter(db, viewer, locationId, counter),
    closeQueueCounter: (_p, { locationId, counter }, { db, viewer }) =>
      closeQueueCounter(db, viewer, locationId, counter),
    callNextQueueTicket: (_p, { input }, { db, viewer }) => callNext(db, viewer, input),
    callQueueTicket: (_p, { ticketId, counter }, { db, viewer }) => callTicket(db, viewer, ticketId, counter),
    recallQueueTicket: (_p, { ticketId, seenCallCount }, { db, viewer }) =>
      recallTicket(db, viewer, ticketId, seenCallCount),
    startServingQueueTicket: (_p, { ticketId }, { db, viewer }) => startServing(db, viewer, ticketId),
    finishQueueTicket: (_p, { ticketId }, { db, viewer }) => finishTicket(db, viewer, ticketId),
    markQueueTicketMissed: (_p, { ticketId }, { db, viewer }) => markMissed(db, viewer, ticketId),
    parkQueueTicket: (_p, { ticketId }, { db, viewer }) => parkTicket(db, viewer, ticketId),
    resumeQueueTicket: (_p, { ticketId, toEnd }, { db, viewer }) => resumeTicket(db, viewer, ticketId, toEnd),
    cancelQueueTicket: (_p, { ticketId, reason }, { db, viewer }) =>
      cancelTicket(db, viewer, ticketId, reason),
    updateQueueSettings: (_p, { locationId, input }, { db, viewer }) =>
      updateQueueSettings(db, viewer, locationId, input),
  },
  Subscription: {
    callDisplayChanged: {
      subscribe: async (_p, { locationId }, context) => {
        await loadLocationOrFail(context.db, locationId);
        return liveEvents(context, queueTopic(locationId));
      },
      resolve: (payload: Payload) => callDisplayOf(payload.queue),
    },
    queueChanged: {
      subscribe: async (_p, { locationId }, context) => {
        requireBuergerbuero(context.viewer);
        await loadLocationOrFail(context.db, locationId);
        return liveEvents(context, queueTopic(locationId));
      },
      resolve: (payload: Payload) => payload.queue,
    },
    queueTicketChanged: {
      subscribe: async (_p, { code }, context) =>
        liveEvents(context, queueTopic(await locationOfCode(context.db, code))),
      resolve: (payload: Payload, { code }: { code: string }, { db }: Context) =>
        progressInSnapshot(db, code, payload.queue),
    },
  },
  Queue: {
    waiting: (queue) => withStatus(queue, ['WAITING']),
    active: (queue) => withStatus(queue, ACTIVE),
    parked: (queue) => withStatus(queue, ['PARKED']),
    missed: (queue) => withStatus(queue, ['MISSED']),
    handlingMinutes: (queue) => queue.handling,
  },
  QueueCounter: {
    heldBy: (counter) => (counter.staffId ? { id: counter.staffId } : null),
    heldByMe: (counter, _a, { viewer }) => counter.staffId !== null && counter.staffId === viewer?.id,
  },
  QueueTicket: {
    label: (ticket) => ticketLabel(ticket),
    services: (ticket) => ticket.services.map((line) => line.service),
    location: (ticket, _a, { db }) =>
      (ticket as { location?: never }).location ??
      db.location.findUniqueOrThrow({ where: { id: ticket.locationId } }),
    code: async (ticket, _a, { db }) =>
      ticket.code ??
      (await db.queueTicket.findUniqueOrThrow({ where: { id: ticket.id }, select: { code: true } })).code,
    ahead: (ticket) => ticket.ahead ?? null,
    estimatedWaitMinutes: (ticket) => ticket.estimatedWaitMinutes ?? null,
    appointment: (ticket, _a, { db, viewer }) =>
      ticket.appointmentId && (hasRole(viewer, 'staff') || hasRole(viewer, 'admin'))
        ? db.appointment.findUnique({ where: { id: ticket.appointmentId }, include: appointmentInclude })
        : null,
  },
  QueueTicketProgress: {
    label: ({ ticket }) => ticketLabel(ticket),
    status: ({ ticket }) => ticket.status,
    date: ({ ticket }) => ticket.date,
    services: ({ ticket }) => ticket.services.map((line) => line.service),
    ahead: ({ ticket }) => ticket.ahead ?? null,
    estimatedWaitMinutes: ({ ticket }) => ticket.estimatedWaitMinutes ?? null,
    counter: ({ ticket }) => ticket.counter,
    callCount: ({ ticket }) => ticket.callCount,
    lastCalledAt: ({ ticket }) => ticket.lastCalledAt,
  },
};
