/**
 * Supports and ballots are written by one statement that itself checks what may be written
 * (the proposal visible and its process OPEN, the budget in VOTE, the person a verified
 * resident of the minimum age). These tests go through that statement's refusals: each must
 * say why (the slow path), write nothing, and the age must be counted as `ageOn` counts it,
 * birthday included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, type Harness, openProposal, STAFF, startParticipation } from './helpers.ts';

const SUPPORT = `mutation ($id: ID!) { supportProposal(proposalId: $id) { id supportCount title createdAt } }`;
const CAST = `mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) }`;

/** The UTC calendar date `years` years before today, moved by `days`. */
function bornYearsAgo(years: number, days = 0): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

describe('participation: the one-statement write path and its refusals', () => {
  let h: Harness;
  let processId: string;
  let proposalId: string;
  let budgetId: string;
  let projectId: string;
  beforeAll(async () => {
    h = await startParticipation();
    ({ processId, proposalId } = await openProposal(
      h,
      { title: 'Schreibpfad', minimumAge: 18, supportThreshold: 100 },
      { title: 'Mehr Licht', body: 'Bitte mehr Laternen im Park.', category: 'Verkehr', district: 'Vorst' },
    ));
    const budget = await h.ask(
      STAFF,
      'mutation ($i: BudgetInput!) { createParticipatoryBudget(input: $i) { id } }',
      {
        i: { title: 'Schreibpfad-Haushalt', total: 1000, style: 'KNAPSACK', rule: 'GREEDY', minimumAge: 18 },
      },
    );
    budgetId = budget.data.createParticipatoryBudget.id;
    const project = await h.ask(
      STAFF,
      'mutation ($i: BudgetProjectInput!) { addBudgetProject(input: $i) { id } }',
      { i: { budgetId, title: 'Laterne', description: '', district: 'Vorst', cost: 500 } },
    );
    projectId = project.data.addBudgetProject.id;
  });
  afterAll(() => h?.close());

  const supports = async () =>
    (await h.db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).supportCount;
  const ballots = () => h.db.ballot.count({ where: { budgetId } });

  it('support: the answer is the proposal as written; refusals say why and write nothing', async () => {
    const ok = await h.ask(await h.verified(), SUPPORT, { id: proposalId });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.supportProposal).toMatchObject({ id: proposalId, supportCount: 1, title: 'Mehr Licht' });
    expect(Number.isNaN(Date.parse(ok.data.supportProposal.createdAt))).toBe(false);

    const unverified = await h.ask(citizen(), SUPPORT, { id: proposalId });
    expect(unverified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_VERIFIED' });
    // 18 today: of age; 18 tomorrow: not yet.
    const birthday = await h.ask(await h.verified(bornYearsAgo(18)), SUPPORT, { id: proposalId });
    expect(birthday.errors).toBeUndefined();
    const tomorrow = await h.ask(await h.verified(bornYearsAgo(18, 1)), SUPPORT, { id: proposalId });
    expect(tomorrow.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_YOUNG' });
    const missing = await h.ask(await h.verified(), SUPPORT, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await supports()).toBe(2);

    await h.db.proposal.update({ where: { id: proposalId }, data: { moderation: 'HIDDEN' } });
    const hidden = await h.ask(await h.verified(), SUPPORT, { id: proposalId });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await h.db.proposal.update({ where: { id: proposalId }, data: { moderation: 'VISIBLE' } });
    await h.ask(STAFF, 'mutation ($id: ID!) { setProcessPhase(id: $id, phase: CLOSED) { id } }', {
      id: processId,
    });
    const closed = await h.ask(await h.verified(), SUPPORT, { id: proposalId });
    expect(closed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await supports()).toBe(2);
    expect(await h.db.support.count({ where: { proposalId } })).toBe(2);
    expect(await h.db.outboxEvent.count({ where: { topic: `supports/${proposalId}` } })).toBe(2);
  });

  it('ballot: refused before VOTE, for the unverified and the too young; counted once in VOTE', async () => {
    const early = await h.ask(await h.verified(), CAST, { b: budgetId, p: [projectId] });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const phase of ['REVIEW', 'VOTE'])
      await h.ask(
        STAFF,
        'mutation ($id: ID!, $p: BudgetPhase!) { setBudgetPhase(id: $id, phase: $p) { id } }',
        {
          id: budgetId,
          p: phase,
        },
      );
    const unverified = await h.ask(citizen(), CAST, { b: budgetId, p: [projectId] });
    expect(unverified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_VERIFIED' });
    const young = await h.ask(await h.verified(bornYearsAgo(18, 1)), CAST, { b: budgetId, p: [projectId] });
    expect(young.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_YOUNG' });
    const missing = await h.ask(await h.verified(), CAST, {
      b: '00000000-0000-4000-8000-000000000000',
      p: [projectId],
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await ballots()).toBe(0);
    const voter = await h.verified(bornYearsAgo(18));
    expect((await h.ask(voter, CAST, { b: budgetId, p: [projectId] })).data?.castBallot).toBe(true);
    const again = await h.ask(voter, CAST, { b: budgetId, p: [projectId] });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VOTED' });
    expect(await ballots()).toBe(1);
    expect(await h.db.budgetVoter.count({ where: { budgetId } })).toBe(1);
  });
});
