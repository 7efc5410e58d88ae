import { badInput, notFound } from '@kaarst/kit';
import type { PrismaClient, Service } from './generated/prisma/client.ts';
import type { LocationModel } from './models.ts';

export const MAX_SERVICES_PER_VISIT = 5;
export const MAX_RANGE_DAYS = 31;
/** The earliest bookable slot lies this far ahead, so the office can prepare. */
export const LEAD_MINUTES = 30;

/** The services of one visit, in the order asked, with their total duration. */
export async function loadServices(
  db: PrismaClient,
  ids: readonly string[],
): Promise<{ services: Service[]; duration: number }> {
  if (ids.length === 0) throw badInput('Choose at least one service.', 'serviceIds');
  if (ids.length > MAX_SERVICES_PER_VISIT) {
    throw badInput(`At most ${MAX_SERVICES_PER_VISIT} services fit in one visit.`, 'serviceIds');
  }
  if (new Set(ids).size !== ids.length) throw badInput('A service is listed twice.', 'serviceIds');
  const found = await db.service.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(found.map((s) => [s.id, s]));
  const services = ids.map((id) => {
    const service = byId.get(id);
    if (!service) throw badInput(`There is no service with id "${id}".`, 'serviceIds');
    return service;
  });
  return { services, duration: services.reduce((sum, s) => sum + s.durationMinutes, 0) };
}

export async function loadLocation(
  db: PrismaClient,
  id: string,
): Promise<LocationModel & { openingHours: NonNullable<LocationModel['openingHours']> }> {
  const location = await db.location.findUnique({ where: { id }, include: { openingHours: true } });
  if (!location) throw notFound(`Location "${id}"`);
  return location;
}

/** A time range of at most MAX_RANGE_DAYS with from before to. */
export function checkRange(from: Date, to: Date): void {
  if (to <= from) throw badInput('"to" must be after "from".', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badInput(`Search at most ${MAX_RANGE_DAYS} days at once.`, 'to');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing (NOT_FOUND, never a database error). */
export function requireUuid(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A local date YYYY-MM-DD that exists in the calendar. */
export function checkLocalDate(value: string, field: string): string {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (!LOCAL_DATE.test(value) || date.getUTCMonth() !== (month ?? 0) - 1 || date.getUTCDate() !== day)
    throw badInput(`${field} is a date YYYY-MM-DD.`, field);
  return value;
}

/** A client-chosen idempotency key: 1 to 200 characters, trimmed. */
export function idempotencyKey(raw: string, field: string): string {
  const key = raw.trim();
  if (key.length === 0 || key.length > 200)
    throw badInput('idempotencyKey must be 1 to 200 characters.', field);
  return key;
}
