/**
 * Kita applications: a family's children, their ranked wish lists (the providers' side and
 * the allocation run are in allocation-run.ts), offers with a deadline, acceptance,
 * withdrawal and the waiting list. Places are counted in kita_group.freePlaces, which a
 * CHECK keeps from going below zero: an offer takes a place with a conditional UPDATE, so
 * two offers can never share the last one. A child holds at most one accepted place (a
 * partial unique index). Children are personal data: the family sees them, and the
 * coordinators of the providers whose Kitas they applied to; anyone else finds nothing.
 */
import {
  badInput,
  conflict,
  hasRole,
  isUniqueViolation,
  notFound,
  type PubSub,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { AgeGroup, Prisma, PrismaClient, Wish } from './generated/prisma/client.ts';
import { publishChanges } from './live.ts';
import { PRIORITY_ORDER } from './ranking.ts';

export type Tx = Prisma.TransactionClient;
export const TX = { timeout: 60_000, maxWait: 30_000 };
export const DAY_S = 86_400;

export const DEFAULT_WISH_LIMIT = 5;
/** How many Kitas a child may wish for: FAMILY_WISH_LIMIT, default 5. */
export function wishLimit(): number {
  const n = Number(process.env.FAMILY_WISH_LIMIT ?? DEFAULT_WISH_LIMIT);
  return Number.isInteger(n) && n >= 1 && n <= 30 ? n : DEFAULT_WISH_LIMIT;
}
/** How long an offer from the waiting list stays open: FAMILY_OFFER_VALID_SECONDS, default 14 days. */
function waitlistOfferSeconds(): number {
  const n = Number(process.env.FAMILY_OFFER_VALID_SECONDS ?? 14 * DAY_S);
  return Number.isFinite(n) && n >= 1 ? n : 14 * DAY_S;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

function parseDate(value: string, field: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw badInput(`${field} must be a date YYYY-MM-DD.`, field);
  return date;
}
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Whole months from birth to start. */
export function ageMonths(birth: Date, start: Date): number {
  let months =
    (start.getUTCFullYear() - birth.getUTCFullYear()) * 12 + start.getUTCMonth() - birth.getUTCMonth();
  if (start.getUTCDate() < birth.getUTCDate()) months--;
  return months;
}
export const ageGroupOf = (birth: Date, start: Date): AgeGroup =>
  ageMonths(birth, start) < 36 ? 'U3' : 'UE3';

// ---------------------------------------------------------------- children and who sees them

export interface ChildInput {
  firstName: string;
  birthDate: string;
  startDate: string;
  weeklyHours: number;
}

/** A child's data checked (German-first clients show their own words; the field names the input). */
export function childData(input: ChildInput) {
  const firstName = input.firstName.trim();
  if (firstName.length < 1 || firstName.length > 100)
    throw badInput('firstName must be 1 to 100 characters.', 'firstName');
  const birthDate = parseDate(input.birthDate, 'birthDate');
  const startDate = parseDate(input.startDate, 'startDate');
  if (birthDate.getTime() > Date.now() + 366 * DAY_S * 1000)
    throw badInput('birthDate is too far ahead.', 'birthDate');
  if (startDate < birthDate) throw badInput('startDate must come after birthDate.', 'startDate');
  if (!Number.isInteger(input.weeklyHours) || input.weeklyHours < 1 || input.weeklyHours > 60)
    throw badInput('weeklyHours must be from 1 to 60.', 'weeklyHours');
  return { firstName, birthDate, startDate, weeklyHours: input.weeklyHours };
}

export async function addChild(db: PrismaClient, viewer: Viewer | null, input: ChildInput) {
  const v = requireViewer(viewer);
  const data = childData(input);
  if ((await db.child.count({ where: { familyId: v.id } })) >= 12)
    throw badInput('At most 12 children.', 'firstName');
  return db.child.create({ data: { familyId: v.id, ...data } });
}

/** The providers the viewer coordinates (partners only). */
export async function coordinatedProviders(db: PrismaClient | Tx, viewer: Viewer): Promise<string[]> {
  if (!hasRole(viewer, 'partner')) return [];
  const rows = await db.coordinator.findMany({
    where: { accountId: viewer.id },
    select: { providerId: true },
  });
  return rows.map((r) => r.providerId);
}

/** The child if the viewer may see it (its family, or a coordinator of a provider it applied to), else null. */
export async function visibleChild(db: PrismaClient, viewer: Viewer | null, childId: string) {
  if (!viewer || !isUuid(childId)) return null;
  const child = await db.child.findUnique({ where: { id: childId } });
  if (!child) return null;
  if (child.familyId === viewer.id) return child;
  const providers = await coordinatedProviders(db, viewer);
  if (providers.length === 0) return null;
  const applied = await db.wish.count({ where: { childId, kita: { providerId: { in: providers } } } });
  return applied > 0 ? child : null;
}

export async function myChildren(db: PrismaClient, pubsub: PubSub | undefined, viewer: Viewer | null) {
  const v = requireViewer(viewer);
  await lapseOverdue(db, pubsub);
  return db.child.findMany({ where: { familyId: v.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** The child's wishes the viewer may see: all for the family, those at their own Kitas for a coordinator. */
export async function applicationsOf(
  db: PrismaClient,
  viewer: Viewer | null,
  child: { id: string; familyId: string },
) {
  if (!viewer) return [];
  if (viewer.id === child.familyId)
    return db.wish.findMany({ where: { childId: child.id }, orderBy: { rank: 'asc' } });
  const providers = await coordinatedProviders(db, viewer);
  return db.wish.findMany({
    where: { childId: child.id, kita: { providerId: { in: providers } } },
    orderBy: { rank: 'asc' },
  });
}

/** A wish for its family or its Kita's coordinators; null for anyone else. */
export async function visibleApplication(db: PrismaClient, viewer: Viewer | null, id: string) {
  if (!viewer || !isUuid(id)) return null;
  const wish = await db.wish.findUnique({ where: { id }, include: { child: true, kita: true } });
  if (!wish) return null;
  if (wish.child.familyId === viewer.id) return wish;
  return (await coordinatedProviders(db, viewer)).includes(wish.kita.providerId) ? wish : null;
}

/** The family's own wish, for changes; NOT_FOUND for anyone else's (as if it did not exist). */
async function ownWish(db: PrismaClient, viewer: Viewer | null, id: string) {
  const v = requireViewer(viewer);
  const wish = isUuid(id) ? await db.wish.findUnique({ where: { id }, include: { child: true } }) : null;
  if (!wish || wish.child.familyId !== v.id) throw notFound('The application');
  return wish;
}

// ---------------------------------------------------------------- the wish list

export async function applyForKita(db: PrismaClient, viewer: Viewer | null, childId: string, kitaId: string) {
  const v = requireViewer(viewer);
  const child = isUuid(childId) ? await db.child.findUnique({ where: { id: childId } }) : null;
  if (!child || child.familyId !== v.id) throw notFound('The child');
  const kita = await db.kita.findUnique({ where: { id: kitaId } });
  if (!kita) throw notFound('The Kita');
  const age = ageMonths(child.birthDate, child.startDate);
  if (age < kita.minAgeMonths || age > kita.maxAgeMonths)
    throw badInput(
      `${kita.name} takes children from ${kita.minAgeMonths} to ${kita.maxAgeMonths} months; at the start the child is ${age}.`,
      'kitaId',
    );
  if (!kita.weeklyHours.includes(child.weeklyHours))
    throw badInput(
      `${kita.name} offers ${kita.weeklyHours.join(', ')} hours a week, not ${child.weeklyHours}.`,
      'kitaId',
    );
  const limit = wishLimit();
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe('SELECT id FROM child WHERE id = $1::uuid FOR UPDATE', childId);
      const wishes = await tx.wish.findMany({ where: { childId }, select: { rank: true, status: true } });
      if (wishes.some((w) => w.status === 'ACCEPTED'))
        throw conflict('The child has accepted a place already.');
      const active = wishes.filter((w) => w.status !== 'WITHDRAWN' && w.status !== 'LAPSED').length;
      if (active >= limit) throw badInput(`A child may wish for at most ${limit} Kitas.`, 'kitaId');
      const rank = Math.max(0, ...wishes.map((w) => w.rank)) + 1;
      return tx.wish.create({
        data: { childId, kitaId, rank, ageGroup: ageGroupOf(child.birthDate, child.startDate) },
      });
    }, TX);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This Kita is on the child’s wish list already.');
    throw error;
  }
}

// ---------------------------------------------------------------- places, offers, the waiting list

export async function takePlace(tx: Tx, kitaId: string, group: AgeGroup): Promise<boolean> {
  const n = await tx.$executeRawUnsafe(
    `UPDATE kita_group SET "freePlaces" = "freePlaces" - 1 WHERE "kitaId" = $1 AND "ageGroup" = $2::"AgeGroup" AND "freePlaces" > 0`,
    kitaId,
    group,
  );
  return n === 1;
}

/** A place held by an offer or a contract comes free: the next on the waiting list gets an offer. */
async function releasePlace(tx: Tx, kitaId: string, group: AgeGroup, changed: string[]) {
  await tx.$executeRawUnsafe(
    `UPDATE kita_group SET "freePlaces" = "freePlaces" + 1 WHERE "kitaId" = $1 AND "ageGroup" = $2::"AgeGroup" AND "freePlaces" < places`,
    kitaId,
    group,
  );
  await fillFromWaitingList(tx, kitaId, group, changed);
}

export async function fillFromWaitingList(tx: Tx, kitaId: string, group: AgeGroup, changed: string[]) {
  for (;;) {
    const next = await tx.wish.findFirst({
      where: {
        kitaId,
        ageGroup: group,
        status: 'WAITLISTED',
        child: { wishes: { none: { status: 'ACCEPTED' } } },
      },
      orderBy: PRIORITY_ORDER,
    });
    if (!next || !(await takePlace(tx, kitaId, group))) return;
    await tx.wish.update({
      where: { id: next.id },
      data: {
        status: 'OFFERED',
        offerExpiresAt: new Date(Date.now() + waitlistOfferSeconds() * 1000),
        reason: 'Ein Platz ist frei geworden: Sie waren die Nächsten auf der Warteliste.',
      },
    });
    changed.push(next.id);
  }
}

export async function publishWishes(db: PrismaClient, pubsub: PubSub | undefined, ids: string[]) {
  if (!pubsub || ids.length === 0) return;
  const wishes = await db.wish.findMany({
    where: { id: { in: ids } },
    include: { child: { select: { familyId: true } } },
  });
  await publishChanges(
    pubsub,
    wishes.map(({ child, ...wish }) => ({ familyId: child.familyId, wish })),
  );
}

/** Offers past their deadline lapse, and their places go down the waiting list. Run at reads and on a timer. */
export async function lapseOverdue(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  now = new Date(),
): Promise<number> {
  const due = await db.wish.findMany({
    where: { status: 'OFFERED', offerExpiresAt: { lte: now } },
    select: { id: true, kitaId: true, ageGroup: true },
  });
  if (due.length === 0) return 0;
  const changed: string[] = [];
  await db.$transaction(async (tx) => {
    for (const wish of due) {
      const { count } = await tx.wish.updateMany({
        where: { id: wish.id, status: 'OFFERED' },
        data: { status: 'LAPSED', reason: 'Das Angebot wurde nicht bis zur Frist angenommen.' },
      });
      if (count !== 1) continue;
      changed.push(wish.id);
      await releasePlace(tx, wish.kitaId, wish.ageGroup, changed);
    }
  }, TX);
  await publishWishes(db, pubsub, changed);
  return due.length;
}

const ENDED = ['WITHDRAWN', 'LAPSED'] as const;

export async function withdrawApplication(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  id: string,
) {
  const wish = await ownWish(db, viewer, id);
  const changed: string[] = [id];
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe('SELECT id FROM child WHERE id = $1::uuid FOR UPDATE', wish.childId);
    const current = (await tx.wish.findUnique({ where: { id } })) as Wish;
    if ((ENDED as readonly string[]).includes(current.status))
      throw conflict('The application has ended already.');
    const updated = await tx.wish.update({
      where: { id },
      data: { status: 'WITHDRAWN', offerExpiresAt: null, reason: 'Von der Familie zurückgezogen.' },
    });
    if (current.status === 'OFFERED' || current.status === 'ACCEPTED')
      await releasePlace(tx, current.kitaId, current.ageGroup, changed);
    return updated;
  }, TX);
  await publishWishes(db, pubsub, changed);
  return result;
}

export async function acceptOffer(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  id: string,
) {
  const wish = await ownWish(db, viewer, id);
  await lapseOverdue(db, pubsub);
  const changed: string[] = [id];
  try {
    const result = await db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe('SELECT id FROM child WHERE id = $1::uuid FOR UPDATE', wish.childId);
      const current = (await tx.wish.findUnique({ where: { id } })) as Wish;
      if (current.status === 'LAPSED') throw conflict('The offer has lapsed: its deadline passed.');
      if (current.status !== 'OFFERED')
        throw conflict(`There is no open offer to accept (status ${current.status}).`);
      const accepted = await tx.wish.update({
        where: { id },
        data: { status: 'ACCEPTED', offerExpiresAt: null, reason: null },
      });
      const others = await tx.wish.findMany({
        where: {
          childId: wish.childId,
          id: { not: id },
          status: { in: ['PENDING', 'OFFERED', 'WAITLISTED', 'NOT_NEEDED'] },
        },
      });
      for (const other of others) {
        await tx.wish.update({
          where: { id: other.id },
          data: {
            status: 'WITHDRAWN',
            offerExpiresAt: null,
            reason: 'Zurückgezogen: ein anderer Platz wurde angenommen.',
          },
        });
        changed.push(other.id);
        if (other.status === 'OFFERED') await releasePlace(tx, other.kitaId, other.ageGroup, changed);
      }
      return accepted;
    }, TX);
    await publishWishes(db, pubsub, changed);
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('The child has accepted a place already.');
    throw error;
  }
}

/** Before a child's data is erased: places it held (offers, a contract) go to the next in line. */
export async function withdrawForErasure(db: PrismaClient, pubsub: PubSub | undefined, childId: string) {
  const changed: string[] = [];
  await db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe('SELECT id FROM child WHERE id = $1::uuid FOR UPDATE', childId);
    const holding = await tx.wish.findMany({ where: { childId, status: { in: ['OFFERED', 'ACCEPTED'] } } });
    await tx.wish.updateMany({ where: { childId }, data: { status: 'WITHDRAWN', offerExpiresAt: null } });
    for (const wish of holding) await releasePlace(tx, wish.kitaId, wish.ageGroup, changed);
  }, TX);
  await publishWishes(db, pubsub, changed);
}
