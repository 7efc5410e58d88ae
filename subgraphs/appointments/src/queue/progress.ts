/** What a citizen sees of their own ticket: by its code, or through their appointment. */
import { notFound } from '@kaarst/kit';
import { normalizeCode } from '../booking.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ProgressModel, QueueSnapshot } from './models.ts';
import { ticketInclude } from './models.ts';
import { loadSnapshot } from './snapshot.ts';

type Db = Prisma.TransactionClient;

// Codes are newCode()'s: 4 + 4 characters of its alphabet. Anything else names no ticket.
const CODE = /^[0-9A-Z]{4}-?[0-9A-Z]{4}$/;

/** The code as stored (K7QM-3XTA), or null when it cannot be one. */
export function ticketCode(raw: string): string | null {
  const code = normalizeCode(raw);
  if (!CODE.test(code)) return null;
  return code.includes('-') ? code : `${code.slice(0, 4)}-${code.slice(4)}`;
}

async function findTicket(db: Db, where: Prisma.QueueTicketWhereUniqueInput) {
  return db.queueTicket.findUnique({ where, include: { ...ticketInclude, location: true } });
}

/** The ticket's progress as the queue stands in `snapshot` (loaded when not given). */
async function progressOf(
  db: Db,
  ticket: NonNullable<Awaited<ReturnType<typeof findTicket>>>,
  snapshot?: QueueSnapshot,
): Promise<ProgressModel> {
  const queue = snapshot ?? (await loadSnapshot(db, ticket.locationId));
  const current = queue.tickets.find((t) => t.id === ticket.id);
  return { code: ticket.code, ticket: current ?? ticket, location: queue.location };
}

export async function progressByCode(db: Db, raw: string): Promise<ProgressModel | null> {
  const code = ticketCode(raw);
  const ticket = code ? await findTicket(db, { code }) : null;
  return ticket ? progressOf(db, ticket) : null;
}

export async function progressOfAppointment(db: Db, appointmentId: string): Promise<ProgressModel | null> {
  const ticket = await findTicket(db, { appointmentId });
  return ticket ? progressOf(db, ticket) : null;
}

/** The location a code's ticket waits at (to subscribe to its queue); NOT_FOUND for an unknown code. */
export async function locationOfCode(db: Db, raw: string): Promise<string> {
  const code = ticketCode(raw);
  const ticket = code
    ? await db.queueTicket.findUnique({ where: { code }, select: { locationId: true } })
    : null;
  if (!ticket) throw notFound('A ticket with this code');
  return ticket.locationId;
}

/** A live event's snapshot, cut to one ticket (looked up by code: snapshots carry no codes). */
export async function progressInSnapshot(
  db: Db,
  raw: string,
  snapshot: QueueSnapshot,
): Promise<ProgressModel> {
  const code = ticketCode(raw);
  const ticket = code ? await findTicket(db, { code }) : null;
  if (!ticket) throw notFound('A ticket with this code');
  return progressOf(db, ticket, snapshot);
}
