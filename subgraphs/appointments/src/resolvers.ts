import {
  auditEntryData,
  auditLogResolvers,
  canActFor,
  DateTimeScalar,
  forbidden,
  hasRole,
  JSONObjectScalar,
  liveEvents,
  personalDataOf,
  requireRole,
} from '@kaarst/kit';
import { bookAppointment, cancelAppointment, normalizeCode } from './booking.ts';
import { lookUpByCode } from './code-lookup.ts';
import type { Resolvers } from './generated/graphql.ts';
import { mobileOfficeStops, scheduleMobileOfficeStop } from './mobile-office.ts';
import { appointmentInclude } from './models.ts';
import { subscriptionTopic } from './outbox.ts';
import { exportAppointmentsData } from './privacy.ts';
import { progressOfAppointment } from './queue/progress.ts';
import { queueResolvers } from './queue/resolvers.ts';
import { findAvailableSlots } from './search.ts';
import { appointmentSchedule, cancelAsStaff, checkInAppointment, markNoShow } from './staff-appointments.ts';
import { checkRange } from './validation.ts';

const locationOrder = [{ position: 'asc' as const }, { name: 'asc' as const }];
const isStaff = (viewer: Parameters<typeof hasRole>[0]) =>
  hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    appointments: ({ accountId }, _args, { db }) => exportAppointmentsData(db, accountId),
  },
  Query: {
    mobileOfficeStops: (_parent, { from }, { db }) => mobileOfficeStops(db, from),
    appointmentServices: (_p, _a, { db }) =>
      db.service.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] }),
    officeLocations: (_p, _a, { db }) =>
      db.location.findMany({ orderBy: locationOrder, include: { openingHours: true } }),
    availableSlots: (_p, args, { db }) => findAvailableSlots(db, args),
    appointmentByCode: (_p, { code }, context) =>
      lookUpByCode(context, () =>
        context.db.appointment.findUnique({
          where: { code: normalizeCode(code) },
          include: appointmentInclude,
        }),
      ),
    appointmentsAt: async (_p, { locationId, from, to }, { db, viewer }) => {
      const staff = requireRole(viewer, 'staff');
      checkRange(from, to);
      // Reading citizens' bookings is recorded, with the rows it returned, in one transaction.
      const [appointments] = await db.$transaction([
        db.appointment.findMany({
          where: { locationId, start: { gte: from, lt: to } },
          orderBy: { start: 'asc' },
          include: appointmentInclude,
        }),
        db.auditEntry.create({
          data: auditEntryData(
            staff,
            'appointments.list',
            { type: 'OfficeLocation', id: locationId },
            `${from.toISOString()} to ${to.toISOString()}`,
          ),
        }),
      ]);
      return appointments;
    },
    appointmentSchedule: (_p, args, { db, viewer }) => appointmentSchedule(db, viewer, args),
    ...queueResolvers.Query,
  },
  Mutation: {
    scheduleMobileOfficeStop: (_parent, { input }, { db, viewer }) =>
      scheduleMobileOfficeStop(db, viewer, input),
    bookAppointment: (_p, { input }, { db, viewer }) => bookAppointment(db, viewer, input),
    cancelAppointment: (_p, { code }, context) =>
      lookUpByCode(context, () => cancelAppointment(context.db, code, context.viewer)),
    checkInAppointment: (_p, { appointmentId }, { db, viewer }) =>
      checkInAppointment(db, viewer, appointmentId),
    markAppointmentNoShow: (_p, { appointmentId }, { db, viewer }) => markNoShow(db, viewer, appointmentId),
    cancelAppointmentAsStaff: (_p, { appointmentId, reason }, { db, viewer }) =>
      cancelAsStaff(db, viewer, appointmentId, reason),
    ...queueResolvers.Mutation,
  },
  Subscription: {
    availabilityChanged: {
      subscribe: (_p, { locationId }, context) =>
        liveEvents(context, subscriptionTopic('availabilityChanged', locationId)),
    },
    appointmentBooked: {
      subscribe: (_p, { locationId }, context) => {
        requireRole(context.viewer, 'staff');
        return liveEvents(context, subscriptionTopic('appointmentBooked', locationId));
      },
    },
    ...queueResolvers.Subscription,
  },
  Appointment: {
    __resolveReference: (ref, { db, viewer }) =>
      db.appointment
        .findUnique({ where: { id: ref.id }, include: appointmentInclude })
        .then((a) => (a && canActFor(viewer, a.citizenId) ? a : null)),
    services: async (a, _args, { db }) =>
      (
        a.services ??
        (await db.serviceLine.findMany({
          where: { appointmentId: a.id },
          include: { service: true },
          orderBy: { position: 'asc' },
        }))
      ).map((line) => line.service),
    location: async (a, _args, { db }) =>
      a.location ?? db.location.findUniqueOrThrow({ where: { id: a.locationId } }),
    citizen: (a, _args, { viewer }) => (canActFor(viewer, a.citizenId) ? { id: a.citizenId } : null),
    cancellationReason: (a, _args, { viewer }) =>
      canActFor(viewer, a.citizenId) ? a.cancellationReason : null,
    counter: (a, _args, { viewer }) => (isStaff(viewer) ? a.counter : null),
    queueTicket: (a, _args, { db, viewer }) =>
      canActFor(viewer, a.citizenId) ? progressOfAppointment(db, a.id) : null,
  },
  Queue: queueResolvers.Queue,
  QueueCounter: queueResolvers.QueueCounter,
  QueueTicket: queueResolvers.QueueTicket,
  QueueTicketProgress: queueResolvers.QueueTicketProgress,
  AuditLog: auditLogResolvers('appointments') as Resolvers['AuditLog'],
  AppointmentService: {
    __resolveReference: (ref, { db }) => db.service.findUnique({ where: { id: ref.id } }),
  },
  OfficeLocation: {
    __resolveReference: (ref, { db }) => db.location.findUnique({ where: { id: ref.id } }),
    openingHours: async (location, _args, { db }) =>
      location.openingHours ?? db.openingHours.findMany({ where: { locationId: location.id } }),
  },
  Citizen: {
    __resolveReference: (ref) => ({ id: ref.id }),
    appointments: (citizen, _args, { db, viewer }) => {
      if (!canActFor(viewer, citizen.id)) throw forbidden('You may only see your own appointments.');
      return db.appointment.findMany({
        where: { citizenId: citizen.id },
        orderBy: { start: 'asc' },
        include: appointmentInclude,
      });
    },
  },
};
