import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, type Harness, STAFF, startParticipation } from './helpers.ts';

const CREATE = `mutation ($input: BudgetInput!) { createParticipatoryBudget(input: $input) { id phase } }`;
const ADD = `mutation ($input: BudgetProjectInput!) { addBudgetProject(input: $input) { id cost } }`;
const PHASE = `mutation ($id: ID!, $phase: BudgetPhase!) { setBudgetPhase(id: $id, phase: $phase) { phase } }`;
const CAST = `mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) }`;
const PREVIEW = `query ($b: ID!, $p: [ID!]!) { ballotPreview(budgetId: $b, projectIds: $p) { cost remaining count valid problem } }`;

async function makeBudget(h: Harness, input: Record<string, unknown>, costs: Record<string, number>) {
  const made = await h.ask(STAFF, CREATE, { input: { title: 'Testhaushalt', minimumAge: 16, ...input } });
  if (made.errors) throw new Error(JSON.stringify(made.errors));
  const id: string = made.data.createParticipatoryBudget.id;
  const ids: Record<string, string> = {};
  for (const [name, cost] of Object.entries(costs)) {
    const p = await h.ask(STAFF, ADD, {
      input: { budgetId: id, title: `Projekt ${name}`, description: '', district: 'Mitte', cost },
    });
    ids[name] = p.data.addBudgetProject.id;
  }
  expect((await h.ask(STAFF, PHASE, { id, phase: 'REVIEW' })).data.setBudgetPhase.phase).toBe('REVIEW');
  expect((await h.ask(STAFF, PHASE, { id, phase: 'VOTE' })).data.setBudgetPhase.phase).toBe('VOTE');
  return { id, ids };
}

/** Verified residents made straight in the database (the API path is tested elsewhere). */
async function residents(h: Harness, count: number) {
  const people = Array.from({ length: count }, citizen);
  await h.db.verification.createMany({
    data: people.map((p) => ({
      accountId: p.id,
      method: 'IN_PERSON' as const,
      birthDate: new Date('1980-01-01'),
    })),
  });
  return people;
}

describe('participatory budget: secret, one-per-person ballots with rules in the database', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startParticipation();
  });
  afterAll(() => h?.close());

  it('knapsack: remaining budget while choosing, over-budget refused, second ballot CONFLICT', async () => {
    const { id, ids } = await makeBudget(
      h,
      { total: 100, style: 'KNAPSACK', rule: 'GREEDY' },
      { A: 40, B: 40, C: 40 },
    );
    const ab = [ids.A, ids.B];
    const abc = [ids.A, ids.B, ids.C];
    expect((await h.ask(null, PREVIEW, { b: id, p: ab })).data.ballotPreview).toEqual({
      cost: 80,
      remaining: 20,
      count: 2,
      valid: true,
      problem: null,
    });
    const over = (await h.ask(null, PREVIEW, { b: id, p: abc })).data.ballotPreview;
    expect(over).toMatchObject({ cost: 120, remaining: -20, valid: false });
    expect(over.problem).toContain('mehr als das Budget');

    expect(await h.codes(null, CAST, { b: id, p: ab })).toEqual(['UNAUTHENTICATED']);
    expect((await h.ask(citizen(), CAST, { b: id, p: ab })).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_VERIFIED',
    });
    const [voter] = await residents(h, 1);
    expect(await h.codes(voter ?? null, CAST, { b: id, p: abc })).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(voter ?? null, CAST, { b: id, p: [] })).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(voter ?? null, CAST, { b: id, p: [ids.A, randomUUID()] })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await h.db.budgetVoter.count({ where: { budgetId: id } })).toBe(0); // nothing half-written
    expect(await h.db.ballot.count({ where: { budgetId: id } })).toBe(0);
    expect((await h.ask(voter ?? null, CAST, { b: id, p: ab })).data.castBallot).toBe(true);
    const again = await h.ask(voter ?? null, CAST, { b: id, p: [ids.A] });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VOTED' });
    // Staff entering a paper ballot for the same person: the same rule.
    const paper = `mutation ($b: ID!, $v: ID!, $p: [ID!]!) { enterPaperBallot(budgetId: $b, voterAccountId: $v, projectIds: $p) }`;
    expect(
      (await h.ask(STAFF, paper, { b: id, v: voter?.id, p: [ids.C] })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(await h.codes(citizen(), paper, { b: id, v: voter?.id, p: [ids.C] })).toEqual(['FORBIDDEN']);
    // Odd ids are the caller's mistake, never a server error.
    expect(await h.codes(STAFF, paper, { b: id, v: 'not-an-id', p: [ids.C] })).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(voter ?? null, CAST, { b: 'nope', p: [ids.C] })).toEqual(['NOT_FOUND']);
    expect((await h.ask(null, PREVIEW, { b: id, p: ['nope'] })).data.ballotPreview.valid).toBe(false);
    const [paperVoter] = await residents(h, 1);
    expect((await h.ask(STAFF, paper, { b: id, v: paperVoter?.id, p: [ids.C] })).data.enterPaperBallot).toBe(
      true,
    );
    expect(await h.db.ballot.count({ where: { budgetId: id } })).toBe(2);
    expect(
      (
        await h.ask(
          voter ?? null,
          `query ($b: ID!) { participatoryBudget(id: $b) { votedByMe ballotCount results { greedy { selectedCost } } } }`,
          { b: id },
        )
      ).data.participatoryBudget,
    ).toEqual({
      votedByMe: true,
      ballotCount: null, // counts are public only in RESULT
      results: null,
    });
  });

  it('the database itself refuses an over-budget, empty or cross-budget ballot (any writer)', async () => {
    const { id, ids } = await makeBudget(
      h,
      { total: 100, style: 'KNAPSACK', rule: 'GREEDY' },
      { A: 60, B: 60 },
    );
    const other = await makeBudget(h, { total: 100, style: 'KNAPSACK', rule: 'GREEDY' }, { X: 10 });
    // A writer around the API (one statement: ballot and items; the rules are checked at COMMIT).
    const write = async (items: Array<[string, string]>) => {
      await h.db.$executeRawUnsafe(
        `WITH b AS (INSERT INTO "ballot" ("id", "budgetId") VALUES ($1::uuid, $2::uuid) RETURNING "id")
         INSERT INTO "ballot_item" ("ballotId", "budgetId", "projectId")
         SELECT b."id", x.budget, x.project FROM b, unnest($3::uuid[], $4::uuid[]) AS x(budget, project)`,
        randomUUID(),
        id,
        items.map((i) => i[0]),
        items.map((i) => i[1]),
      );
    };
    await expect(
      write([
        [id, ids.A ?? ''],
        [id, ids.B ?? ''],
      ]),
    ).rejects.toThrow(/BALLOT_RULE/);
    await expect(write([])).rejects.toThrow(/BALLOT_RULE/);
    await expect(write([[other.id, other.ids.X ?? '']])).rejects.toThrow(/BALLOT_RULE/);
    await expect(write([[id, ids.A ?? '']])).resolves.toBeUndefined();
    expect(await h.db.ballot.count({ where: { budgetId: id } })).toBe(1);
    // Costs are fixed once voting opens, in the database too.
    await expect(
      h.db.budgetProject.update({ where: { id: ids.A ?? '' }, data: { cost: 1 } }),
    ).rejects.toThrow(/BALLOT_RULE/);
  });

  it('200 verified people vote at once (20 of them twice): every ballot counted exactly once', async () => {
    const { id, ids } = await makeBudget(
      h,
      { total: 1000, style: 'APPROVAL', maxApprovals: 2, rule: 'GREEDY' },
      { A: 400, B: 400, C: 400 },
    );
    const people = await residents(h, 200);
    expect(await h.codes(people[0] ?? null, CAST, { b: id, p: [ids.A, ids.B, ids.C] })).toEqual([
      'BAD_USER_INPUT',
    ]);
    const started = Date.now();
    const answers = await Promise.all(
      people.flatMap((p, i) => [
        h.ask(p, CAST, { b: id, p: i % 2 === 0 ? [ids.A, ids.B] : [ids.C] }),
        ...(i % 10 === 0 ? [h.ask(p, CAST, { b: id, p: [ids.A] })] : []),
      ]),
    );
    const elapsed = Date.now() - started;
    const ok = answers.filter((a) => a.data?.castBallot === true).length;
    const conflicts = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    expect({ ok, conflicts }).toEqual({ ok: 200, conflicts: 20 });
    expect(await h.db.budgetVoter.count({ where: { budgetId: id } })).toBe(200);
    expect(await h.db.ballot.count({ where: { budgetId: id } })).toBe(200);
    const items = await h.db.ballotItem.groupBy({ by: ['ballotId'], where: { budgetId: id }, _count: true });
    expect(items).toHaveLength(200);
    console.info(
      `220 concurrent castBallot (200 people, 20 twice) on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${elapsed} ms`,
    );
  });

  it('results of the hand-worked example by both rules, Pabulib export, and ballot secrecy in every table', async () => {
    const { id, ids } = await makeBudget(
      h,
      { total: 100, style: 'KNAPSACK', rule: 'EQUAL_SHARES' },
      { A: 40, B: 40, C: 40, D: 15 },
    );
    const choices = [
      ['A', 'B', 'D'],
      ['A', 'B', 'D'],
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'B'],
      ['C'],
      ['C'],
      ['C'],
      ['C'],
    ];
    const voters = await residents(h, choices.length);
    for (const [i, choice] of choices.entries()) {
      const cast = await h.ask(voters[i] ?? null, CAST, { b: id, p: choice.map((c) => ids[c]) });
      expect(cast.errors).toBeUndefined();
    }
    const heap = async () => ({
      voters: (
        await h.db.$queryRawUnsafe<Array<{ k: string }>>(
          `SELECT "voterKey" AS k FROM "budget_voter" WHERE "budgetId" = $1::uuid ORDER BY ctid`,
          id,
        )
      ).map((r) => r.k),
      ballots: (
        await h.db.$queryRawUnsafe<Array<{ id: string }>>(
          `SELECT "id" FROM "ballot" WHERE "budgetId" = $1::uuid ORDER BY ctid`,
          id,
        )
      ).map((r) => r.id),
    });
    // While voting, the physical order mostly follows the order of casting (the channel exists;
    // PostgreSQL may also put a row into space an earlier test freed, so it is not asserted) ...
    const before = await heap();
    expect(new Set(before.voters)).toEqual(new Set(voters.map((v) => v.id)));
    expect((await h.ask(STAFF, PHASE, { id, phase: 'RESULT' })).data.setBudgetPhase.phase).toBe('RESULT');
    // ... and once voting ends the voter rows are rewritten in a random order: neither the order
    // of casting nor the order they had on disk (10! orders: a repeat by chance is negligible).
    const after = await heap();
    expect(new Set(after.voters)).toEqual(new Set(voters.map((v) => v.id)));
    expect(after.voters).not.toEqual(voters.map((v) => v.id));
    expect(after.voters).not.toEqual(before.voters);

    const answer = await h.ask(
      null,
      `query ($b: ID!) { participatoryBudget(id: $b) { ballotCount pabulib results {
        greedy { official selectedCost projects { project { title } votes selected } }
        equalShares { official selectedCost projects { project { title } votes selected } } } } }`,
      { b: id },
    );
    expect(answer.errors).toBeUndefined();
    const b = answer.data.participatoryBudget;
    expect(b.ballotCount).toBe(10);
    const chosen = (r: { projects: Array<{ project: { title: string }; selected: boolean }> }) =>
      r.projects
        .filter((p) => p.selected)
        .map((p) => p.project.title.replace('Projekt ', ''))
        .sort();
    expect(chosen(b.results.greedy)).toEqual(['A', 'B', 'D']);
    expect(chosen(b.results.equalShares)).toEqual(['A', 'C', 'D']);
    expect(b.results.equalShares.official).toBe(true);
    expect(b.results.greedy.official).toBe(false);
    expect(b.results.equalShares.projects.map((p: { votes: number }) => p.votes)).toEqual([6, 6, 4, 2]);
    expect(b.pabulib).toContain('num_votes;10');
    expect(b.pabulib).toContain('rule;equalshares');
    expect(b.pabulib.split('VOTES\n')[1].trim().split('\n')).toHaveLength(11); // header + 10 ballots

    // Secrecy: read every table of the schema. No row holding a voter's id holds a ballot id
    // or a ballot's projects; ballot ids appear only in ballot and ballot_item, which hold no
    // voter id and no time; ballot ids are random (uuid v4).
    const voterIds = new Set(voters.map((v) => v.id));
    const ballotIds = new Set(after.ballots);
    const tables = await h.db.$queryRawUnsafe<Array<{ table_name: string }>>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['ballot', 'ballot_item', 'budget_voter']),
    );
    let rowsRead = 0;
    for (const { table_name } of tables) {
      const rows = await h.db.$queryRawUnsafe<Array<Record<string, unknown>>>(
        `SELECT to_jsonb(t)::text AS j FROM "${table_name}" t`,
      );
      for (const { j } of rows) {
        rowsRead++;
        const text = String(j);
        const hasVoter = [...voterIds].some((v) => text.includes(v));
        const hasBallot = [...ballotIds].some((x) => text.includes(x));
        expect({ table_name, link: hasVoter && hasBallot }).toEqual({ table_name, link: false });
        if (hasBallot) expect(['ballot', 'ballot_item']).toContain(table_name);
        if (table_name === 'ballot' || table_name === 'ballot_item') expect(hasVoter).toBe(false);
      }
    }
    expect(rowsRead).toBeGreaterThan(30);
    const columns = await h.db.$queryRawUnsafe<Array<{ table_name: string; column_name: string }>>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name IN ('ballot', 'ballot_item', 'budget_voter') ORDER BY 1, 2`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'ballot.budgetId',
      'ballot.id',
      'ballot_item.ballotId',
      'ballot_item.budgetId',
      'ballot_item.projectId',
      'budget_voter.budgetId',
      'budget_voter.voterKey',
    ]);
    for (const ballot of ballotIds)
      expect(ballot).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // No sequence in the schema could number ballots: one numbers the outbox (ballots write no
    // outbox row), one § 24 suggestions.
    const sequences = await h.db.$queryRawUnsafe<Array<{ sequence_name: string }>>(
      `SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()`,
    );
    expect(sequences.map((s) => s.sequence_name).sort()).toEqual([
      'outbox_event_id_seq',
      'suggestion_number_seq',
    ]);
  });
});
