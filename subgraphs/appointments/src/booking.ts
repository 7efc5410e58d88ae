import { randomInt, randomUUID } from 'node:crypto';
import {
  auditEntryData,
  badInput,
  canActFor,
  conflict,
  HubError,
  isUniqueViolation,
  notFound,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { type AppointmentModel, appointmentInclude } from './models.ts';
import { outboxRows, outboxWritten } from './outbox.ts';
import { addMinutes, freeCounters, isSlotStart, unitKey, unitStarts } from './slots.ts';
import { LEAD_MINUTES, loadLocation, loadServices } from './validation.ts';

export interface BookInput {
  serviceIds: readonly string[];
  locationId: string;
  start: Date;
  idempotencyKey: string;
}

// No 0/O or 1/I: codes are read out on the phone and typed from paper.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A confirmation code like "K7QM-3XTA": 40 random bits, unguessable in practice. */
export function newCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export const normalizeCode = (code: string) => code.trim().toUpperCase().replace(/\s+/g, '');

function sameBooking(existing: AppointmentModel, input: BookInput): boolean {
  const serviceIds = existing.services?.map((line) => line.serviceId) ?? [];
  return (
    existing.locationId === input.locationId &&
    existing.start.getTime() === input.start.getTime() &&
    serviceIds.join() === input.serviceIds.join()
  );
}

async function findByIdempotencyKey(db: PrismaClient, viewer: Viewer, key: string) {
  return db.appointment.findUnique({
    where: { citizenId_idempotencyKey: { citizenId: viewer.id, idempotencyKey: key } },
    include: appointmentInclude,
  });
}

function replay(existing: AppointmentModel, input: BookInput): AppointmentModel {
  if (!sameBooking(existing, input)) {
    throw conflict('This idempotencyKey was already used for a different booking.');
  }
  return existing;
}

const alreadyBooked = () =>
  new HubError(
    'ALREADY_BOOKED',
    'You already have an appointment at this time. Cancel it or choose another time.',
  );

/** Whether the citizen already holds any of these 5-minute units (a booking that overlaps). */
async function holdsAnyOf(db: PrismaClient, citizenId: string, units: Date[]): Promise<boolean> {
  return (await db.citizenUnit.findFirst({ where: { citizenId, start: { in: units } } })) !== null;
}

/**
 * Books a slot. Primary keys in the database decide races: the slot units' (of
 * concurrent bookings for one unit of a counter exactly one insert succeeds;
 * the others fail as a whole, one transaction per attempt, and get SLOT_TAKEN)
 * and the citizen units' (one person's bookings never overlap, at two counters
 * or two places: ALREADY_BOOKED).
 */
export async function bookAppointment(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  input: BookInput,
  now = new Date(),
): Promise<AppointmentModel> {
  const viewer = requireViewer(viewerOrNull);
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > 200)
    throw badInput('idempotencyKey must be 1 to 200 characters.', 'idempotencyKey');
  const previous = await findByIdempotencyKey(db, viewer, key);
  if (previous) return replay(previous, input);

  const { duration } = await loadServices(db, input.serviceIds);
  const location = await loadLocation(db, input.locationId);
  if (input.start < addMinutes(now, LEAD_MINUTES)) {
    throw badInput(`This time has passed or is less than ${LEAD_MINUTES} minutes away.`, 'start');
  }
  if (!isSlotStart(location.openingHours, input.start, duration)) {
    throw badInput('This time is not a slot within the opening hours of the location.', 'start');
  }

  const units = unitStarts(input.start, duration);
  // The same key may have committed since it was looked up: then it is that booking.
  const replayOrRefuse = async () => {
    const raced = await findByIdempotencyKey(db, viewer, key);
    if (raced) return replay(raced, input);
    throw alreadyBooked();
  };
  if (await holdsAnyOf(db, viewer.id, units)) return replayOrRefuse();
  const taken = await db.slotUnit.findMany({
    where: { locationId: location.id, start: { in: units } },
    select: { counter: true, start: true },
  });
  const counters = freeCounters(
    new Set(taken.map((u) => unitKey(u.counter, u.start))),
    location.counters,
    units,
  );

  for (const counter of counters) {
    try {
      const id = randomUUID();
      // One transaction: the booking, its slot and citizen units and the events announcing it.
      const [appointment] = await db.$transaction([
        db.appointment.create({
          data: {
            id,
            code: newCode(),
            citizenId: viewer.id,
            locationId: location.id,
            counter,
            start: input.start,
            end: addMinutes(input.start, duration),
            idempotencyKey: key,
            services: { create: input.serviceIds.map((serviceId, position) => ({ serviceId, position })) },
            units: { create: units.map((start) => ({ locationId: location.id, counter, start })) },
            citizenUnits: { create: units.map((start) => ({ citizenId: viewer.id, start })) },
          },
          include: appointmentInclude,
        }),
        db.outboxEvent.createMany({ data: outboxRows(location.id, input.start, id) }),
      ]);
      outboxWritten();
      return appointment;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same key raced in from a retry, another booking of this citizen
      // overlapping it won, or the counter was taken meanwhile (try the next).
      if (await holdsAnyOf(db, viewer.id, units)) return replayOrRefuse();
      const raced = await findByIdempotencyKey(db, viewer, key);
      if (raced) return replay(raced, input);
    }
  }
  // The same key may have won meanwhile: its units were already taken when this
  // attempt looked for a free counter, so no insert ran into it above.
  const raced = await findByIdempotencyKey(db, viewer, key);
  if (raced) return replay(raced, input);
  throw new HubError('SLOT_TAKEN', 'This slot has just been taken. Please choose another time.');
}

/**
 * Cancels by code (the code is what the citizen holds); cancelling a cancelled
 * appointment returns it unchanged. Staff cancelling a citizen's appointment is audited.
 */
export async function cancelAppointment(
  db: PrismaClient,
  rawCode: string,
  viewer: Viewer | null = null,
  now = new Date(),
): Promise<AppointmentModel> {
  const code = normalizeCode(rawCode);
  const appointment = await db.appointment.findUnique({ where: { code }, include: appointmentInclude });
  if (!appointment) throw notFound('An appointment with this code');
  if (appointment.status === 'CANCELLED') return appointment;
  if (appointment.start <= now)
    throw conflict('This appointment has already begun and can no longer be cancelled.');
  // Checked in, the citizen holds a ticket in the queue: staff cancel that, not the code.
  if (appointment.attendance === 'CHECKED_IN')
    throw conflict('You have checked in already; please speak to the staff at the counter.');
  await db.$transaction([
    db.slotUnit.deleteMany({ where: { appointmentId: appointment.id } }),
    db.citizenUnit.deleteMany({ where: { appointmentId: appointment.id } }),
    db.outboxEvent.createMany({ data: outboxRows(appointment.locationId, appointment.start) }),
    db.appointment.updateMany({
      where: { id: appointment.id, status: 'BOOKED' },
      data: { status: 'CANCELLED', cancelledAt: now },
    }),
    ...(viewer && viewer.id !== appointment.citizenId && canActFor(viewer, appointment.citizenId)
      ? [
          db.auditEntry.create({
            data: auditEntryData(viewer, 'appointment.cancel', { type: 'Appointment', id: appointment.id }),
          }),
        ]
      : []),
  ]);
  const cancelled = await db.appointment.findUniqueOrThrow({
    where: { id: appointment.id },
    include: appointmentInclude,
  });
  outboxWritten();
  return cancelled;
}
