/**
 * The providers' side of Kita applications: a Kita's applicants in its published order, the
 * criteria a coordinator marks, and the allocation run (deferred acceptance,
 * domain/allocation.ts) that turns wishes into offers, explained refusals and waiting lists.
 */
import {
  badInput,
  forbidden,
  notFound,
  type PubSub,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import {
  coordinatedProviders,
  DAY_S,
  isUuid,
  lapseOverdue,
  publishWishes,
  TX,
  takePlace,
} from './applications.ts';
import { type AllocationChild, type AllocationKita, allocate } from './domain/allocation.ts';
import type { PrismaClient, Wish } from './generated/prisma/client.ts';
import { byPriority, criteriaOf, PRIORITY_ORDER, pointsFor } from './ranking.ts';

async function requireCoordinatorOfKita(db: PrismaClient, viewer: Viewer | null, kitaId: string) {
  const v = requireViewer(viewer);
  const kita = await db.kita.findUnique({ where: { id: kitaId } });
  if (!kita) throw notFound('The Kita');
  if (!(await coordinatedProviders(db, v)).includes(kita.providerId))
    throw forbidden('Only the coordinators of the Kita’s provider see its applicants.');
  return kita;
}

/** The Kita's applicants in its order (points, then the earlier application). */
export async function kitaApplicants(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  kitaId: string,
) {
  await requireCoordinatorOfKita(db, viewer, kitaId);
  await lapseOverdue(db, pubsub);
  return db.wish.findMany({ where: { kitaId }, orderBy: [{ ageGroup: 'asc' }, ...PRIORITY_ORDER] });
}

export async function setApplicantCriteria(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  codes: string[],
) {
  const wish = isUuid(id) ? await db.wish.findUnique({ where: { id } }) : null;
  if (!wish) throw notFound('The application');
  const kita = await requireCoordinatorOfKita(db, viewer, wish.kitaId);
  const { met, points } = pointsFor(criteriaOf(kita.criteria), codes);
  return db.wish.update({ where: { id }, data: { criteriaMet: met, points } });
}

// ---------------------------------------------------------------- the allocation run

export interface AllocationReport {
  children: number;
  offered: number;
  waitlisted: number;
  unplaced: number;
}

/**
 * One run over every child without an open offer or a contract, with their pending,
 * waitlisted and not-needed wishes, against the free places per Kita and age group.
 */
export async function runAllocation(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  offerValidForSeconds: number,
): Promise<AllocationReport> {
  const v = requireRole(viewer, 'staff');
  if (
    !Number.isInteger(offerValidForSeconds) ||
    offerValidForSeconds < 1 ||
    offerValidForSeconds > 60 * DAY_S
  )
    throw badInput('offerValidForSeconds must be from 1 to 60 days.', 'offerValidForSeconds');
  void v;
  await lapseOverdue(db, pubsub);
  const changed: string[] = [];
  const report = await db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe('SELECT "kitaId" FROM kita_group ORDER BY "kitaId", "ageGroup" FOR UPDATE');
    const wishes = await tx.wish.findMany({
      where: {
        status: { in: ['PENDING', 'WAITLISTED', 'NOT_NEEDED'] },
        child: { wishes: { none: { status: { in: ['OFFERED', 'ACCEPTED'] } } } },
      },
      orderBy: [{ childId: 'asc' }, { rank: 'asc' }],
    });
    const kitas = await tx.kita.findMany({
      where: { id: { in: [...new Set(wishes.map((w) => w.kitaId))] } },
      include: { groups: true },
    });
    const byChild = new Map<string, AllocationChild>();
    for (const wish of wishes) {
      const child = byChild.get(wish.childId) ?? { id: wish.childId, ageGroup: wish.ageGroup, wishes: [] };
      child.wishes.push(wish.kitaId);
      byChild.set(wish.childId, child);
    }
    const input: AllocationKita[] = kitas.map((kita) => ({
      id: kita.id,
      capacity: Object.fromEntries(kita.groups.map((g) => [g.ageGroup, g.freePlaces])),
      priority: wishes
        .filter((w) => w.kitaId === kita.id)
        .sort(byPriority)
        .map((w) => w.childId),
    }));
    const result = allocate([...byChild.values()], input);
    const wishOf = new Map(wishes.map((w) => [`${w.childId}/${w.kitaId}`, w]));
    const kitaName = new Map(kitas.map((k) => [k.id, k.name]));
    const admittedLast = new Map<string, Wish>(); // per Kita and group: its last admitted (for the cut-off's points)
    for (const w of result.wishes)
      if (w.outcome.kind === 'ADMITTED') {
        const wish = wishOf.get(`${w.childId}/${w.kitaId}`) as Wish;
        const slot = `${w.kitaId}/${wish.ageGroup}`;
        const last = admittedLast.get(slot);
        if (!last || byPriority(wish, last) > 0) admittedLast.set(slot, wish);
      }
    const expires = new Date(Date.now() + offerValidForSeconds * 1000);
    let offered = 0;
    let waitlisted = 0;
    for (const w of result.wishes) {
      const wish = wishOf.get(`${w.childId}/${w.kitaId}`) as Wish;
      const name = kitaName.get(w.kitaId) ?? w.kitaId;
      const group = wish.ageGroup === 'U3' ? 'unter 3' : 'ab 3';
      if (w.outcome.kind === 'ADMITTED') {
        if (!(await takePlace(tx, w.kitaId, wish.ageGroup)))
          throw new Error(`No free place left at ${w.kitaId}`);
        await tx.wish.update({
          where: { id: wish.id },
          data: {
            status: 'OFFERED',
            offerExpiresAt: expires,
            reason: null,
            refusedRank: null,
            cutoffRank: null,
          },
        });
        offered++;
      } else if (w.outcome.kind === 'HIGHER_WISH_ADMITTED') {
        const higher = kitaName.get(w.outcome.admittedKitaId) ?? w.outcome.admittedKitaId;
        await tx.wish.update({
          where: { id: wish.id },
          data: {
            status: 'NOT_NEEDED',
            reason: `Nicht benötigt: ein höher gewünschter Platz (${higher}) wird angeboten.`,
            refusedRank: null,
            cutoffRank: null,
          },
        });
      } else {
        const { rank, applicants, places, cutoffRank } = w.outcome;
        const last = admittedLast.get(`${w.kitaId}/${wish.ageGroup}`);
        const reason =
          places === 0 || cutoffRank === null
            ? `Kein Platz in ${name}: in der Altersgruppe ${group} Jahre ist kein Platz frei. Sie stehen auf Rang ${rank} von ${applicants} der Warteliste.`
            : `Kein Platz in ${name} (Altersgruppe ${group} Jahre, ${places} freie Plätze): Rang ${rank} von ${applicants} nach den veröffentlichten Kriterien mit ${wish.points} Punkten; zuletzt aufgenommen wurde Rang ${cutoffRank} mit ${last?.points ?? 0} Punkten. Sie stehen auf der Warteliste.`;
        await tx.wish.update({
          where: { id: wish.id },
          data: { status: 'WAITLISTED', reason, refusedRank: rank, cutoffRank, offerExpiresAt: null },
        });
        waitlisted++;
      }
      changed.push(wish.id);
    }
    const unplaced = [...result.assignment.values()].filter((k) => k === null).length;
    return { children: byChild.size, offered, waitlisted, unplaced };
  }, TX);
  await publishWishes(db, pubsub, changed);
  return report;
}
