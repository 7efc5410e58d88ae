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
import { coordinatedProviders, DAY_S, isUuid, lapseOverdue, TX, type Tx } from './applications.ts';
import { type AllocationChild, type AllocationKita, allocate } from './domain/allocation.ts';
import type { PrismaClient, Wish } from './generated/prisma/client.ts';
import { type Changed, publishChanges } from './live.ts';
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

interface WishOutcomeRow {
  id: string;
  status: 'OFFERED' | 'NOT_NEEDED' | 'WAITLISTED';
  reason: string | null;
  refusedRank: number | null;
  cutoffRank: number | null;
  offerExpiresAt: Date | null;
}

/** Takes `count` places per "kitaId/ageGroup" at once; every group must still have them free. */
async function takePlaces(tx: Tx, admitted: Map<string, number>): Promise<void> {
  if (admitted.size === 0) return;
  const slots = [...admitted].map(([slot, count]) => [...slot.split('/'), count] as [string, string, number]);
  const taken = await tx.$executeRawUnsafe(
    `UPDATE kita_group g SET "freePlaces" = g."freePlaces" - t.n
       FROM unnest($1::text[], $2::text[], $3::int[]) AS t("kitaId", "ageGroup", n)
      WHERE g."kitaId" = t."kitaId" AND g."ageGroup" = t."ageGroup"::"AgeGroup" AND g."freePlaces" >= t.n`,
    slots.map(([kitaId]) => kitaId),
    slots.map(([, ageGroup]) => ageGroup),
    slots.map(([, , n]) => n),
  );
  // The groups were locked at the start: fewer rows means the matching counted places that are not there.
  if (taken !== slots.length)
    throw new Error(`Only ${taken} of ${slots.length} Kita groups had the places offered`);
}

/** Writes every wish's outcome in one statement. */
async function writeOutcomes(tx: Tx, rows: WishOutcomeRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE wish w SET status = o.status::"WishStatus", reason = o.reason, "refusedRank" = o.refused,
            "cutoffRank" = o.cutoff, "offerExpiresAt" = o.expires, "updatedAt" = $7
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::int[], $6::timestamptz[])
            AS o(id, status, reason, refused, cutoff, expires)
      WHERE w.id = o.id`,
    rows.map((r) => r.id),
    rows.map((r) => r.status),
    rows.map((r) => r.reason),
    rows.map((r) => r.refusedRank),
    rows.map((r) => r.cutoffRank),
    rows.map((r) => r.offerExpiresAt),
    now,
  );
}

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
  const changed: Changed[] = [];
  const report = await db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe('SELECT "kitaId" FROM kita_group ORDER BY "kitaId", "ageGroup" FOR UPDATE');
    const wishes = await tx.wish.findMany({
      where: {
        status: { in: ['PENDING', 'WAITLISTED', 'NOT_NEEDED'] },
        child: { wishes: { none: { status: { in: ['OFFERED', 'ACCEPTED'] } } } },
      },
      orderBy: [{ childId: 'asc' }, { rank: 'asc' }],
      include: { child: { select: { familyId: true } } },
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
    const now = new Date();
    const expires = new Date(now.getTime() + offerValidForSeconds * 1000);
    const outcomes: WishOutcomeRow[] = [];
    const admittedPerGroup = new Map<string, number>();
    for (const w of result.wishes) {
      const wish = wishOf.get(`${w.childId}/${w.kitaId}`) as Wish;
      const name = kitaName.get(w.kitaId) ?? w.kitaId;
      const group = wish.ageGroup === 'U3' ? 'unter 3' : 'ab 3';
      if (w.outcome.kind === 'ADMITTED') {
        const slot = `${w.kitaId}/${wish.ageGroup}`;
        admittedPerGroup.set(slot, (admittedPerGroup.get(slot) ?? 0) + 1);
        outcomes.push({
          id: wish.id,
          status: 'OFFERED',
          reason: null,
          refusedRank: null,
          cutoffRank: null,
          offerExpiresAt: expires,
        });
      } else if (w.outcome.kind === 'HIGHER_WISH_ADMITTED') {
        const higher = kitaName.get(w.outcome.admittedKitaId) ?? w.outcome.admittedKitaId;
        const reason = `Nicht benötigt: ein höher gewünschter Platz (${higher}) wird angeboten.`;
        outcomes.push({
          id: wish.id,
          status: 'NOT_NEEDED',
          reason,
          refusedRank: null,
          cutoffRank: null,
          offerExpiresAt: null,
        });
      } else {
        const { rank, applicants, places, cutoffRank } = w.outcome;
        const last = admittedLast.get(`${w.kitaId}/${wish.ageGroup}`);
        const reason =
          places === 0 || cutoffRank === null
            ? `Kein Platz in ${name}: in der Altersgruppe ${group} Jahre ist kein Platz frei. Sie stehen auf Rang ${rank} von ${applicants} der Warteliste.`
            : `Kein Platz in ${name} (Altersgruppe ${group} Jahre, ${places} freie Plätze): Rang ${rank} von ${applicants} nach den veröffentlichten Kriterien mit ${wish.points} Punkten; zuletzt aufgenommen wurde Rang ${cutoffRank} mit ${last?.points ?? 0} Punkten. Sie stehen auf der Warteliste.`;
        outcomes.push({
          id: wish.id,
          status: 'WAITLISTED',
          reason,
          refusedRank: rank,
          cutoffRank,
          offerExpiresAt: null,
        });
      }
      const { child, ...row } = wish as typeof wish & { child: { familyId: string } };
      changed.push({
        familyId: child.familyId,
        wish: { ...row, ...(outcomes.at(-1) as WishOutcomeRow), updatedAt: now },
      });
    }
    // Set-based: one statement takes the places of every group, one writes every outcome
    // (a round trip per wish made 5,000 children take over 20 s; bench/family).
    await takePlaces(tx, admittedPerGroup);
    await writeOutcomes(tx, outcomes, now);
    const offered = outcomes.filter((o) => o.status === 'OFFERED').length;
    const waitlisted = outcomes.filter((o) => o.status === 'WAITLISTED').length;
    const unplaced = [...result.assignment.values()].filter((k) => k === null).length;
    return { children: byChild.size, offered, waitlisted, unplaced };
  }, TX);
  // The rows as committed, from what was written (reading 15,000 back cost a second).
  await publishChanges(pubsub, changed);
  return report;
}
