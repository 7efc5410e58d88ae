/** Drawing walk-in tickets, and the ticket a checked-in appointment gets. */
import { auditEntryData, conflict, HubError, isUniqueViolation, notFound, type Viewer } from '@kaarst/kit';
import { newCode } from '../booking.ts';
import type { Appointment, Prisma, PrismaClient, QueueTicketKind } from '../generated/prisma/client.ts';
import { localDate } from '../outbox.ts';
import { idempotencyKey, loadServices } from '../validation.ts';
import { isKiosk, requireTicketDrawer } from './access.ts';
import { QUEUE_TX, queueChangedRow, queueWritten } from './events.ts';
import { type TicketModel, ticketInclude } from './models.ts';
import { loadSettings } from './settings.ts';
import { loadSnapshot } from './snapshot.ts';

type Db = Prisma.TransactionClient;

/** Labels have three digits; a location hands out at most this many tickets a day. */
export const MAX_TICKETS_PER_DAY = 999;
/** A kiosk whose button is pressed faster than this is refused for a moment (a child, a jammed key). */
export const KIOSK_TICKETS_PER_MINUTE = 20;

export interface DrawInput {
  locationId: string;
  serviceIds: readonly string[];
  idempotencyKey: string;
}

/**
 * The day's next number at a location: one row per location and day,
 * incremented under its row lock. With it the database's clock at that moment
 * (after the lock was granted), so that walk-ins drawn at the same time stand in
 * line in the order of their numbers.
 */
async function nextNumber(tx: Db, locationId: string, date: string): Promise<{ number: number; at: Date }> {
  const [row] = await tx.$queryRaw<Array<{ lastNumber: number; at: Date }>>`
    INSERT INTO queue_day ("locationId", date, "lastNumber") VALUES (${locationId}, ${date}, 1)
    ON CONFLICT ("locationId", date) DO UPDATE SET "lastNumber" = queue_day."lastNumber" + 1
    RETURNING "lastNumber", clock_timestamp() AS at`;
  const number = Number(row?.lastNumber);
  if (number > MAX_TICKETS_PER_DAY) throw conflict('No more tickets can be given out here today.');
  return { number, at: new Date(row?.at ?? Date.now()) };
}

export interface NewTicket {
  locationId: string;
  kind: QueueTicketKind;
  serviceIds: readonly string[];
  issuedBy: string;
  priority: number;
  /** Walk-ins: null, they stand in line from the moment their number is given out. */
  queuedAt: Date | null;
  eligibleAt: Date | null;
  appointmentId?: string;
  idempotencyKey?: string;
}

/** Writes a ticket with the day's next number (inside the caller's transaction). */
export async function createTicket(tx: Db, ticket: NewTicket, now: Date) {
  const date = localDate(now);
  const { serviceIds, ...fields } = ticket;
  const { number, at } = await nextNumber(tx, ticket.locationId, date);
  return tx.queueTicket.create({
    data: {
      ...fields,
      queuedAt: ticket.queuedAt ?? at,
      eligibleAt: ticket.eligibleAt ?? at,
      date,
      number,
      code: newCode(),
      drawnAt: at,
      services: { create: serviceIds.map((serviceId, position) => ({ serviceId, position })) },
    },
    include: ticketInclude,
  });
}

/** The ticket with its place and estimate, as the queue stands now (only a waiting ticket has them). */
export async function withEstimate(db: Db, ticket: TicketModel & { code: string }, now = new Date()) {
  // Not for the others: a call's answer must not hold up the live event on the embedded database's one connection.
  if (ticket.status !== 'WAITING') return { ...ticket, ahead: null, estimatedWaitMinutes: null };
  const snapshot = await loadSnapshot(db, ticket.locationId, now);
  const placed = snapshot.tickets.find((t) => t.id === ticket.id);
  return {
    ...ticket,
    ahead: placed?.ahead ?? null,
    estimatedWaitMinutes: placed?.estimatedWaitMinutes ?? null,
  };
}

async function drawnBefore(db: Db, issuedBy: string, key: string, input: DrawInput) {
  const ticket = await db.queueTicket.findUnique({
    where: { issuedBy_idempotencyKey: { issuedBy, idempotencyKey: key } },
    include: ticketInclude,
  });
  if (!ticket) return null;
  const same =
    ticket.locationId === input.locationId &&
    ticket.services.map((s) => s.serviceId).join() === input.serviceIds.join();
  if (!same) throw conflict('This idempotencyKey was already used for a different ticket.');
  return ticket;
}

/**
 * A walk-in ticket, from a Bürgerbüro screen or the kiosk. Idempotent per
 * issuer and key (a retried press gets the same ticket); a kiosk is refused
 * while walk-ins are closed and when pressed too fast.
 */
export async function drawQueueTicket(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  input: DrawInput,
  now = new Date(),
) {
  const viewer = requireTicketDrawer(viewerOrNull);
  const key = idempotencyKey(input.idempotencyKey, 'input.idempotencyKey');
  const previous = await drawnBefore(db, viewer.id, key, input);
  if (previous) return withEstimate(db, previous, now);
  await loadServices(db, input.serviceIds);
  const location = await db.location.findUnique({ where: { id: input.locationId } });
  if (!location) throw notFound(`Location "${input.locationId}"`);
  const settings = await loadSettings(db, location.id);
  if (isKiosk(viewer)) {
    if (!settings.walkInsOpen) throw conflict('No more walk-in tickets today. Please ask at the counter.');
    const lastMinute = await db.queueTicket.count({
      where: { issuedBy: viewer.id, drawnAt: { gte: new Date(now.getTime() - 60_000) } },
    });
    if (lastMinute >= KIOSK_TICKETS_PER_MINUTE)
      throw new HubError('RATE_LIMITED', 'Too many tickets from this kiosk; try again in a minute.', {
        retryAfterSeconds: 60,
      });
  }
  try {
    const ticket = await db.$transaction(async (tx) => {
      const created = await createTicket(
        tx,
        {
          locationId: location.id,
          kind: 'WALK_IN',
          serviceIds: input.serviceIds,
          issuedBy: viewer.id,
          priority: settings.walkInPriority,
          queuedAt: null,
          eligibleAt: null,
          idempotencyKey: key,
        },
        now,
      );
      await tx.auditEntry.create({
        data: auditEntryData(viewer, 'queueTicket.draw', { type: 'QueueTicket', id: created.id }),
      });
      await tx.outboxEvent.create({ data: queueChangedRow(location.id) });
      return created;
    }, QUEUE_TX);
    queueWritten();
    return withEstimate(db, ticket);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same press raced in twice: the first one's ticket is the answer.
    const raced = await drawnBefore(db, viewer.id, key, input);
    if (raced) return withEstimate(db, raced, now);
    throw error;
  }
}

/** The ticket of a checked-in appointment: in line at its booked time, callable a little before. */
export async function appointmentTicket(
  tx: Db,
  appointment: Appointment & { services: Array<{ serviceId: string }> },
  viewer: Viewer,
  now: Date,
) {
  const settings = await loadSettings(tx, appointment.locationId);
  const early = new Date(appointment.start.getTime() - settings.appointmentEarlyMinutes * 60_000);
  return createTicket(
    tx,
    {
      locationId: appointment.locationId,
      kind: 'APPOINTMENT',
      serviceIds: appointment.services.map((s) => s.serviceId),
      issuedBy: viewer.id,
      priority: settings.appointmentPriority,
      queuedAt: appointment.start,
      eligibleAt: early > now ? early : now,
      appointmentId: appointment.id,
    },
    now,
  );
}
