/**
 * Moderation: anyone signed in reports a proposal or comment once (unique per reporter);
 * at HIDE_AFTER_REPORTS reports it is hidden until a moderator (staff) restores or removes
 * it, with a reason, audited. The count and the hiding happen in the report's statement.
 */
import {
  auditEntryData,
  badInput,
  HubError,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { checkId, isUniqueViolationAnywhere } from './proposals.ts';

export const HIDE_AFTER_REPORTS = 3;
type Kind = 'PROPOSAL' | 'COMMENT';
const TABLE: Record<Kind, string> = { PROPOSAL: 'proposal', COMMENT: 'comment' };

export async function report(
  db: PrismaClient,
  viewer: Viewer | null,
  type: Kind,
  id: string,
  reason: string,
) {
  const me = requireViewer(viewer);
  const targetId = checkId(id, 'The contribution');
  const why = reason.trim();
  if (why.length < 3 || why.length > 1000) throw badInput('reason must be 3 to 1000 characters.', 'reason');
  const table = TABLE[type];
  try {
    const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(
      `WITH r AS (
         INSERT INTO "report" ("id", "targetType", "targetId", "reporterId", "reason")
         SELECT gen_random_uuid(), $1, t."id", $3::uuid, $4 FROM "${table}" t WHERE t."id" = $2::uuid AND t."moderation" <> 'REMOVED'
         RETURNING "targetId")
       UPDATE "${table}" t SET "reportCount" = t."reportCount" + 1,
         "moderation" = CASE WHEN t."moderation" = 'VISIBLE' AND t."reportCount" + 1 >= $5 THEN 'HIDDEN'::"ModerationState" ELSE t."moderation" END
       WHERE t."id" IN (SELECT "targetId" FROM r) RETURNING t."id"`,
      type,
      targetId,
      me.id,
      why,
      HIDE_AFTER_REPORTS,
    );
    if (rows.length !== 1) throw notFound('The contribution');
  } catch (error) {
    if (isUniqueViolationAnywhere(error))
      throw new HubError('CONFLICT', 'You have reported this already.', { reason: 'ALREADY_REPORTED' });
    throw error;
  }
  return true;
}

async function item(db: PrismaClient, type: Kind, id: string) {
  const target =
    type === 'PROPOSAL'
      ? await db.proposal.findUnique({ where: { id } })
      : await db.comment.findUnique({ where: { id } });
  if (!target) return null;
  const reports = await db.report.findMany({
    where: { targetType: type, targetId: id },
    orderBy: { at: 'asc' },
    select: { reason: true },
  });
  const text = 'title' in target ? `${target.title}\n\n${target.body}` : target.body;
  return {
    type,
    id,
    text,
    reportCount: target.reportCount,
    moderation: target.moderation,
    reasons: reports.map((r) => r.reason),
  };
}

/** Reported contributions not decided yet (hidden or with reports), most reports first. */
export async function queue(db: PrismaClient, viewer: Viewer | null) {
  requireRole(viewer, 'staff');
  const [proposals, comments] = await Promise.all([
    db.proposal.findMany({
      where: { reportCount: { gt: 0 }, moderation: { not: 'REMOVED' } },
      select: { id: true },
    }),
    db.comment.findMany({
      where: { reportCount: { gt: 0 }, moderation: { not: 'REMOVED' } },
      select: { id: true },
    }),
  ]);
  const items = [];
  for (const p of proposals) items.push(await item(db, 'PROPOSAL', p.id));
  for (const c of comments) items.push(await item(db, 'COMMENT', c.id));
  return items
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => b.reportCount - a.reportCount || a.id.localeCompare(b.id));
}

export async function decide(
  db: PrismaClient,
  viewer: Viewer | null,
  type: Kind,
  id: string,
  decision: 'RESTORE' | 'REMOVE',
  reason: string,
) {
  const staff = requireRole(viewer, 'staff');
  const targetId = checkId(id, 'The contribution');
  const why = reason.trim();
  if (why.length < 3 || why.length > 1000) throw badInput('reason must be 3 to 1000 characters.', 'reason');
  const moderation: 'VISIBLE' | 'REMOVED' = decision === 'RESTORE' ? 'VISIBLE' : 'REMOVED';
  await db.$transaction(async (tx) => {
    // A restored contribution starts counting reports afresh (its old reports were decided).
    const data =
      decision === 'RESTORE' ? { moderation, reportCount: 0 } : { moderation, reportCount: undefined };
    const changed =
      type === 'PROPOSAL'
        ? await tx.proposal.updateMany({ where: { id: targetId }, data })
        : await tx.comment.updateMany({ where: { id: targetId }, data });
    if (changed.count !== 1) throw notFound('The contribution');
    if (decision === 'RESTORE') await tx.report.deleteMany({ where: { targetType: type, targetId } });
    await tx.auditEntry.create({
      data: auditEntryData(
        staff,
        `participation.moderate.${decision.toLowerCase()}`,
        { type: type === 'PROPOSAL' ? 'Proposal' : 'Comment', id: targetId },
        why,
      ),
    });
  });
  const result = await item(db, type, targetId);
  if (!result) throw notFound('The contribution');
  return result;
}
