/**
 * Home visits of the mobile citizens' office: staff see the open home-visit
 * requests on a map (GeoJSON), plan a day (the route from the town hall and
 * back, src/mobile-office/route.ts) and confirm it, which promises each
 * citizen a time window in a message on their request.
 */
import { auditEntryData, badInput, forbidden, outboxWritten, requireRole, type Viewer } from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { PrismaClient, ServiceRequest } from '../generated/prisma/client.ts';
import { changedTopic, outboxEvent, staffMayHandle } from '../lifecycle.ts';
import { type Point, planRoute, roadKm, travelMinutes } from './route.ts';

export const HOME_VISIT_TYPE = 'hausbesuch';
const ZONE = 'Europe/Berlin';
/** Where the van starts and ends: Rathaus Kaarst, Am Neumarkt 2. */
export const TOWN_HALL: Point & { name: string } = {
  name: 'Rathaus Kaarst',
  latitude: 51.2262,
  longitude: 6.6193,
};
/** The window promised around the estimated arrival: from a quarter hour before, one hour long. */
const WINDOW_BEFORE_MINUTES = 15;
const WINDOW_MINUTES = 60;
const MAX_VISITS_PER_DAY = 40;
const OPEN = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'] as const;

export interface HomeVisitDayInput {
  date: string;
  requestIds: string[];
  startTime?: string | null;
  visitMinutes?: number | null;
}

export interface PlannedStop {
  position: number;
  request: ServiceRequest;
  travelMinutes: number;
  arrival: Date;
  windowStart: Date;
  windowEnd: Date;
}

export interface PlannedDay {
  date: string;
  start: Date;
  returnAt: Date;
  distanceKm: number;
  stops: PlannedStop[];
}

const located = (r: ServiceRequest): r is ServiceRequest & { latitude: number; longitude: number } =>
  r.latitude !== null && r.longitude !== null;

function dayStart(date: string, time: string): DateTime {
  const start = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time) || !start.isValid)
    throw badInput('Give the day as YYYY-MM-DD and the start as HH:MM.', 'input.date');
  return start;
}

/** The requests of a day, checked: home visits this member of staff handles, open, with coordinates. */
async function visitsToPlan(db: PrismaClient, viewer: Viewer, input: HomeVisitDayInput) {
  const ids = [...new Set(input.requestIds)];
  if (ids.length === 0 || ids.length > MAX_VISITS_PER_DAY)
    throw badInput(`Plan 1 to ${MAX_VISITS_PER_DAY} visits a day.`, 'input.requestIds');
  if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id)))
    throw badInput('A request id is malformed.', 'input.requestIds');
  const requests = await db.serviceRequest.findMany({ where: { id: { in: ids } } });
  const problems = ids.flatMap((id) => {
    const request = requests.find((r) => r.id === id);
    if (!request || request.typeCode !== HOME_VISIT_TYPE) return [`${id}: not a home-visit request`];
    if (!staffMayHandle(viewer, request)) return [`${request.referenceNumber}: another department's`];
    if (!(OPEN as readonly string[]).includes(request.status)) return [`${request.referenceNumber}: closed`];
    if (!located(request)) return [`${request.referenceNumber}: no coordinates`];
    return [];
  });
  if (problems.length > 0)
    throw badInput(`These cannot be planned: ${problems.join('; ')}.`, 'input.requestIds');
  return ids.map((id) => requests.find((r) => r.id === id) as ServiceRequest & Point);
}

/** Orders the visits into a short round trip and gives each its arrival and time window. */
export async function planHomeVisitDay(
  db: PrismaClient,
  viewer: Viewer | null,
  input: HomeVisitDayInput,
): Promise<PlannedDay> {
  const staff = requireRole(viewer, 'staff');
  const visitMinutes = input.visitMinutes ?? 30;
  if (!Number.isInteger(visitMinutes) || visitMinutes < 5 || visitMinutes > 240)
    throw badInput('A visit takes 5 to 240 minutes.', 'input.visitMinutes');
  const start = dayStart(input.date, input.startTime ?? '09:00');
  const requests = await visitsToPlan(db, staff, input);
  const order = planRoute(TOWN_HALL, requests);
  let clock = start;
  let at: Point = TOWN_HALL;
  let distanceKm = 0;
  const stops = order.map((index, position) => {
    const request = requests[index] as ServiceRequest & Point;
    const minutes = travelMinutes(at, request);
    distanceKm += roadKm(at, request);
    const arrival = clock.plus({ minutes });
    const windowStart = DateTime.max(
      start,
      arrival.startOf('hour').plus({ minutes: Math.floor(arrival.minute / 15) * 15 - WINDOW_BEFORE_MINUTES }),
    );
    clock = arrival.plus({ minutes: visitMinutes });
    at = request;
    return {
      position: position + 1,
      request,
      travelMinutes: minutes,
      arrival: arrival.toJSDate(),
      windowStart: windowStart.toJSDate(),
      windowEnd: windowStart.plus({ minutes: WINDOW_MINUTES }).toJSDate(),
    };
  });
  distanceKm += roadKm(at, TOWN_HALL);
  const returnAt = clock.plus({ minutes: travelMinutes(at, TOWN_HALL) });
  return {
    date: input.date,
    start: start.toJSDate(),
    returnAt: returnAt.toJSDate(),
    distanceKm: Math.round(distanceKm * 10) / 10,
    stops,
  };
}

const localTime = (instant: Date) => DateTime.fromJSDate(instant, { zone: ZONE }).toFormat('HH:mm');

/**
 * Confirms a planned day: each citizen gets their window as a message; a request
 * still RECEIVED moves to IN_PROGRESS. The day replaces an earlier plan of it.
 */
export async function confirmHomeVisitDay(db: PrismaClient, viewer: Viewer | null, input: HomeVisitDayInput) {
  const plan = await planHomeVisitDay(db, viewer, input);
  const staff = viewer as Viewer;
  const day = DateTime.fromISO(plan.date, { zone: ZONE }).setLocale('de').toFormat('cccc, d. LLLL yyyy');
  await db.$transaction(async (tx) => {
    await tx.homeVisit.deleteMany({
      where: { date: plan.date, requestId: { notIn: plan.stops.map((s) => s.request.id) } },
    });
    for (const stop of plan.stops) {
      const id = stop.request.id;
      const visit = {
        date: plan.date,
        position: stop.position,
        windowStart: stop.windowStart,
        windowEnd: stop.windowEnd,
      };
      await tx.homeVisit.upsert({
        where: { requestId: id },
        create: { requestId: id, plannedBy: staff.id, ...visit },
        update: { plannedBy: staff.id, plannedAt: new Date(), ...visit },
      });
      await tx.requestMessage.create({
        data: {
          requestId: id,
          authorId: staff.id,
          fromOffice: true,
          body: `Das mobile Bürgerbüro besucht Sie am ${day} zwischen ${localTime(stop.windowStart)} und ${localTime(stop.windowEnd)} Uhr.`,
        },
      });
      const moved = await tx.serviceRequest.updateMany({
        where: { id, status: 'RECEIVED' },
        data: { status: 'IN_PROGRESS' },
      });
      if (moved.count > 0)
        await tx.statusChange.create({
          data: { requestId: id, status: 'IN_PROGRESS', reason: 'Hausbesuch geplant', actorId: staff.id },
        });
      await tx.auditEntry.create({
        data: auditEntryData(staff, 'request.homeVisit', { type: 'ServiceRequest', id }, plan.date),
      });
      await tx.outboxEvent.create({ data: outboxEvent(changedTopic(id), id) });
    }
  });
  outboxWritten();
  return plan;
}

/** Open home-visit requests as a GeoJSON FeatureCollection (RFC 7946), for the staff's map. */
export async function homeVisitMap(db: PrismaClient, viewer: Viewer | null) {
  const staff = requireRole(viewer, 'staff');
  if (!staffMayHandle(staff, { department: 'buergerbuero' } as ServiceRequest))
    throw forbidden('Home visits are planned by the Bürgerbüro.');
  const requests = await db.serviceRequest.findMany({
    where: { typeCode: HOME_VISIT_TYPE, status: { in: [...OPEN] } },
    include: { homeVisit: true },
    orderBy: { createdAt: 'asc' },
  });
  return {
    type: 'FeatureCollection',
    features: requests.filter(located).map((r) => ({
      type: 'Feature',
      id: r.id,
      // GeoJSON order: longitude, latitude.
      geometry: { type: 'Point', coordinates: [r.longitude, r.latitude] },
      properties: {
        referenceNumber: r.referenceNumber,
        address: r.address,
        status: r.status,
        answers: r.answers,
        plannedDate: r.homeVisit?.date ?? null,
        windowStart: r.homeVisit?.windowStart ?? null,
      },
    })),
    // Requests without coordinates cannot be placed; staff add them before planning.
    unplaced: requests.filter((r) => !located(r)).map((r) => r.referenceNumber),
  };
}
