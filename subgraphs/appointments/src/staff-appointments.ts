/**
 * The Bürgerbüro's day with appointments: the schedule per counter, check-in
 * (the appointment joins the queue), no-show, and cancelling with a reason.
 * Each action is audited in its own transaction.
 */
import {
  auditEntryData,
  badInput,
  conflict,
  HubError,
  isUniqueViolation,
  notFound,
  type Viewer,
} from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { PrismaClient } from './generated/prisma/client.ts';
import { type AppointmentModel, appointmentInclude } from './models.ts';
import { localDate, outboxRows, outboxWritten } from './outbox.ts';
import { requireBuergerbuero } from './queue/access.ts';
import { QUEUE_TX, queueChangedRow } from './queue/events.ts';
import { appointmentTicket } from './queue/tickets.ts';
import { ZONE } from './slots.ts';
import { checkLocalDate, requireUuid } from './validation.ts';

const MAX_SCHEDULE_DAYS = 7;

export interface ScheduleInput {
  locationId: string;
  from: string;
  days: number;
  includeCancelled: boolean;
}

/** A location's appointments for 1 to 7 local days, per day and counter; the reading is audited. */
export async function appointmentSchedule(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  input: ScheduleInput,
) {
  const staff = requireBuergerbuero(viewerOrNull);
  checkLocalDate(input.from, 'from');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_SCHEDULE_DAYS)
    throw badInput(`days is 1 to ${MAX_SCHEDULE_DAYS}.`, 'days');
  const location = await db.location.findUnique({ where: { id: input.locationId } });
  if (!location) throw notFound(`Location "${input.locationId}"`);
  const first = DateTime.fromISO(input.from, { zone: ZONE }).startOf('day');
  const dates = Array.from({ length: input.days }, (_, i) => first.plus({ days: i }).toISODate() as string);
  const [appointments] = await db.$transaction([
    db.appointment.findMany({
      where: {
        locationId: location.id,
        start: { gte: first.toJSDate(), lt: first.plus({ days: input.days }).toJSDate() },
        ...(input.includeCancelled ? {} : { status: 'BOOKED' as const }),
      },
      orderBy: [{ start: 'asc' }, { counter: 'asc' }],
      include: appointmentInclude,
    }),
    db.auditEntry.create({
      data: auditEntryData(
        staff,
        'appointments.list',
        { type: 'OfficeLocation', id: location.id },
        `${dates[0]} to ${dates.at(-1)}`,
      ),
    }),
  ]);
  return dates.map((date) => ({
    date,
    location,
    counters: Array.from({ length: location.counters }, (_, i) => ({
      counter: i + 1,
      appointments: appointments.filter((a) => a.counter === i + 1 && localDate(a.start) === date),
    })),
  }));
}

async function loadAppointment(db: PrismaClient, id: string): Promise<AppointmentModel> {
  const appointment = await db.appointment.findUnique({
    where: { id: requireUuid(id, 'An appointment with this id') },
    include: appointmentInclude,
  });
  if (!appointment) throw notFound('An appointment with this id');
  return appointment;
}

const reload = (db: PrismaClient, id: string) =>
  db.appointment.findUniqueOrThrow({ where: { id }, include: appointmentInclude });

/** The citizen has arrived: the appointment gets a ticket in today's queue. Twice changes nothing. */
export async function checkInAppointment(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  appointmentId: string,
  now = new Date(),
) {
  const staff = requireBuergerbuero(viewerOrNull);
  const appointment = await loadAppointment(db, appointmentId);
  if (appointment.attendance === 'CHECKED_IN') return appointment;
  if (appointment.status !== 'BOOKED') throw conflict('A cancelled appointment cannot be checked in.');
  if (localDate(appointment.start) !== localDate(now))
    throw conflict('Appointments are checked in on their day.');
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: appointment.id, status: 'BOOKED', attendance: appointment.attendance },
        data: { attendance: 'CHECKED_IN', checkedInAt: now },
      });
      if (count === 0) throw conflict('The appointment changed meanwhile; reload.');
      await appointmentTicket(tx, { ...appointment, services: appointment.services ?? [] }, staff, now);
      await tx.auditEntry.create({
        data: auditEntryData(staff, 'appointment.checkIn', { type: 'Appointment', id: appointment.id }),
      });
      await tx.outboxEvent.create({ data: queueChangedRow(appointment.locationId) });
    }, QUEUE_TX);
  } catch (error) {
    // Two desks checked the same person in at once: one ticket, one answer.
    const current = await reload(db, appointment.id);
    if (current.attendance !== 'CHECKED_IN' || !(isUniqueViolation(error) || error instanceof HubError))
      throw error;
    return current;
  }
  outboxWritten();
  return reload(db, appointment.id);
}

/** The citizen did not come: only once the appointment has begun, and not after a check-in. */
export async function markNoShow(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  appointmentId: string,
  now = new Date(),
) {
  const staff = requireBuergerbuero(viewerOrNull);
  const appointment = await loadAppointment(db, appointmentId);
  if (appointment.attendance === 'NO_SHOW') return appointment;
  if (appointment.status !== 'BOOKED') throw conflict('The appointment was cancelled.');
  if (appointment.attendance === 'CHECKED_IN')
    throw conflict('The citizen checked in; if they did not come when called, mark their ticket missed.');
  if (appointment.start > now) throw conflict('The appointment has not begun yet.');
  await db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: 'BOOKED', attendance: 'EXPECTED' },
      data: { attendance: 'NO_SHOW' },
    });
    if (count === 0) throw conflict('The appointment changed meanwhile; reload.');
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'appointment.noShow', { type: 'Appointment', id: appointment.id }),
    });
    await tx.outboxEvent.create({ data: queueChangedRow(appointment.locationId) });
  }, QUEUE_TX);
  outboxWritten();
  return reload(db, appointment.id);
}

/** Staff cancel a booking with a reason the citizen sees; its slot is freed. Twice changes nothing. */
export async function cancelAsStaff(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  appointmentId: string,
  rawReason: string,
  now = new Date(),
) {
  const staff = requireBuergerbuero(viewerOrNull);
  const reason = rawReason.trim();
  if (reason.length < 3 || reason.length > 500)
    throw badInput('Give a reason of 3 to 500 characters.', 'reason');
  const appointment = await loadAppointment(db, appointmentId);
  if (appointment.status === 'CANCELLED') return appointment;
  if (appointment.attendance === 'CHECKED_IN')
    throw conflict('The citizen has checked in; cancel their ticket in the queue instead.');
  await db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: 'BOOKED', attendance: appointment.attendance },
      data: { status: 'CANCELLED', cancelledAt: now, cancellationReason: reason },
    });
    if (count === 0) throw conflict('The appointment changed meanwhile; reload.');
    await tx.slotUnit.deleteMany({ where: { appointmentId: appointment.id } });
    await tx.citizenUnit.deleteMany({ where: { appointmentId: appointment.id } });
    await tx.outboxEvent.createMany({ data: outboxRows(appointment.locationId, appointment.start) });
    await tx.outboxEvent.create({ data: queueChangedRow(appointment.locationId) });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'appointment.cancel', { type: 'Appointment', id: appointment.id }, reason),
    });
  }, QUEUE_TX);
  outboxWritten();
  return reload(db, appointment.id);
}
