/** Data protection: a person's appointments in their data export, and their erasure when the account is deleted. */
import { eraseNotificationRows } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { outboxRows, outboxWritten } from './outbox.ts';

export async function exportAppointmentsData(db: PrismaClient, accountId: string) {
  const appointments = await db.appointment.findMany({
    where: { citizenId: accountId },
    orderBy: { start: 'asc' },
    include: { services: { include: { service: true }, orderBy: { position: 'asc' } }, location: true },
  });
  // Who of the staff looked at or changed these bookings (GDPR Art. 15: recipients).
  const staffAccess = await db.auditEntry.findMany({
    where: { recordType: 'Appointment', recordId: { in: appointments.map((a) => a.id) } },
    orderBy: { at: 'asc' },
    select: { at: true, action: true, actorRoles: true, actorDepartment: true, recordId: true },
  });
  // Queue tickets they followed in the app (the follow is theirs; the ticket itself names nobody).
  const followedTickets = await db.queueTicket.findMany({
    where: { followerId: accountId },
    orderBy: { drawnAt: 'asc' },
    select: {
      code: true,
      kind: true,
      number: true,
      date: true,
      status: true,
      drawnAt: true,
      location: { select: { name: true } },
      notices: { select: { kind: true, sentAt: true }, orderBy: { sentAt: 'asc' } },
    },
  });
  return {
    followedQueueTickets: followedTickets.map(({ location, ...ticket }) => ({
      ...ticket,
      location: location.name,
    })),
    appointments: appointments.map((a) => ({
      code: a.code,
      status: a.status,
      start: a.start,
      end: a.end,
      location: a.location.name,
      services: a.services.map((line) => line.service.name),
      bookedAt: a.createdAt,
      cancelledAt: a.cancelledAt,
      cancellationReason: a.cancellationReason,
      attendance: a.attendance,
      checkedInAt: a.checkedInAt,
    })),
    staffAccess,
  };
}

/**
 * Deletes every appointment of a deleted account, past and future; future ones
 * free their slots (announced like a cancellation). Idempotent: a second run finds none.
 */
export async function eraseAppointments(db: PrismaClient, accountId: string, now = new Date()) {
  const appointments = await db.appointment.findMany({
    where: { citizenId: accountId },
    select: { id: true, locationId: true, start: true, status: true },
  });
  // Reminders and ticket notices written for them (account id, booking or ticket code) go too.
  await eraseNotificationRows(db, accountId);
  // Tickets they followed stay (the office's statistics), without the link or what was sent.
  await db.$transaction([
    db.queueTicketNotice.deleteMany({ where: { ticket: { followerId: accountId } } }),
    db.queueTicket.updateMany({ where: { followerId: accountId }, data: { followerId: null } }),
  ]);
  if (appointments.length === 0) return 0;
  const freed = appointments.filter((a) => a.status === 'BOOKED' && a.start > now);
  await db.$transaction([
    db.outboxEvent.createMany({ data: freed.flatMap((a) => outboxRows(a.locationId, a.start)) }),
    // Slot units and service lines go with their appointment (ON DELETE CASCADE).
    db.appointment.deleteMany({ where: { id: { in: appointments.map((a) => a.id) } } }),
  ]);
  if (freed.length > 0) outboxWritten();
  return appointments.length;
}
