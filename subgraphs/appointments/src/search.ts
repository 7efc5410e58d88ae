import { DateTime } from 'luxon';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';
import type { LocationModel, SlotModel } from './models.ts';
import {
  addMinutes,
  candidateStarts,
  freeCounters,
  GRID_MINUTES,
  unitKey,
  unitStarts,
  ZONE,
} from './slots.ts';
import { checkRange, LEAD_MINUTES, loadLocation, loadServices } from './validation.ts';

export interface SlotQuery {
  serviceIds: readonly string[];
  from: Date;
  to: Date;
  locationId?: string | null;
}

/** Free slots for one visit with all the given services, per location, soonest first. */
export async function findAvailableSlots(
  db: PrismaClient,
  query: SlotQuery,
  now = new Date(),
): Promise<SlotModel[]> {
  checkRange(query.from, query.to);
  const { duration } = await loadServices(db, query.serviceIds);
  const locations = query.locationId
    ? [await loadLocation(db, query.locationId)]
    : await db.location.findMany({ orderBy: { position: 'asc' }, include: { openingHours: true } });
  const earliest = addMinutes(now, LEAD_MINUTES);
  // biome-ignore lint/complexity/useMathMinMax: Math.max would turn the Dates into numbers
  const from = query.from > earliest ? query.from : earliest;
  if (from >= query.to) return [];

  const taken = await db.slotUnit.findMany({
    where: {
      locationId: { in: locations.map((l) => l.id) },
      start: { gte: from, lt: addMinutes(query.to, duration) },
    },
    select: { locationId: true, counter: true, start: true },
  });
  const occupied = new Map<string, Set<string>>();
  for (const unit of taken) {
    const set = occupied.get(unit.locationId) ?? new Set<string>();
    set.add(unitKey(unit.counter, unit.start));
    occupied.set(unit.locationId, set);
  }

  const slots: SlotModel[] = [];
  for (const location of locations) {
    const busy = occupied.get(location.id) ?? new Set<string>();
    for (const start of candidateStarts(location.openingHours ?? [], from, query.to, duration)) {
      if (freeCounters(busy, location.counters, unitStarts(start, duration)).length > 0) {
        slots.push({ start, end: addMinutes(start, duration), location });
      }
    }
  }
  return slots.sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.location.position - b.location.position,
  );
}

/**
 * Free 15-minute slots of a location on one local date, counted per counter:
 * what a city display shows as "appointments free today".
 */
export async function countFreeSlots(
  db: PrismaClient | Prisma.TransactionClient,
  location: LocationModel,
  date: string,
): Promise<number> {
  const day = DateTime.fromISO(date, { zone: ZONE });
  const from = day.startOf('day').toJSDate();
  const to = day.plus({ days: 1 }).startOf('day').toJSDate();
  const taken = await db.slotUnit.findMany({
    where: { locationId: location.id, start: { gte: from, lt: to } },
    select: { counter: true, start: true },
  });
  const busy = new Set(taken.map((u) => unitKey(u.counter, u.start)));
  let free = 0;
  for (const start of candidateStarts(location.openingHours ?? [], from, to, GRID_MINUTES)) {
    free += freeCounters(busy, location.counters, unitStarts(start, GRID_MINUTES)).length;
  }
  return free;
}
