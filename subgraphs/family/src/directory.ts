/**
 * The directory: Kitas and counselling/family offers, searched by point and radius
 * (haversine distance computed in SQL), age at start, weekly hours, topic, district.
 * Providers' coordinators (accounts with the role partner, listed per provider in
 * `coordinator`) keep their own provider's entries; admins any.
 */
import { badInput, forbidden, hasRole, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { FamilyOfferModel, KitaModel } from './models.ts';
import { type Criterion, checkCriteria } from './ranking.ts';

export const MAX_RADIUS_KM = 50;
const EARTH_RADIUS_KM = 6371.0088;

export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

function checkNear(near: Near): Near {
  if (!(near.radiusKm > 0) || near.radiusKm > MAX_RADIUS_KM)
    throw badInput(`radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}.`, 'radiusKm');
  if (!(Math.abs(near.latitude) <= 90)) throw badInput('latitude must be from -90 to 90.', 'latitude');
  if (!(Math.abs(near.longitude) <= 180)) throw badInput('longitude must be from -180 to 180.', 'longitude');
  return near;
}

/** Great-circle distance in km (haversine) as SQL over columns "latitude"/"longitude"; $1 lat, $2 lon. */
const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_KM} * asin(sqrt(
  power(sin(radians("latitude" - $1) / 2), 2) +
  cos(radians($1)) * cos(radians("latitude")) * power(sin(radians("longitude" - $2) / 2), 2))))`;

/** The same formula in JS (tests compare both). */
export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export interface KitaSearch {
  near?: Near | null;
  ageMonthsAtStart?: number | null;
  weeklyHours?: number | null;
  district?: string | null;
  language?: string | null;
  onlyWithFreePlaces?: boolean | null;
}

/** Builds "WHERE ..." from conditions with numbered parameters after the first `offset`. */
class Where {
  readonly params: unknown[] = [];
  readonly conditions: string[] = [];
  constructor(private readonly offset: number) {}
  add(sql: (p: (value: unknown) => string) => string) {
    this.conditions.push(
      sql((value) => {
        this.params.push(value);
        return `$${this.offset + this.params.length}`;
      }),
    );
  }
  get sql() {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

export async function searchKitas(db: PrismaClient, search: KitaSearch = {}): Promise<KitaModel[]> {
  const near = search.near ? checkNear(search.near) : null;
  if (search.ageMonthsAtStart != null && (search.ageMonthsAtStart < 0 || search.ageMonthsAtStart > 144))
    throw badInput('ageMonthsAtStart must be from 0 to 144.', 'ageMonthsAtStart');
  if (search.weeklyHours != null && (search.weeklyHours < 1 || search.weeklyHours > 60))
    throw badInput('weeklyHours must be from 1 to 60.', 'weeklyHours');
  const where = new Where(near ? 2 : 0);
  const age = search.ageMonthsAtStart;
  if (age != null) where.add((p) => `"minAgeMonths" <= ${p(age)} AND "maxAgeMonths" >= ${p(age)}`);
  const hours = search.weeklyHours;
  if (hours != null) where.add((p) => `${p(hours)}::int = ANY("weeklyHours")`);
  const district = search.district?.trim();
  if (district) where.add((p) => `lower(district) = lower(${p(district)})`);
  const language = search.language?.trim();
  if (language) where.add((p) => `lower(${p(language)}) = ANY(SELECT lower(l) FROM unnest(languages) l)`);
  if (search.onlyWithFreePlaces)
    where.add(() => `EXISTS (SELECT 1 FROM kita_group g WHERE g."kitaId" = kita.id AND g."freePlaces" > 0)`);
  if (near) where.add((p) => `${DISTANCE_SQL} <= ${p(near.radiusKm)}`);
  const rows = await db.$queryRawUnsafe<Array<{ id: string; distance: number | null }>>(
    `SELECT id, ${near ? DISTANCE_SQL : 'NULL::float8'} AS distance FROM kita ${where.sql}
     ORDER BY ${near ? 'distance, ' : ''}name, id`,
    ...(near ? [near.latitude, near.longitude] : []),
    ...where.params,
  );
  const kitas = await db.kita.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  const byId = new Map(kitas.map((k) => [k.id, k]));
  return rows.map((r) => ({
    ...(byId.get(r.id) as KitaModel),
    distanceKm: r.distance === null ? null : Number(r.distance),
  }));
}

export interface OfferSearch {
  near?: Near | null;
  topic?: string | null;
  targetGroup?: string | null;
  district?: string | null;
}

export async function searchOffers(db: PrismaClient, search: OfferSearch = {}): Promise<FamilyOfferModel[]> {
  const near = search.near ? checkNear(search.near) : null;
  const where = new Where(near ? 2 : 0);
  for (const column of ['topic', 'targetGroup', 'district'] as const) {
    const value = search[column]?.trim();
    if (value) where.add((p) => `lower("${column}") = lower(${p(value)})`);
  }
  if (near) where.add((p) => `latitude IS NOT NULL AND ${DISTANCE_SQL} <= ${p(near.radiusKm)}`);
  const rows = await db.$queryRawUnsafe<Array<{ id: string; distance: number | null }>>(
    `SELECT id::text, ${near ? DISTANCE_SQL : 'NULL::float8'} AS distance FROM family_offer ${where.sql}
     ORDER BY ${near ? 'distance, ' : ''}title, id`,
    ...(near ? [near.latitude, near.longitude] : []),
    ...where.params,
  );
  const offers = await db.familyOffer.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  const byId = new Map(offers.map((o) => [o.id, o]));
  return rows.map((r) => ({
    ...(byId.get(r.id) as FamilyOfferModel),
    distanceKm: r.distance === null ? null : Number(r.distance),
  }));
}

/** True when the viewer coordinates this provider (per record, from the `coordinator` table). */
export async function coordinates(
  db: PrismaClient,
  viewer: Viewer | null,
  providerId: string,
): Promise<boolean> {
  if (!viewer || !hasRole(viewer, 'partner')) return false;
  return (await db.coordinator.count({ where: { providerId, accountId: viewer.id } })) > 0;
}

/** Editing a directory entry: the provider's coordinators, or an admin. */
export async function requireKeeper(db: PrismaClient, viewer: Viewer | null, providerId: string) {
  const v = requireViewer(viewer);
  if (hasRole(v, 'admin') || (await coordinates(db, v, providerId))) return v;
  throw forbidden("Only the provider's coordinators keep its entries.");
}

const text = (value: string, field: string, max = 2000) => {
  const t = value.trim();
  if (t.length < 1 || t.length > max) throw badInput(`${field} must be 1 to ${max} characters.`, field);
  return t;
};

export interface KitaUpdate {
  name?: string | null;
  openingTimes?: string | null;
  concept?: string | null;
  languages?: string[] | null;
  weeklyHours?: number[] | null;
}

export async function updateKita(db: PrismaClient, viewer: Viewer | null, id: string, input: KitaUpdate) {
  const kita = await db.kita.findUnique({ where: { id } });
  if (!kita) throw notFound('The Kita');
  await requireKeeper(db, viewer, kita.providerId);
  if (input.weeklyHours && (input.weeklyHours.length === 0 || input.weeklyHours.some((h) => h < 1 || h > 60)))
    throw badInput('weeklyHours must list hours from 1 to 60.', 'weeklyHours');
  return db.kita.update({
    where: { id },
    data: {
      ...(input.name != null ? { name: text(input.name, 'name', 200) } : {}),
      ...(input.openingTimes != null ? { openingTimes: text(input.openingTimes, 'openingTimes', 500) } : {}),
      ...(input.concept != null ? { concept: text(input.concept, 'concept') } : {}),
      ...(input.languages != null ? { languages: input.languages.map((l) => text(l, 'languages', 50)) } : {}),
      ...(input.weeklyHours != null
        ? { weeklyHours: [...new Set(input.weeklyHours)].sort((a, b) => a - b) }
        : {}),
    },
  });
}

export async function setKitaCriteria(
  db: PrismaClient,
  viewer: Viewer | null,
  kitaId: string,
  criteria: Criterion[],
) {
  const kita = await db.kita.findUnique({ where: { id: kitaId } });
  if (!kita) throw notFound('The Kita');
  await requireKeeper(db, viewer, kita.providerId);
  return db.kita.update({ where: { id: kitaId }, data: { criteria: checkCriteria(criteria) as object[] } });
}

export interface OfferInput {
  title: string;
  topic: string;
  targetGroup: string;
  district: string;
  contact: string;
  hours: string;
  latitude?: number | null;
  longitude?: number | null;
}

function checkedOffer(input: OfferInput) {
  if ((input.latitude == null) !== (input.longitude == null))
    throw badInput('Give both latitude and longitude, or neither.', 'latitude');
  if (input.latitude != null && !(Math.abs(input.latitude) <= 90))
    throw badInput('latitude must be from -90 to 90.', 'latitude');
  if (input.longitude != null && !(Math.abs(input.longitude) <= 180))
    throw badInput('longitude must be from -180 to 180.', 'longitude');
  return {
    title: text(input.title, 'title', 200),
    topic: text(input.topic, 'topic', 100),
    targetGroup: text(input.targetGroup, 'targetGroup', 100),
    district: text(input.district, 'district', 100),
    contact: text(input.contact, 'contact', 500),
    hours: text(input.hours, 'hours', 500),
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
  };
}

export async function addOffer(
  db: PrismaClient,
  viewer: Viewer | null,
  providerId: string,
  input: OfferInput,
) {
  if (!(await db.provider.findUnique({ where: { id: providerId } }))) throw notFound('The provider');
  await requireKeeper(db, viewer, providerId);
  return db.familyOffer.create({ data: { ...checkedOffer(input), providerId } });
}

export async function updateOffer(db: PrismaClient, viewer: Viewer | null, id: string, input: OfferInput) {
  const offer = /^[0-9a-f-]{36}$/i.test(id) ? await db.familyOffer.findUnique({ where: { id } }) : null;
  if (!offer) throw notFound('The offer');
  await requireKeeper(db, viewer, offer.providerId);
  return db.familyOffer.update({ where: { id }, data: checkedOffer(input) });
}

export async function addCoordinator(
  db: PrismaClient,
  viewer: Viewer | null,
  providerId: string,
  accountId: string,
) {
  const v = requireViewer(viewer);
  if (!hasRole(v, 'admin')) throw forbidden('Only admins name coordinators.');
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) throw badInput('accountId is not an account id.', 'accountId');
  if (!(await db.provider.findUnique({ where: { id: providerId } }))) throw notFound('The provider');
  await db.coordinator.upsert({
    where: { providerId_accountId: { providerId, accountId } },
    update: {},
    create: { providerId, accountId },
  });
  return true;
}
