/**
 * The mobile citizens' office's public stops: the van at a place on a day. A
 * stop is a location of the mobile office (mobile: true) with opening hours of
 * that date only, so its slots are found and booked like any office's.
 */
import { badInput, conflict, requireRole, type Viewer } from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { PrismaClient } from './generated/prisma/client.ts';
import { outboxRows, outboxWritten } from './outbox.ts';
import { ZONE } from './slots.ts';

export interface MobileOfficeStopInput {
  locationId: string;
  date: string;
  opens: string;
  closes: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function scheduleMobileOfficeStop(
  db: PrismaClient,
  viewer: Viewer | null,
  input: MobileOfficeStopInput,
  now = new Date(),
) {
  requireRole(viewer, 'staff');
  const day = DateTime.fromISO(input.date, { zone: ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || !day.isValid)
    throw badInput('The date is YYYY-MM-DD.', 'input.date');
  if (day < DateTime.fromJSDate(now, { zone: ZONE }).startOf('day'))
    throw badInput('A stop is today or later.', 'input.date');
  if (!TIME.test(input.opens) || !TIME.test(input.closes) || input.opens >= input.closes)
    throw badInput('Opening and closing times are HH:MM, opening first.', 'input.opens');
  const location = await db.location.findUnique({ where: { id: input.locationId } });
  if (!location?.mobile) throw badInput('Stops are for the mobile office’s locations.', 'input.locationId');
  const stop = { locationId: location.id, date: input.date, opens: input.opens, closes: input.closes };
  const created = await db.$transaction(async (tx) => {
    const sameDay = await tx.openingHours.findMany({ where: { locationId: location.id, date: input.date } });
    if (sameDay.some((h) => h.opens === input.opens && h.closes === input.closes)) return false;
    if (sameDay.some((h) => h.opens < input.closes && input.opens < h.closes))
      throw conflict('The van already stands there at an overlapping time that day.');
    await tx.openingHours.create({ data: { ...stop, weekday: day.weekday } });
    // Open booking pages of this location learn of the new slots.
    await tx.outboxEvent.createMany({ data: outboxRows(location.id, day.set({ hour: 12 }).toJSDate()) });
    return true;
  });
  if (created) outboxWritten();
  return { ...stop, location };
}

export async function mobileOfficeStops(db: PrismaClient, from: string | null | undefined, now = new Date()) {
  const start = from ?? (DateTime.fromJSDate(now, { zone: ZONE }).toISODate() as string);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) throw badInput('from is YYYY-MM-DD.', 'from');
  const hours = await db.openingHours.findMany({
    where: { date: { gte: start }, location: { mobile: true } },
    include: { location: true },
    orderBy: [{ date: 'asc' }, { opens: 'asc' }],
    take: 200,
  });
  return hours.map((h) => ({
    location: h.location,
    date: h.date as string,
    opens: h.opens,
    closes: h.closes,
  }));
}
