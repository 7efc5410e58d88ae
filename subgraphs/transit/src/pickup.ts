/**
 * Wheelchair pickup: a citizen asks the driver of a trip to stop for them at
 * a stop; the driver who took the trip (driveTrip) sees it live and
 * acknowledges; the citizen sees that live. A request expires PICKUP_GRACE
 * after the trip was due at the stop (with its realtime delay at the time of
 * asking). Every write is one statement or guarded by a unique key, so a
 * repeated call returns what the first one wrote and nothing is half-written.
 */
import {
  badInput,
  conflict,
  forbidden,
  HubError,
  isUniqueViolation,
  notFound,
  type PubSub,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { PickupRequest, PrismaClient } from './generated/prisma/client.ts';
import { timetableOf } from './queries.ts';
import type { TransitState } from './state.ts';
import type { Timetable } from './timetable/model.ts';
import { serviceDayOf } from './timetable/service-days.ts';

/** How long after the due time a request stays open (the bus may still be at the stop). */
export const PICKUP_GRACE_MS = 5 * 60_000;

export const requestedTopic = (tripId: string, serviceDate: string) =>
  `pickupRequested:${tripId}:${serviceDate}`;
export const changedTopic = (id: string) => `pickupRequestChanged:${id}`;

export const pickupStatus = (request: PickupRequest, now = Date.now()) =>
  request.expiresAt.getTime() < now ? 'EXPIRED' : request.status;

export async function announce(pubsub: PubSub, topic: string, id: string): Promise<void> {
  await new Promise<void>((resolve) => pubsub.publish({ topic, payload: { id } }, () => resolve()));
}

/** The trip on its service day, or BAD_USER_INPUT naming the field that is wrong. */
export function tripOnDay(tt: Timetable, tripId: string, serviceDate: string) {
  const trip = tt.tripIndex.get(tripId);
  const info = trip === undefined ? undefined : tt.trips[trip];
  if (trip === undefined || !info) throw badInput(`There is no trip "${tripId}".`, 'tripId');
  const day = serviceDayOf(serviceDate, tt.timezone);
  if (!day) throw badInput('serviceDate must be a date YYYY-MM-DD.', 'serviceDate');
  if (!tt.calendar.activeOn(day)[info.service])
    throw badInput(`Trip "${tripId}" does not run on ${serviceDate}.`, 'serviceDate');
  return { trip, info, day };
}

export async function requestPickup(
  db: PrismaClient,
  transit: TransitState,
  viewer: Viewer | null,
  input: { tripId: string; serviceDate: string; stopId: string },
): Promise<{ request: PickupRequest; created: boolean }> {
  const citizen = requireRole(viewer, 'citizen');
  const tt = await timetableOf(transit);
  const { info, day } = tripOnDay(tt, input.tripId, input.serviceDate);
  const stop = tt.stopIndex.get(input.stopId);
  if (stop === undefined) throw badInput(`There is no stop "${input.stopId}".`, 'stopId');
  // A station stands for its platforms: the trip's stop time at any of them.
  const platforms = new Set([stop, ...(tt.children[stop] ?? [])]);
  let stopTime = -1;
  for (let i = info.firstStopTime; i < info.lastStopTime; i++)
    if (platforms.has(tt.stStop[i] ?? -1) && tt.stPickup[i] !== 1) stopTime = i;
  if (stopTime < 0) throw badInput(`Trip "${input.tripId}" picks nobody up at "${input.stopId}".`, 'stopId');
  if (info.wheelchairAccessible === 2)
    throw badInput('This trip has no place for a wheelchair; please choose another.', 'tripId');
  const stopIndex = tt.stStop[stopTime] ?? stop;
  if (tt.stops[stopIndex]?.wheelchairBoarding === 2)
    throw badInput('This stop cannot be used with a wheelchair; please choose another.', 'stopId');

  const existing = await db.pickupRequest.findFirst({
    where: {
      citizenId: citizen.id,
      tripId: info.id,
      serviceDate: day.isoDate,
      stopId: tt.stops[stopIndex]?.id ?? '',
    },
  });
  if (existing) return { request: existing, created: false };

  const scheduled = day.baseMs + (tt.stDeparture[stopTime] ?? 0) * 1000;
  const delaySeconds = transit.delays.delayAt(info.id, day.isoDate, tt.stSequence[stopTime] ?? 0) ?? 0;
  const expiresAt = scheduled + Math.max(0, delaySeconds) * 1000 + PICKUP_GRACE_MS;
  if (expiresAt < Date.now())
    throw new HubError('BAD_USER_INPUT', 'This trip has already passed the stop.', {
      field: 'tripId',
      reason: 'TRIP_PASSED',
    });
  const data = {
    citizenId: citizen.id,
    tripId: info.id,
    serviceDate: day.isoDate,
    stopId: tt.stops[stopIndex]?.id ?? input.stopId,
    stopSequence: tt.stSequence[stopTime] ?? 0,
    scheduledDeparture: new Date(scheduled),
    expiresAt: new Date(expiresAt),
  };
  try {
    return { request: await db.pickupRequest.create({ data }), created: true };
  } catch (error) {
    // The same request made twice at once: the first one written is the answer to both.
    if (!isUniqueViolation(error)) throw error;
    const { citizenId, tripId, serviceDate, stopId } = data;
    const winner = await db.pickupRequest.findUniqueOrThrow({
      where: { citizenId_tripId_serviceDate_stopId: { citizenId, tripId, serviceDate, stopId } },
    });
    return { request: winner, created: false };
  }
}

export async function driveTrip(
  db: PrismaClient,
  transit: TransitState,
  viewer: Viewer | null,
  tripId: string,
  serviceDate: string,
) {
  const driver = requireRole(viewer, 'driver');
  const tt = await timetableOf(transit);
  const { trip, day } = tripOnDay(tt, tripId, serviceDate);
  await db.tripDuty.upsert({
    where: { tripId_serviceDate_driverId: { tripId, serviceDate: day.isoDate, driverId: driver.id } },
    create: { tripId, serviceDate: day.isoDate, driverId: driver.id },
    update: {},
  });
  return { tt, trip, serviceDate: day.isoDate };
}

/** The driver must have taken the trip; others are FORBIDDEN. */
export async function requireDuty(
  db: PrismaClient,
  viewer: Viewer | null,
  tripId: string,
  serviceDate: string,
) {
  const driver = requireRole(viewer, 'driver');
  const duty = await db.tripDuty.findUnique({
    where: { tripId_serviceDate_driverId: { tripId, serviceDate, driverId: driver.id } },
  });
  if (!duty) throw forbidden('Only the driver of this trip sees and acknowledges its pickup requests.');
  return driver;
}

export async function acknowledge(db: PrismaClient, viewer: Viewer | null, id: string) {
  requireRole(viewer, 'driver');
  const request = await db.pickupRequest.findUnique({ where: { id } }).catch(() => null);
  if (!request) throw notFound('The pickup request');
  const driver = await requireDuty(db, viewer, request.tripId, request.serviceDate);
  if (request.status === 'ACKNOWLEDGED') return { request, changed: false };
  if (pickupStatus(request) === 'EXPIRED')
    throw conflict('The trip has passed the stop; the request has expired.');
  // Only a waiting request changes, so two acknowledgements at once write one.
  const { count } = await db.pickupRequest.updateMany({
    where: { id, status: 'REQUESTED' },
    data: { status: 'ACKNOWLEDGED', acknowledgedAt: new Date(), acknowledgedBy: driver.id },
  });
  return { request: await db.pickupRequest.findUniqueOrThrow({ where: { id } }), changed: count === 1 };
}

/** The citizen's own request, else NOT_FOUND (ids are not confirmed to strangers). */
export async function ownRequest(db: PrismaClient, viewer: Viewer | null, id: string) {
  const citizen = requireViewer(viewer);
  const request = await db.pickupRequest.findUnique({ where: { id } }).catch(() => null);
  if (!request || request.citizenId !== citizen.id) throw notFound('The pickup request');
  return request;
}

/** A person's pickup requests and driving duties, for their copy of their data (GDPR Art. 15). */
export async function exportPickupData(db: PrismaClient, accountId: string) {
  const [pickupRequests, drivenTrips] = await Promise.all([
    db.pickupRequest.findMany({
      where: { citizenId: accountId },
      orderBy: { createdAt: 'asc' },
      select: {
        tripId: true,
        serviceDate: true,
        stopId: true,
        scheduledDeparture: true,
        status: true,
        acknowledgedAt: true,
        createdAt: true,
      },
    }),
    db.tripDuty.findMany({ where: { driverId: accountId } }),
  ]);
  return { pickupRequests, drivenTrips };
}

/**
 * A deleted account (GDPR Art. 17, from the account event log): a citizen's
 * pickup requests go, a driver's duties go and their name leaves the
 * acknowledgements (the acknowledgement itself stays for the citizen). Runs again harmlessly.
 */
export async function erasePickupData(db: PrismaClient, accountId: string) {
  return db.$transaction([
    db.pickupRequest.deleteMany({ where: { citizenId: accountId } }),
    db.tripDuty.deleteMany({ where: { driverId: accountId } }),
    db.pickupRequest.updateMany({ where: { acknowledgedBy: accountId }, data: { acknowledgedBy: null } }),
  ]);
}
