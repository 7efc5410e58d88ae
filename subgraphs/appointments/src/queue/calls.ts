/**
 * Calling tickets to counters and what follows: re-call, serve, finish, miss,
 * park, resume, cancel. Each is one transaction with its audit entry and its
 * live event. The database holds the invariants (one active ticket per
 * counter, a counter exactly while active); every change is made only from the
 * state it was read in, so two hands on one ticket never both succeed.
 */
import { auditEntryData, badInput, conflict, isUniqueViolation, notFound, type Viewer } from '@kaarst/kit';
import type { Location, Prisma, PrismaClient, QueueTicketStatus } from '../generated/prisma/client.ts';
import { localDate } from '../outbox.ts';
import { idempotencyKey, requireUuid } from '../validation.ts';
import { requireBuergerbuero } from './access.ts';
import { holdCounter, loadLocationOrFail } from './counters.ts';
import { shareHandling } from './estimate.ts';
import { QUEUE_TX, queueChangedRow, queueWritten } from './events.ts';
import { noticeCalled, noticeNextInLine } from './follow.ts';
import { type TicketModel, ticketInclude, ticketLabel } from './models.ts';
import { loadSettings } from './settings.ts';
import { ACTIVE } from './snapshot.ts';
import { withEstimate } from './tickets.ts';

type Db = Prisma.TransactionClient;
type Ticket = TicketModel & { code: string };

const isActive = (status: QueueTicketStatus) => (ACTIVE as readonly string[]).includes(status);

async function loadTicket(db: Db, ticketId: string): Promise<Ticket> {
  const ticket = await db.queueTicket.findUnique({
    where: { id: requireUuid(ticketId, 'A ticket with this id') },
    include: ticketInclude,
  });
  if (!ticket) throw notFound('A ticket with this id');
  return ticket;
}

/** Commits a change made from the state the ticket was read in; CONFLICT when it changed meanwhile. */
async function change(tx: Db, ticket: Ticket, data: Prisma.QueueTicketUpdateManyMutationInput) {
  try {
    const { count } = await tx.queueTicket.updateMany({
      where: { id: ticket.id, status: ticket.status, callCount: ticket.callCount },
      data,
    });
    if (count === 0) throw conflict(`${ticketLabel(ticket)} changed meanwhile; reload the queue.`);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Another ticket is at this counter: finish, park or mark it missed first.');
    throw error;
  }
}

/** The change's audit entry, its live event and, for a followed ticket now next in line, its notification. */
async function record(
  tx: Db,
  viewer: Viewer,
  ticket: Ticket,
  now: Date,
  action: string,
  detail?: string,
  called = false,
) {
  await tx.auditEntry.create({
    data: auditEntryData(viewer, `queueTicket.${action}`, { type: 'QueueTicket', id: ticket.id }, detail),
  });
  await tx.outboxEvent.create({ data: queueChangedRow(ticket.locationId, called ? ticket.id : undefined) });
  await noticeNextInLine(tx, ticket.locationId, now);
}

/** The seconds at a counter so far (this stretch and any before a parking). */
const handledSoFar = (ticket: Ticket, now: Date) => {
  const since = ticket.servingStartedAt ?? ticket.lastCalledAt;
  return (
    ticket.handledSeconds +
    (since ? Math.max(0, Math.round((now.getTime() - new Date(since).getTime()) / 1000)) : 0)
  );
};

interface Step {
  action: string;
  /** States it may be taken from. */
  from: readonly QueueTicketStatus[];
  /** Where it leads; a ticket already there is answered unchanged (a repeated request). */
  to: QueueTicketStatus;
  data(ticket: Ticket, now: Date): Prisma.QueueTicketUpdateManyMutationInput;
  after?(tx: Db, ticket: Ticket, now: Date): Promise<void>;
  detail?: string;
}

async function step(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  ticketId: string,
  s: Step,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const ticket = await loadTicket(db, ticketId);
  if (ticket.status !== s.to) {
    if (!s.from.includes(ticket.status))
      throw conflict(`${ticketLabel(ticket)} is ${ticket.status}; it cannot be ${s.action} now.`);
    await db.$transaction(async (tx) => {
      if (isActive(ticket.status) && ticket.counter !== null) {
        const location = await loadLocationOrFail(tx, ticket.locationId);
        await holdCounter(tx, viewer, location, ticket.counter, now, false);
      }
      await change(tx, ticket, s.data(ticket, now));
      await s.after?.(tx, ticket, now);
      await record(tx, viewer, ticket, now, s.action, s.detail);
    }, QUEUE_TX);
    queueWritten();
  }
  return withEstimate(db, await loadTicket(db, ticketId), now);
}

const leaveCounter = { counter: null };

export const startServing = (db: PrismaClient, viewer: Viewer | null, ticketId: string, now?: Date) =>
  step(
    db,
    viewer,
    ticketId,
    {
      action: 'serve',
      from: ['CALLED'],
      to: 'SERVING',
      data: (_t, at) => ({ status: 'SERVING', servingStartedAt: at }),
    },
    now,
  );

export const finishTicket = (db: PrismaClient, viewer: Viewer | null, ticketId: string, now?: Date) =>
  step(
    db,
    viewer,
    ticketId,
    {
      action: 'finish',
      from: ['CALLED', 'SERVING'],
      to: 'DONE',
      data: (t, at) => ({
        status: 'DONE',
        ...leaveCounter,
        finishedAt: at,
        handledSeconds: handledSoFar(t, at),
      }),
      // Each service's share of the handling time: what the estimate learns from.
      async after(tx, t, at) {
        const shares = shareHandling(
          handledSoFar(t, at),
          t.services.map((s) => s.service.durationMinutes),
        );
        for (const [index, line] of t.services.entries())
          await tx.queueTicketService.update({
            where: { ticketId_position: { ticketId: t.id, position: line.position } },
            data: { handledSeconds: shares[index] ?? 0 },
          });
      },
    },
    now,
  );

export const markMissed = (db: PrismaClient, viewer: Viewer | null, ticketId: string, now?: Date) =>
  step(
    db,
    viewer,
    ticketId,
    {
      action: 'miss',
      from: ['CALLED'],
      to: 'MISSED',
      data: (_t, at) => ({ status: 'MISSED', ...leaveCounter, finishedAt: at }),
    },
    now,
  );

export const parkTicket = (db: PrismaClient, viewer: Viewer | null, ticketId: string, now?: Date) =>
  step(
    db,
    viewer,
    ticketId,
    {
      action: 'park',
      from: ['CALLED', 'SERVING'],
      to: 'PARKED',
      data: (t, at) => ({
        status: 'PARKED',
        ...leaveCounter,
        handledSeconds: t.status === 'SERVING' ? handledSoFar(t, at) : t.handledSeconds,
        servingStartedAt: null,
      }),
    },
    now,
  );

export const resumeTicket = (
  db: PrismaClient,
  viewer: Viewer | null,
  ticketId: string,
  toEnd: boolean,
  now?: Date,
) =>
  step(
    db,
    viewer,
    ticketId,
    {
      action: 'resume',
      from: ['PARKED', 'MISSED'],
      to: 'WAITING',
      // Its old place in line (usually the front), or the end; calls count afresh.
      data: (_t, at) => ({
        status: 'WAITING',
        finishedAt: null,
        callCount: 0,
        ...(toEnd ? { queuedAt: at } : {}),
      }),
      detail: toEnd ? 'to the end' : 'at its place',
    },
    now,
  );

export function cancelTicket(
  db: PrismaClient,
  viewer: Viewer | null,
  ticketId: string,
  reason: string | null | undefined,
  now?: Date,
) {
  const text = reason?.trim() || null;
  if (text && text.length > 500) throw badInput('A reason has at most 500 characters.', 'reason');
  return step(
    db,
    viewer,
    ticketId,
    {
      action: 'cancel',
      from: ['WAITING', 'CALLED', 'SERVING', 'PARKED', 'MISSED'],
      to: 'CANCELLED',
      data: (_t, at) => ({ status: 'CANCELLED', ...leaveCounter, finishedAt: at, cancelReason: text }),
      ...(text ? { detail: text } : {}),
    },
    now,
  );
}

/**
 * Calls the ticket again; once it was called 1 + maxRecalls times it is MISSED
 * instead. `seenCallCount` is the count the caller saw: a repeated request finds
 * a higher count and changes nothing.
 */
export async function recallTicket(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  ticketId: string,
  seenCallCount: number,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const ticket = await loadTicket(db, ticketId);
  if (ticket.callCount > seenCallCount || ticket.status === 'MISSED') return withEstimate(db, ticket, now);
  if (ticket.status !== 'CALLED' || ticket.counter === null)
    throw conflict(`${ticketLabel(ticket)} is ${ticket.status}; only a called ticket can be called again.`);
  const counter = ticket.counter;
  const settings = await loadSettings(db, ticket.locationId);
  const missed = ticket.callCount >= 1 + settings.maxRecalls;
  await db.$transaction(async (tx) => {
    await holdCounter(tx, viewer, await loadLocationOrFail(tx, ticket.locationId), counter, now, false);
    if (missed) {
      await change(tx, ticket, { status: 'MISSED', ...leaveCounter, finishedAt: now });
      await record(tx, viewer, ticket, now, 'miss', `after ${ticket.callCount} calls`);
    } else {
      await change(tx, ticket, { callCount: { increment: 1 }, lastCalledAt: now });
      await record(tx, viewer, ticket, now, 'recall', `counter ${counter}`, true);
    }
  }, QUEUE_TX);
  queueWritten();
  return withEstimate(db, await loadTicket(db, ticketId), now);
}

/** Calls a ticket to a counter the caller holds (opened for them if nobody holds it). */
async function callTo(tx: Db, viewer: Viewer, ticket: Ticket, counter: number, now: Date, key?: string) {
  await change(tx, ticket, {
    status: 'CALLED',
    counter,
    lastCounter: counter,
    // Waiting, parked and missed tickets count their calls afresh.
    callCount: 1,
    firstCalledAt: ticket.firstCalledAt ?? now,
    lastCalledAt: now,
    finishedAt: null,
    callKey: key ?? null,
  });
  // Once per ticket: a re-call, or a call after parking, tells the follower nothing new.
  await noticeCalled(tx, ticket.id, counter);
  await record(tx, viewer, ticket, now, 'call', `counter ${counter}`, true);
}

async function counterFree(tx: Db, location: Location, counter: number, date: string) {
  const busy = await tx.queueTicket.findFirst({
    where: { locationId: location.id, date, counter, status: { in: [...ACTIVE] } },
  });
  if (busy)
    throw conflict(
      `${ticketLabel(busy)} is still at counter ${counter}: finish, park or mark it missed first.`,
    );
}

export interface CallNextInput {
  locationId: string;
  counter: number;
  idempotencyKey: string;
}

/**
 * The next ticket in queue order that may be called now, to the caller's
 * counter; null when nobody waits. Rows are claimed FOR UPDATE SKIP LOCKED, so
 * two counters calling at once get two different tickets.
 */
export async function callNext(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  input: CallNextInput,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const key = idempotencyKey(input.idempotencyKey, 'input.idempotencyKey');
  const location = await loadLocationOrFail(db, input.locationId);
  const date = localDate(now);
  const repeated = await db.queueTicket.findFirst({
    where: { locationId: location.id, date, callKey: key, lastCounter: input.counter },
    include: ticketInclude,
  });
  if (repeated) return withEstimate(db, repeated, now);
  const calledId = await db.$transaction(async (tx) => {
    await holdCounter(tx, viewer, location, input.counter, now, true);
    await counterFree(tx, location, input.counter, date);
    // A walk-in stands in line from the moment its number is given out; its eligibleAt is the
    // database's clock at that moment, which may be ahead of this process's clock (as the
    // snapshot's estimate already allows), so only appointments wait for their eligibleAt here.
    const [next] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM queue_ticket
       WHERE "locationId" = ${location.id} AND date = ${date} AND status = 'WAITING'
         AND (kind = 'WALK_IN' OR "eligibleAt" <= ${now})
       ORDER BY priority, "queuedAt", number
       LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!next) return null;
    await callTo(tx, viewer, await loadTicket(tx, next.id), input.counter, now, key);
    return next.id;
  }, QUEUE_TX);
  if (!calledId) return null;
  queueWritten();
  return withEstimate(db, await loadTicket(db, calledId), now);
}

/** Calls one ticket out of turn (waiting, parked or missed) to the caller's counter. */
export async function callTicket(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  ticketId: string,
  counter: number,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const ticket = await loadTicket(db, ticketId);
  if (ticket.status === 'CALLED' && ticket.counter === counter) return withEstimate(db, ticket, now);
  if (!['WAITING', 'PARKED', 'MISSED'].includes(ticket.status))
    throw conflict(`${ticketLabel(ticket)} is ${ticket.status}; it cannot be called now.`);
  if (ticket.date !== localDate(now)) throw conflict(`${ticketLabel(ticket)} is a ticket of another day.`);
  const location = await loadLocationOrFail(db, ticket.locationId);
  await db.$transaction(async (tx) => {
    await holdCounter(tx, viewer, location, counter, now, true);
    await counterFree(tx, location, counter, ticket.date);
    await callTo(tx, viewer, ticket, counter, now);
  }, QUEUE_TX);
  queueWritten();
  return withEstimate(db, await loadTicket(db, ticketId), now);
}
