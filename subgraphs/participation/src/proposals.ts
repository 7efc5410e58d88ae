/**
 * Processes, proposals, supports, follows, official answers and comments.
 * Invariants live in the database: one support per person and proposal (primary key of
 * `support`), the count raised in the same statement as the support is written, a rejection
 * always with reasons (CHECK).
 */
import {
  auditEntryData,
  badInput,
  conflict,
  forbidden,
  HubError,
  hasRole,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { Comment, PrismaClient, Proposal, ProposalStatus } from './generated/prisma/client.ts';
import { SUPPORT_OUTBOX_SQL, statusOutboxRows } from './live.ts';
import { runStatement } from './statement.ts';
import { checkVerified, requireVerified, verificationOf, verifiedResidentSql } from './verification.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

export function checkId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id.toLowerCase();
}

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max)
    throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return trimmed;
}

export function listProcesses(db: PrismaClient, viewer: Viewer | null) {
  return db.process.findMany({
    where: isStaff(viewer) ? {} : { phase: { not: 'DRAFT' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
}

export async function findProcess(db: PrismaClient, viewer: Viewer | null, id: string) {
  if (!UUID.test(id)) return null;
  const process = await db.process.findUnique({ where: { id } });
  if (!process || (process.phase === 'DRAFT' && !isStaff(viewer))) return null;
  return process;
}

export function processProposals(db: PrismaClient, processId: string, first: number) {
  if (first < 1 || first > 200) throw badInput('first must be from 1 to 200.', 'first');
  return db.proposal.findMany({
    where: { processId, moderation: 'VISIBLE' },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: first,
  });
}

export async function createProcess(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { title: string; description: string; minimumAge: number; supportThreshold: number },
) {
  const staff = requireRole(viewer, 'staff');
  if (!Number.isInteger(input.minimumAge) || input.minimumAge < 0 || input.minimumAge > 120)
    throw badInput('minimumAge must be from 0 to 120.', 'minimumAge');
  if (
    !Number.isInteger(input.supportThreshold) ||
    input.supportThreshold < 1 ||
    input.supportThreshold > 1_000_000
  )
    throw badInput('supportThreshold must be from 1 to 1,000,000.', 'supportThreshold');
  return db.$transaction(async (tx) => {
    const process = await tx.process.create({
      data: {
        title: text(input.title, 'title', 3, 200),
        description: text(input.description, 'description', 1, 10_000),
        minimumAge: input.minimumAge,
        supportThreshold: input.supportThreshold,
        phase: 'DRAFT',
      },
    });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.createProcess', { type: 'Process', id: process.id }),
    });
    return process;
  });
}

export async function setProcessPhase(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  phase: 'DRAFT' | 'OPEN' | 'CLOSED',
) {
  const staff = requireRole(viewer, 'staff');
  const processId = checkId(id, 'The process');
  return db.$transaction(async (tx) => {
    const found = await tx.process.findUnique({ where: { id: processId } });
    if (!found) throw notFound('The process');
    const process = await tx.process.update({ where: { id: processId }, data: { phase } });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.setProcessPhase', { type: 'Process', id: processId }, phase),
    });
    return process;
  });
}

/** A proposal as the viewer may see it: hidden and removed ones only for staff and the author. */
export async function findProposal(db: PrismaClient, viewer: Viewer | null, id: string) {
  if (!UUID.test(id)) return null;
  const proposal = await db.proposal.findUnique({ where: { id } });
  if (!proposal) return null;
  if (proposal.moderation !== 'VISIBLE' && !isStaff(viewer) && proposal.authorId !== viewer?.id) return null;
  return proposal;
}

async function openProposal(db: PrismaClient, viewer: Viewer | null, id: string) {
  const proposal = await findProposal(db, viewer, id);
  if (proposal?.moderation !== 'VISIBLE') throw notFound('The proposal');
  return proposal;
}

export async function createProposal(
  db: PrismaClient,
  viewer: Viewer | null,
  input: {
    processId: string;
    title: string;
    body: string;
    category: string;
    district: string;
    latitude?: number | null;
    longitude?: number | null;
  },
) {
  const me = requireViewer(viewer);
  const process = await findProcess(db, viewer, input.processId);
  if (!process) throw notFound('The process');
  if (process.phase !== 'OPEN') throw badInput('This process takes no proposals now.', 'processId');
  await requireVerified(db, me, process.minimumAge);
  const hasPoint = input.latitude != null || input.longitude != null;
  if (hasPoint) {
    // Kaarst and its surroundings (the town lies at about 51.22 N, 6.62 E).
    const { latitude: lat, longitude: lon } = input;
    if (lat == null || lon == null || lat < 51.1 || lat > 51.35 || lon < 6.45 || lon > 6.8)
      throw badInput('The place must be in Kaarst (latitude and longitude together).', 'latitude');
  }
  return db.proposal.create({
    data: {
      processId: process.id,
      authorId: me.id,
      title: text(input.title, 'title', 3, 200),
      body: text(input.body, 'body', 10, 10_000),
      category: text(input.category, 'category', 1, 80),
      district: text(input.district, 'district', 1, 80),
      ...(hasPoint ? { latitude: input.latitude ?? null, longitude: input.longitude ?? null } : {}),
      follows: { create: { accountId: me.id } },
    },
  });
}

/**
 * One support per verified person, in one statement: the insert (only when the proposal is
 * visible, its process OPEN and the supporter a verified resident of the process's minimum age,
 * all read by the statement itself), the count's increment and the live event's outbox row. A
 * second support (also a concurrent one) fails on the primary key and changes nothing. When the
 * statement wrote nothing, `refuseSupport` reads why (the slow path, only for refusals).
 */
const SUPPORT_SQL = `WITH s AS (
    INSERT INTO "support" ("proposalId", "accountId")
    SELECT p."id", $2::uuid FROM "proposal" p JOIN "process" pr ON pr."id" = p."processId"
    WHERE p."id" = $1::uuid AND p."moderation" = 'VISIBLE' AND pr."phase" = 'OPEN'
      AND ${verifiedResidentSql('$2::uuid', 'pr."minimumAge"')}
    RETURNING "proposalId"),
  u AS (
    UPDATE "proposal" p SET "supportCount" = p."supportCount" + 1,
      "thresholdReachedAt" = CASE WHEN p."thresholdReachedAt" IS NULL AND p."supportCount" + 1 >= pr."supportThreshold"
                                  THEN now() ELSE p."thresholdReachedAt" END
    FROM "process" pr
    WHERE p."id" IN (SELECT "proposalId" FROM s) AND pr."id" = p."processId"
    RETURNING p.*),
  o AS (${SUPPORT_OUTBOX_SQL})
  SELECT * FROM u`;

export async function supportProposal(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
): Promise<Proposal> {
  const me = requireViewer(viewer);
  if (!UUID.test(id)) throw notFound('The proposal');
  if (!UUID.test(me.id)) checkVerified(null, 0);
  let rows: Proposal[];
  try {
    rows = await runStatement<Proposal>(db, 'support', SUPPORT_SQL, [id, me.id]);
  } catch (error) {
    if (isUniqueViolationAnywhere(error))
      throw new HubError('CONFLICT', 'You already support this proposal.', { reason: 'ALREADY_SUPPORTED' });
    throw error;
  }
  const [changed] = rows;
  if (!changed) return refuseSupport(db, me.id, id);
  return proposalFromRow(changed);
}

/** Why a support was not written, as the statement's conditions say (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN). */
async function refuseSupport(db: PrismaClient, accountId: string, id: string): Promise<never> {
  const [found, verification] = await Promise.all([
    db.proposal.findUnique({ where: { id }, include: { process: true } }),
    verificationOf(db, accountId),
  ]);
  if (found?.moderation !== 'VISIBLE') throw notFound('The proposal');
  if (found.process.phase !== 'OPEN') throw badInput('This process takes no supports now.', 'proposalId');
  checkVerified(verification, found.process.minimumAge);
  throw new HubError('CONFLICT', 'The proposal changed meanwhile; please try again.');
}

/** A proposal row as a raw statement returns it (timestamps may arrive as text). */
function proposalFromRow(row: Proposal): Proposal {
  const at = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...row,
    supportCount: Number(row.supportCount),
    reportCount: Number(row.reportCount),
    answeredAt: at(row.answeredAt),
    thresholdReachedAt: at(row.thresholdReachedAt),
    createdAt: new Date(row.createdAt),
  };
}

/** A unique violation, from Prisma's model API (P2002) or a raw statement (SQLSTATE 23505). */
export function isUniqueViolationAnywhere(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; meta?: Record<string, unknown>; message?: unknown; cause?: unknown };
  if (e.code === 'P2002' || e.code === '23505') return true;
  if (e.meta && (e.meta.code === '23505' || JSON.stringify(e.meta).includes('23505'))) return true;
  if (typeof e.message === 'string' && /23505|unique constraint|duplicate key/i.test(e.message)) return true;
  return e.cause !== undefined && e.cause !== error && isUniqueViolationAnywhere(e.cause);
}

export async function followProposal(db: PrismaClient, viewer: Viewer | null, id: string, follow: boolean) {
  const me = requireViewer(viewer);
  const proposal = await openProposal(db, viewer, id);
  if (follow)
    await db.follow.createMany({
      data: [{ proposalId: proposal.id, accountId: me.id }],
      skipDuplicates: true,
    });
  else await db.follow.deleteMany({ where: { proposalId: proposal.id, accountId: me.id } });
  return proposal;
}

export async function answerProposal(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { proposalId: string; status: ProposalStatus; answer?: string | null },
): Promise<{ proposal: Proposal; followers: string[] }> {
  const staff = requireRole(viewer, 'staff');
  const id = checkId(input.proposalId, 'The proposal');
  if (input.status === 'PUBLISHED') throw badInput('An answer sets a status other than PUBLISHED.', 'status');
  const answer = input.answer?.trim() ? text(input.answer, 'answer', 1, 10_000) : null;
  if (input.status === 'REJECTED' && !answer) throw badInput('A rejection needs its reasons.', 'answer');
  return db.$transaction(async (tx) => {
    const found = await tx.proposal.findUnique({ where: { id } });
    if (!found) throw notFound('The proposal');
    const proposal = await tx.proposal.update({
      where: { id },
      data: { status: input.status, answer, answeredAt: new Date() },
    });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.answerProposal', { type: 'Proposal', id }, input.status),
    });
    const followers = (
      await tx.follow.findMany({ where: { proposalId: id }, select: { accountId: true } })
    ).map((f) => f.accountId);
    // Announced from the outbox, in this transaction: each follower hears of it once it committed.
    if (followers.length > 0)
      await tx.outboxEvent.createMany({ data: statusOutboxRows(proposal, followers) });
    return { proposal, followers };
  });
}

export function awaitingAnswer(db: PrismaClient, viewer: Viewer | null) {
  requireRole(viewer, 'staff');
  return db.proposal.findMany({
    where: { thresholdReachedAt: { not: null }, answeredAt: null, moderation: { not: 'REMOVED' } },
    orderBy: [{ thresholdReachedAt: 'asc' }, { id: 'asc' }],
  });
}

export async function isSupportedBy(db: PrismaClient, viewer: Viewer | null, proposalId: string) {
  if (!viewer) return false;
  return (await db.support.count({ where: { proposalId, accountId: viewer.id } })) > 0;
}

export async function isFollowedBy(db: PrismaClient, viewer: Viewer | null, proposalId: string) {
  if (!viewer) return false;
  return (await db.follow.count({ where: { proposalId, accountId: viewer.id } })) > 0;
}

export function topComments(db: PrismaClient, proposalId: string) {
  return db.comment.findMany({
    where: { proposalId, parentId: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export function repliesOf(db: PrismaClient, commentId: string) {
  return db.comment.findMany({
    where: { parentId: commentId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

/** A comment's text: null while hidden or removed (moderators read it in their queue). */
export const commentBody = (comment: Comment) => (comment.moderation === 'VISIBLE' ? comment.body : null);

export async function addComment(
  db: PrismaClient,
  viewer: Viewer | null,
  proposalId: string,
  body: string,
  parentId?: string | null,
) {
  const me = requireViewer(viewer);
  if (me.roles.every((role) => role === 'display' || role === 'kiosk')) throw forbidden();
  const proposal = await openProposal(db, viewer, proposalId);
  const text_ = text(body, 'body', 1, 5_000);
  if (parentId) {
    const parent = UUID.test(parentId) ? await db.comment.findUnique({ where: { id: parentId } }) : null;
    if (!parent || parent.proposalId !== proposal.id)
      throw badInput('The reply must answer a comment of the same proposal.', 'parentId');
    if (parent.moderation === 'REMOVED') throw badInput('That comment was removed.', 'parentId');
  }
  return db.comment.create({
    data: { proposalId: proposal.id, authorId: me.id, body: text_, ...(parentId ? { parentId } : {}) },
  });
}

export { conflict };
