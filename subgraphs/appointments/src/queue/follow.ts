/**
 * A signed-in citizen follows a ticket (drawn at the kiosk or at a counter) in the app, by
 * its code: when it is next in line (ahead 0) and when it is called, a notification row goes
 * into the outbox in the transaction of the change that caused it (topic queue-called-next),
 * once per ticket and kind (queue_ticket_notice's key). The follower is personal data: in
 * their export, gone on erasure, never in an answer or a live event.
 */
import { createHash } from 'node:crypto';
import { conflict, notFound, notificationOutboxRow, requireViewer, type Viewer } from '@kaarst/kit';
import type { Prisma, PrismaClient, QueueNoticeKind } from '../generated/prisma/client.ts';
import { localDate } from '../outbox.ts';
import { QUEUE_TX, queueWritten } from './events.ts';
import { ticketLabel } from './models.ts';
import { progressByCode, ticketCode } from './progress.ts';
import { loadSnapshot } from './snapshot.ts';

type Db = Prisma.TransactionClient;

/** States in which following still makes sense. */
const FOLLOWABLE = ['WAITING', 'CALLED', 'SERVING', 'PARKED'] as const;

/** The notification's id, derived from ticket and kind: the inbox stores it once even if written twice. */
export function noticeId(ticketId: string, kind: QueueNoticeKind): string {
  const hex = createHash('sha256').update(`queue-ticket:${ticketId}:${kind}`).digest('hex');
  // Shaped as a UUID (version 8, "custom"; RFC 9562), which the inbox's key is.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface NoticeTicket {
  id: string;
  kind: 'WALK_IN' | 'APPOINTMENT';
  number: number;
  code: string;
  followerId: string | null;
  locationId: string;
}

/** Writes the notice once (its key) and, the first time only, the notification row. */
async function notify(tx: Db, ticket: NoticeTicket, kind: QueueNoticeKind, counter: number | null) {
  if (!ticket.followerId) return false;
  const claimed = await tx.queueTicketNotice.createMany({
    data: [{ ticketId: ticket.id, kind }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return false;
  const location = await tx.location.findUniqueOrThrow({
    where: { id: ticket.locationId },
    select: { name: true },
  });
  const label = ticketLabel(ticket);
  const text =
    kind === 'NEXT'
      ? {
          title: `Ihre Wartemarke ${label} wird gleich aufgerufen`,
          body: `${location.name}: Sie sind als Nächstes dran. Bitte halten Sie sich bereit.`,
        }
      : {
          title: `Wartemarke ${label}: bitte zu Schalter ${counter}`,
          body: `${location.name}: Sie sind jetzt aufgerufen, Schalter ${counter}.`,
        };
  await tx.outboxEvent.create({
    data: notificationOutboxRow({
      id: noticeId(ticket.id, kind),
      accountId: ticket.followerId,
      topic: 'queue-called-next',
      ...text,
      url: `/#/wartemarke/${ticket.code}`,
    }),
  });
  return true;
}

/** In the call's transaction: the followed ticket was called to `counter`. */
export async function noticeCalled(tx: Db, ticketId: string, counter: number) {
  const ticket = await tx.queueTicket.findUniqueOrThrow({ where: { id: ticketId } });
  return notify(tx, ticket, 'CALLED', counter);
}

/**
 * In the transaction of any change of a location's queue: if the ticket now next in line
 * (ahead 0 in the estimate every view shows) is followed and was not told yet, tell its follower.
 * The snapshot is loaded only when a followed waiting ticket still lacks that notice.
 */
export async function noticeNextInLine(tx: Db, locationId: string, now: Date) {
  const candidates = await tx.queueTicket.count({
    where: {
      locationId,
      date: localDate(now),
      status: 'WAITING',
      followerId: { not: null },
      notices: { none: { kind: 'NEXT' } },
    },
  });
  if (candidates === 0) return false;
  const snapshot = await loadSnapshot(tx, locationId, now);
  const next = snapshot.tickets.find((t) => t.status === 'WAITING' && t.ahead === 0);
  if (!next) return false;
  const ticket = await tx.queueTicket.findUniqueOrThrow({ where: { id: next.id } });
  return notify(tx, ticket, 'NEXT', null);
}

async function ticketByCode(db: Db, raw: string) {
  const code = ticketCode(raw);
  const ticket = code ? await db.queueTicket.findUnique({ where: { code } }) : null;
  if (!ticket) throw notFound('A ticket with this code');
  return ticket;
}

/**
 * Links the ticket to the signed-in account (idempotent for the same account). CONFLICT when
 * another account follows it, or it is over or of another day.
 */
export async function followQueueTicket(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  raw: string,
  now = new Date(),
) {
  const viewer = requireViewer(viewerOrNull);
  const ticket = await ticketByCode(db, raw);
  if (ticket.followerId !== viewer.id) {
    if (ticket.followerId) throw conflict('Another account already follows this ticket.');
    if (ticket.date !== localDate(now) || !(FOLLOWABLE as readonly string[]).includes(ticket.status))
      throw conflict('This ticket is over; there is nothing left to follow.');
    const written = await db.$transaction(async (tx) => {
      const { count } = await tx.queueTicket.updateMany({
        where: { id: ticket.id, followerId: null },
        data: { followerId: viewer.id },
      });
      if (count === 0) throw conflict('Another account already follows this ticket.');
      // Already next or called when followed: the follower hears it at once.
      const linked = { ...ticket, followerId: viewer.id };
      const called =
        ticket.status === 'CALLED' && ticket.counter !== null
          ? await notify(tx, linked, 'CALLED', ticket.counter)
          : false;
      const next = await noticeNextInLine(tx, ticket.locationId, now);
      return called || next;
    }, QUEUE_TX);
    if (written) queueWritten();
  }
  const progress = await progressByCode(db, ticket.code);
  if (!progress) throw notFound('A ticket with this code');
  return progress;
}

/** Unlinks the ticket from the signed-in account; true when it was theirs. */
export async function unfollowQueueTicket(db: PrismaClient, viewerOrNull: Viewer | null, raw: string) {
  const viewer = requireViewer(viewerOrNull);
  const code = ticketCode(raw);
  if (!code) throw notFound('A ticket with this code');
  const { count } = await db.queueTicket.updateMany({
    where: { code, followerId: viewer.id },
    data: { followerId: null },
  });
  return count > 0;
}

/** The tickets of today the signed-in person follows, in the order they were drawn. */
export async function myQueueTickets(db: PrismaClient, viewerOrNull: Viewer | null, now = new Date()) {
  const viewer = requireViewer(viewerOrNull);
  const tickets = await db.queueTicket.findMany({
    where: { followerId: viewer.id, date: localDate(now) },
    orderBy: { drawnAt: 'asc' },
    select: { code: true },
  });
  const progress = await Promise.all(tickets.map((t) => progressByCode(db, t.code)));
  return progress.filter((p) => p !== null);
}
