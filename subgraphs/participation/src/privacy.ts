/**
 * Data protection. The export holds the person's verification (method, birth date, when),
 * letter codes issued to them (dates only), proposals, comments, supports, follows, reports,
 * the budgets they voted in and the surveys they answered: never what they voted or answered
 * (nothing links them to a ballot or a response), and their suggestions and complaints (§ 24).
 * Erasure: verification and letter codes deleted; proposals and comments stay as public
 * contributions without an author; supports and voter rows keep counting under a random key
 * (so totals and the one-ballot rule stay right) but name nobody, as do survey respondent rows;
 * follows and reports' reporter deleted or anonymised; suggestions stay as the council's record
 * of them without their author. Idempotent.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './generated/prisma/client.ts';

export async function exportParticipation(db: PrismaClient, accountId: string) {
  const [
    verification,
    letters,
    proposals,
    comments,
    supports,
    follows,
    reports,
    voted,
    suggestions,
    surveys,
  ] = await Promise.all([
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
    db.suggestion.findMany({
      where: { authorId: accountId },
      select: {
        id: true,
        number: true,
        kind: true,
        subject: true,
        body: true,
        status: true,
        receivedAt: true,
        committeeId: true,
        handedOverAt: true,
        agendaItemId: true,
        decision: true,
        decidedAt: true,
      },
      orderBy: { receivedAt: 'asc' },
    }),
    db.surveyRespondent.findMany({ where: { respondentKey: accountId }, select: { surveyId: true } }),
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
    suggestions,
    answeredSurveys: surveys.map((s) => s.surveyId),
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
    // Suggestions stay with the council's record of them, without their author.
    await tx.suggestion.updateMany({
      where: { authorId: accountId },
      data: { authorId: null, idempotencyKey: null },
    });
    const answered = await tx.surveyRespondent.findMany({
      where: { respondentKey: accountId },
      select: { surveyId: true },
    });
    for (const a of answered)
      await tx.surveyRespondent.update({
        where: { surveyId_respondentKey: { surveyId: a.surveyId, respondentKey: accountId } },
        data: { respondentKey: `erased:${randomUUID()}` },
      });
  });
}
