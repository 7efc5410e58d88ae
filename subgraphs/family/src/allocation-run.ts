/**
 * The providers' side of Kita applications: a Kita's applicants in its published order, the
 * criteria a coordinator marks, and the allocation run (deferred acceptance,
 * domain/allocation.ts) that proposes offers, explained refusals and waiting lists for the
 * providers to confirm (allocation-confirm.ts).
 */
import {
  badInput,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  type PubSub,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import { releaseRun } from './allocation-confirm.ts';
import { coordinatedProviders, DAY_S, isUuid, lapseOverdue, TX, type Tx } from './applications.ts';
import { type AllocationChild, type AllocationKita, allocate } from './domain/allocation.ts';
import type { AllocationRun, PrismaClient, Wish } from './generated/prisma/client.ts';
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
  wishId: string;
  kitaId: string;
  ageGroup: Wish['ageGroup'];
  previousStatus: Wish['status'];
  status: 'OFFERED' | 'NOT_NEEDED' | 'WAITLISTED';
  reason: string | null;
  refusedRank: number | null;
  cutoffRank: number | null;
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

/** Stores every wish's proposed outcome in one statement (the wishes stay as they are until release). */
async function writeProposal(tx: Tx, runId: string, rows: WishOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO allocation_outcome (id, "runId", "wishId", "kitaId", "ageGroup", "previousStatus", status, reason, "refusedRank", "cutoffRank")
     SELECT gen_random_uuid(), $1::uuid, o.wish, o.kita, o.grp::"AgeGroup", o.prev::"WishStatus", o.status::"WishStatus", o.reason, o.refused, o.cutoff
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[])
            AS o(wish, kita, grp, prev, status, reason, refused, cutoff)`,
    runId,
    rows.map((r) => r.wishId),
    rows.map((r) => r.kitaId),
    rows.map((r) => r.ageGroup),
    rows.map((r) => r.previousStatus),
    rows.map((r) => r.status),
    rows.map((r) => r.reason),
    rows.map((r) => r.refusedRank),
    rows.map((r) => r.cutoffRank),
  );
}

/** How long providers have to confirm a run by default: 3 days. */
export const CONFIRM_WITHIN_S = 3 * DAY_S;

/**
 * One run over every child without an open offer or a contract, with their pending,
 * waitlisted and not-needed wishes, against the free places per Kita and age group. The result
 * is a proposal: its places are held, and it reaches the families once the providers involved
 * confirm it (allocation-confirm.ts) or its deadline passes.
 */
export async function runAllocation(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  offerValidForSeconds: number,
  confirmWithinSeconds = CONFIRM_WITHIN_S,
): Promise<AllocationRun> {
  requireRole(viewer, 'staff');
  if (
    !Number.isInteger(offerValidForSeconds) ||
    offerValidForSeconds < 1 ||
    offerValidForSeconds > 60 * DAY_S
  )
    throw badInput('offerValidForSeconds must be from 1 to 60 days.', 'offerValidForSeconds');
  if (
    !Number.isInteger(confirmWithinSeconds) ||
    confirmWithinSeconds < 1 ||
    confirmWithinSeconds > 14 * DAY_S
  )
    throw badInput('confirmWithinSeconds must be from 1 second to 14 days.', 'confirmWithinSeconds');
  await lapseOverdue(db, pubsub);
  let run: AllocationRun;
  try {
    run = await db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe('SELECT "kitaId" FROM kita_group ORDER BY "kitaId", "ageGroup" FOR UPDATE');
      if (await tx.allocationRun.count({ where: { status: 'PROPOSED' } }))
        throw conflict('An allocation run is still waiting for its providers’ confirmations.');
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
      const outcomes: WishOutcomeRow[] = [];
      const admittedPerGroup = new Map<string, number>();
      for (const w of result.wishes) {
        const wish = wishOf.get(`${w.childId}/${w.kitaId}`) as Wish;
        const name = kitaName.get(w.kitaId) ?? w.kitaId;
        const group = wish.ageGroup === 'U3' ? 'unter 3' : 'ab 3';
        const row = {
          wishId: wish.id,
          kitaId: wish.kitaId,
          ageGroup: wish.ageGroup,
          previousStatus: wish.status,
          reason: null,
          refusedRank: null,
          cutoffRank: null,
        };
        if (w.outcome.kind === 'ADMITTED') {
          const slot = `${w.kitaId}/${wish.ageGroup}`;
          admittedPerGroup.set(slot, (admittedPerGroup.get(slot) ?? 0) + 1);
          outcomes.push({ ...row, status: 'OFFERED' });
        } else if (w.outcome.kind === 'HIGHER_WISH_ADMITTED') {
          const higher = kitaName.get(w.outcome.admittedKitaId) ?? w.outcome.admittedKitaId;
          const reason = `Nicht benötigt: ein höher gewünschter Platz (${higher}) wird angeboten.`;
          outcomes.push({ ...row, status: 'NOT_NEEDED', reason });
        } else {
          const { rank, applicants, places, cutoffRank } = w.outcome;
          const last = admittedLast.get(`${w.kitaId}/${wish.ageGroup}`);
          const reason =
            places === 0 || cutoffRank === null
              ? `Kein Platz in ${name}: in der Altersgruppe ${group} Jahre ist kein Platz frei. Sie stehen auf Rang ${rank} von ${applicants} der Warteliste.`
              : `Kein Platz in ${name} (Altersgruppe ${group} Jahre, ${places} freie Plätze): Rang ${rank} von ${applicants} nach den veröffentlichten Kriterien mit ${wish.points} Punkten; zuletzt aufgenommen wurde Rang ${cutoffRank} mit ${last?.points ?? 0} Punkten. Sie stehen auf der Warteliste.`;
          outcomes.push({ ...row, status: 'WAITLISTED', reason, refusedRank: rank, cutoffRank });
        }
      }
      // The providers whose Kitas the run offers or refuses places at confirm their part.
      const deciding = new Set(outcomes.filter((o) => o.status !== 'NOT_NEEDED').map((o) => o.kitaId));
      const providers = [...new Set(kitas.filter((k) => deciding.has(k.id)).map((k) => k.providerId))];
      const created = await tx.allocationRun.create({
        data: {
          offerValidForSeconds,
          confirmBy: new Date(Date.now() + confirmWithinSeconds * 1000),
          children: byChild.size,
          offered: outcomes.filter((o) => o.status === 'OFFERED').length,
          waitlisted: outcomes.filter((o) => o.status === 'WAITLISTED').length,
          unplaced: [...result.assignment.values()].filter((k) => k === null).length,
          confirmations: { create: providers.map((providerId) => ({ providerId })) },
        },
      });
      // Set-based: one statement holds the places of every group, one stores every outcome
      // (a round trip per wish made 5,000 children take over 20 s; bench/family).
      await takePlaces(tx, admittedPerGroup);
      await writeProposal(tx, created.id, outcomes);
      return created;
    }, TX);
  } catch (error) {
    // The partial unique index: another run was proposed at the same moment.
    if (isUniqueViolation(error))
      throw conflict('An allocation run is still waiting for its providers’ confirmations.');
    throw error;
  }
  // Nobody to confirm (no wishes, or none decided): released at once.
  if ((await db.allocationConfirmation.count({ where: { runId: run.id } })) === 0)
    return (await releaseRun(db, pubsub, run.id, 'CONFIRMED')) ?? run;
  return run;
}
