/**
 * Data protection. The export holds the person's verification (method, birth date, when),
 * letter codes issued to them (dates only), proposals, comments, supports, follows, reports,
 * and the budgets they voted in: never what they voted (nothing links them to a ballot).
 * Erasure: verification and letter codes deleted; proposals and comments stay as public
 * contributions without an author; supports and voter rows keep counting under a random key
 * (so totals and the one-ballot rule stay right) but name nobody; follows and reports' reporter
 * deleted or anonymised. Idempotent.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './generated/prisma/client.ts';

export async function exportParticipation(db: PrismaClient, accountId: string) {
  const [verification, letters, proposals, comments, supports, follows, reports, voted] = await Promise.all([
    db.verification.findUnique({ where: { accountId } }),
    db.letterCode.findMany({
      where: { accountId },
      select: { issuedAt: true, expiresAt: true, redeemedAt: true },
      orderBy: { issuedAt: 'asc' },
    }),
    db.proposal.findMany({ where: { authorId: accountId }, orderBy: { createdAt: 'asc' } }),
    db.comment.findMany({
      where: { authorId: accountId },
      select: { id: true, proposalId: true, parentId: true, body: true, createdAt: true, moderation: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.support.findMany({
      where: { accountId },
      select: { proposalId: true, at: true },
      orderBy: { at: 'asc' },
    }),
    db.follow.findMany({ where: { accountId }, select: { proposalId: true } }),
    db.report.findMany({
      where: { reporterId: accountId },
      select: { targetType: true, targetId: true, reason: true, at: true },
      orderBy: { at: 'asc' },
    }),
    db.budgetVoter.findMany({ where: { voterKey: accountId }, select: { budgetId: true } }),
  ]);
  return {
    verification: verification
      ? {
          method: verification.method,
          birthDate: verification.birthDate.toISOString().slice(0, 10),
          verifiedAt: verification.verifiedAt,
        }
      : null,
    letterCodes: letters,
    proposals: proposals.map((p) => ({
      id: p.id,
      processId: p.processId,
      title: p.title,
      body: p.body,
      category: p.category,
      district: p.district,
      latitude: p.latitude,
      longitude: p.longitude,
      status: p.status,
      createdAt: p.createdAt,
    })),
    comments,
    supports,
    follows,
    reports,
    votedInBudgets: voted.map((v) => v.budgetId),
  };
}

export async function eraseParticipation(db: PrismaClient, accountId: string) {
  await db.$transaction(async (tx) => {
    await tx.verification.deleteMany({ where: { accountId } });
    await tx.letterCode.deleteMany({ where: { accountId } });
    await tx.follow.deleteMany({ where: { accountId } });
    await tx.proposal.updateMany({ where: { authorId: accountId }, data: { authorId: null } });
    await tx.comment.updateMany({ where: { authorId: accountId }, data: { authorId: null } });
    await tx.report.updateMany({ where: { reporterId: accountId }, data: { reporterId: null } });
    const supports = await tx.support.findMany({ where: { accountId }, select: { proposalId: true } });
    for (const s of supports)
      await tx.support.update({
        where: { proposalId_accountId: { proposalId: s.proposalId, accountId } },
        data: { accountId: randomUUID() },
      });
    const voted = await tx.budgetVoter.findMany({
      where: { voterKey: accountId },
      select: { budgetId: true },
    });
    for (const v of voted)
      await tx.budgetVoter.update({
        where: { budgetId_voterKey: { budgetId: v.budgetId, voterKey: accountId } },
        data: { voterKey: `erased:${randomUUID()}` },
      });
  });
}
