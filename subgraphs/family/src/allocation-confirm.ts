/**
 * Providers confirm an allocation run. The run (allocation-run.ts) holds the places it proposes
 * and stores each wish's outcome; nothing reaches the families yet. Each provider whose Kitas
 * it offers or refuses places at confirms its part (its coordinators, who see only their own
 * Kitas' part); the last confirmation releases the run in the same transaction. A run whose
 * deadline passes is released as proposed (the background sweep), so one provider that does not
 * answer cannot keep every family waiting. Staff may cancel a proposed run: its places go back.
 *
 * Release applies an outcome only to a wish still as it was at the run and to a child that got
 * no offer meanwhile (a freed place from the waiting list); a place proposed to a wish that was
 * withdrawn or erased meanwhile goes down the waiting list instead. Offer deadlines count from
 * the release.
 */
import {
  conflict,
  forbidden,
  hasRole,
  notFound,
  type PubSub,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import {
  coordinatedProviders,
  fillFromWaitingList,
  isUuid,
  lapseOverdue,
  publishWishes,
  TX,
  type Tx,
} from './applications.ts';
import type { AgeGroup, AllocationRun, PrismaClient, Wish } from './generated/prisma/client.ts';
import { publishChanges } from './live.ts';

export type RunEnd = 'CONFIRMED' | 'DEADLINE';

const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

/** Runs are for staff and providers' coordinators (the gateway checks the scopes too). */
function requireRunReader(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!isStaff(v) && !hasRole(v, 'partner'))
    throw forbidden('Allocation runs are for the town’s staff and the providers’ coordinators.');
  return v;
}

interface Released {
  applied: Array<Wish & { familyId: string }>;
  refilled: string[];
}

/** Releases a proposed run inside the caller's transaction (the run row locked by the caller). */
async function releaseInTx(tx: Tx, run: AllocationRun, end: RunEnd): Promise<Released> {
  const now = new Date();
  const expires = new Date(now.getTime() + run.offerValidForSeconds * 1000);
  // One statement applies every outcome whose wish is still as the run found it.
  const applied = await tx.$queryRawUnsafe<Array<Wish & { familyId: string; outcomeId: string }>>(
    `UPDATE wish w SET status = o.status, reason = o.reason, "refusedRank" = o."refusedRank",
            "cutoffRank" = o."cutoffRank",
            "offerExpiresAt" = CASE WHEN o.status = 'OFFERED' THEN $2::timestamptz END, "updatedAt" = $3
       FROM allocation_outcome o
      WHERE o."runId" = $1::uuid AND o."wishId" = w.id AND w.status = o."previousStatus"
        AND NOT EXISTS (SELECT 1 FROM wish x WHERE x."childId" = w."childId" AND x.status IN ('OFFERED', 'ACCEPTED'))
  RETURNING w.*, o.id AS "outcomeId", (SELECT c."familyId" FROM child c WHERE c.id = w."childId") AS "familyId"`,
    run.id,
    expires,
    now,
  );
  // Places proposed to wishes that changed meanwhile: back, and down the waiting list.
  const unused = await tx.$queryRawUnsafe<Array<{ kitaId: string; ageGroup: AgeGroup; n: number }>>(
    `SELECT "kitaId", "ageGroup"::text AS "ageGroup", count(*)::int AS n FROM allocation_outcome
      WHERE "runId" = $1::uuid AND status = 'OFFERED' AND NOT (id = ANY($2::uuid[]))
      GROUP BY 1, 2 ORDER BY 1, 2`,
    run.id,
    applied.map((w) => w.outcomeId),
  );
  const refilled: string[] = [];
  for (const { kitaId, ageGroup, n } of unused) {
    await tx.$executeRawUnsafe(
      `UPDATE kita_group SET "freePlaces" = LEAST(places, "freePlaces" + $3) WHERE "kitaId" = $1 AND "ageGroup" = $2::"AgeGroup"`,
      kitaId,
      ageGroup,
      n,
    );
    await fillFromWaitingList(tx, kitaId, ageGroup, refilled);
  }
  await tx.allocationRun.update({
    where: { id: run.id },
    data: { status: 'RELEASED', releasedAt: now, releasedBy: end },
  });
  return {
    applied: applied.map(({ outcomeId: _o, ...wish }) => wish),
    refilled,
  };
}

async function publishReleased(db: PrismaClient, pubsub: PubSub | undefined, released: Released) {
  await publishChanges(
    pubsub,
    released.applied.map(({ familyId, ...wish }) => ({ familyId, wish })),
  );
  await publishWishes(db, pubsub, released.refilled);
}

async function lockRun(tx: Tx, id: string): Promise<AllocationRun | null> {
  await tx.$queryRawUnsafe('SELECT id FROM allocation_run WHERE id = $1::uuid FOR UPDATE', id);
  return tx.allocationRun.findUnique({ where: { id } });
}

/** Releases a proposed run (no-op for any other); the offers go out live. */
export async function releaseRun(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  id: string,
  end: RunEnd,
): Promise<AllocationRun | null> {
  const released = await db.$transaction(async (tx) => {
    const run = await lockRun(tx, id);
    return run?.status === 'PROPOSED' ? releaseInTx(tx, run, end) : null;
  }, TX);
  if (released) await publishReleased(db, pubsub, released);
  return db.allocationRun.findUnique({ where: { id } });
}

/** Runs past their confirmation deadline are released as proposed (background sweep and reads). */
export async function releaseOverdueRuns(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  now = new Date(),
): Promise<number> {
  const due = await db.allocationRun.findMany({
    where: { status: 'PROPOSED', confirmBy: { lte: now } },
    select: { id: true },
  });
  for (const { id } of due) await releaseRun(db, pubsub, id, 'DEADLINE');
  return due.length;
}

/** Everything the background timer does: lapse overdue offers, release overdue runs. */
export async function sweep(db: PrismaClient, pubsub: PubSub | undefined): Promise<number> {
  return (await releaseOverdueRuns(db, pubsub)) + (await lapseOverdue(db, pubsub));
}

/** A coordinator confirms its providers' part of a run; the last confirmation releases it. */
export async function confirmRun(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  id: string,
): Promise<AllocationRun> {
  const v = requireViewer(viewer);
  const run = isUuid(id) ? await db.allocationRun.findUnique({ where: { id } }) : null;
  if (!run) throw notFound('The allocation run');
  const mine = await coordinatedProviders(db, v);
  const involved = await db.allocationConfirmation.findMany({
    where: { runId: id, providerId: { in: mine } },
  });
  if (involved.length === 0) throw forbidden('The run involves none of the providers you coordinate.');
  const released = await db.$transaction(async (tx) => {
    const current = (await lockRun(tx, id)) as AllocationRun;
    if (current.status === 'CANCELLED') throw conflict('The allocation run was cancelled.');
    if (current.status === 'RELEASED') {
      const open = await tx.allocationConfirmation.count({
        where: { runId: id, providerId: { in: mine }, confirmedAt: null },
      });
      if (open > 0) throw conflict('The run was released at its deadline without your confirmation.');
      return null; // confirmed before: nothing to do
    }
    await tx.allocationConfirmation.updateMany({
      where: { runId: id, providerId: { in: mine }, confirmedAt: null },
      data: { confirmedAt: new Date(), confirmedBy: v.id },
    });
    const open = await tx.allocationConfirmation.count({ where: { runId: id, confirmedAt: null } });
    return open === 0 ? releaseInTx(tx, current, 'CONFIRMED') : null;
  }, TX);
  if (released) await publishReleased(db, pubsub, released);
  return db.allocationRun.findUniqueOrThrow({ where: { id } });
}

/** Staff withdraw a proposed run: its places go back for the next run; nobody is told anything. */
export async function cancelRun(db: PrismaClient, viewer: Viewer | null, id: string): Promise<AllocationRun> {
  requireRole(viewer, 'staff');
  const run = isUuid(id) ? await db.allocationRun.findUnique({ where: { id } }) : null;
  if (!run) throw notFound('The allocation run');
  await db.$transaction(async (tx) => {
    const current = (await lockRun(tx, id)) as AllocationRun;
    if (current.status === 'CANCELLED') return;
    if (current.status === 'RELEASED') throw conflict('The run was released already.');
    await tx.$executeRawUnsafe(
      `UPDATE kita_group g SET "freePlaces" = LEAST(g.places, g."freePlaces" + t.n)
         FROM (SELECT "kitaId", "ageGroup", count(*)::int AS n FROM allocation_outcome
                WHERE "runId" = $1::uuid AND status = 'OFFERED' GROUP BY 1, 2) t
        WHERE g."kitaId" = t."kitaId" AND g."ageGroup" = t."ageGroup"`,
      id,
    );
    await tx.allocationRun.update({
      where: { id },
      data: { status: 'CANCELLED', releasedAt: new Date(), releasedBy: 'CANCELLED' },
    });
  }, TX);
  return db.allocationRun.findUniqueOrThrow({ where: { id } });
}

// ---------------------------------------------------------------- who sees which runs

/** Runs newest first: staff all, a coordinator those that involve its providers. */
export async function allocationRuns(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  first: number,
) {
  const v = requireRunReader(viewer);
  await releaseOverdueRuns(db, pubsub);
  const take = Math.min(Math.max(1, first), 100);
  if (isStaff(v)) return db.allocationRun.findMany({ orderBy: { createdAt: 'desc' }, take });
  const mine = await coordinatedProviders(db, v);
  return db.allocationRun.findMany({
    where: { confirmations: { some: { providerId: { in: mine } } } },
    orderBy: { createdAt: 'desc' },
    take,
  });
}

export async function allocationRun(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  id: string,
) {
  const v = requireRunReader(viewer);
  if (!isUuid(id)) return null;
  await releaseOverdueRuns(db, pubsub);
  const run = await db.allocationRun.findUnique({ where: { id } });
  if (!run || isStaff(v)) return run;
  const mine = await coordinatedProviders(db, v);
  const involved = await db.allocationConfirmation.count({ where: { runId: id, providerId: { in: mine } } });
  return involved > 0 ? run : null;
}

/** The providers a viewer may see the part of: all for staff, else its own. */
async function visibleProviders(db: PrismaClient, viewer: Viewer | null): Promise<string[] | 'ALL'> {
  if (!viewer) return [];
  return isStaff(viewer) ? 'ALL' : coordinatedProviders(db, viewer);
}

export async function runConfirmations(db: PrismaClient, viewer: Viewer | null, run: AllocationRun) {
  const providers = await visibleProviders(db, viewer);
  return db.allocationConfirmation.findMany({
    where: { runId: run.id, ...(providers === 'ALL' ? {} : { providerId: { in: providers } }) },
    orderBy: { providerId: 'asc' },
  });
}

export async function runGroups(db: PrismaClient, viewer: Viewer | null, run: AllocationRun) {
  const providers = await visibleProviders(db, viewer);
  const kitas =
    providers === 'ALL'
      ? undefined
      : (await db.kita.findMany({ where: { providerId: { in: providers } }, select: { id: true } })).map(
          (k) => k.id,
        );
  const rows = await db.allocationOutcome.groupBy({
    by: ['kitaId', 'ageGroup', 'status'],
    where: {
      runId: run.id,
      status: { in: ['OFFERED', 'WAITLISTED'] },
      ...(kitas ? { kitaId: { in: kitas } } : {}),
    },
    _count: { _all: true },
  });
  const groups = new Map<
    string,
    { kitaId: string; ageGroup: AgeGroup; offered: number; waitlisted: number }
  >();
  for (const row of rows) {
    const key = `${row.kitaId}/${row.ageGroup}`;
    const group = groups.get(key) ?? {
      kitaId: row.kitaId,
      ageGroup: row.ageGroup,
      offered: 0,
      waitlisted: 0,
    };
    if (row.status === 'OFFERED') group.offered += row._count._all;
    else group.waitlisted += row._count._all;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    `${a.kitaId}/${a.ageGroup}`.localeCompare(`${b.kitaId}/${b.ageGroup}`),
  );
}

/** Each wish's proposed outcome at the viewer's own Kitas (coordinators only: staff get none). */
export async function runProposals(
  db: PrismaClient,
  viewer: Viewer | null,
  run: AllocationRun,
  kitaId: string | null | undefined,
) {
  if (!viewer) return [];
  const providers = await coordinatedProviders(db, viewer);
  if (providers.length === 0) return [];
  return db.allocationOutcome.findMany({
    where: {
      runId: run.id,
      wishId: { not: null },
      ...(kitaId ? { kitaId } : {}),
      kita: { providerId: { in: providers } },
    },
    include: { wish: true },
    orderBy: [{ kitaId: 'asc' }, { ageGroup: 'asc' }, { status: 'asc' }, { refusedRank: 'asc' }],
  });
}
