/**
 * pnpm bench:participation [--voters 2000] [--concurrency 32] [--proposals 1] [--ballots 50000] [--runs 5] [--no-write]
 * Participation benchmark (issue 19: "supports and ballots per second on PostgreSQL (goal ≥
 * 1,000/s), results for 50,000 ballots in under 1 s"), on demand only, on PostgreSQL
 * (BENCH_DATABASE_URL, default the machine's test database; a fresh schema, dropped after):
 * 1. supports: `voters` verified residents each support one of `proposals` proposals (1: all
 *    the same one, the worst case: every support updates that proposal's count) through the
 *    subgraph's GraphQL, `concurrency` requests in flight; the counts must add up to exactly
 *    `voters`, and a second support must be refused (CONFLICT);
 * 2. ballots: the same residents each cast one knapsack ballot (1 to 6 of 20 projects within the
 *    budget), `concurrency` in flight; exactly `voters` ballots stored, a second refused;
 * 3. results: another budget with `ballots` ballots (written straight into the tables through
 *    the same constraints and triggers, to save the time of casting them) moved to RESULT; the
 *    `results` field (greedy and Equal Shares) asked `runs` times, median and worst.
 * Context tokens are signed before the clock starts (the gateway signs them, not the subgraph);
 * the load comes from this process, which also runs the subgraph.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT_HEADER, signContextToken, type Viewer } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { participationSubgraph } from '@kaarst/participation/bench';
import { median, option, round, startBenchSubgraph, writeResults } from '../common.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const voters = option('voters', 2000);
const concurrency = option('concurrency', 32);
const proposalCount = option('proposals', 1);
const ballotTotal = option('ballots', 50_000);
const runs = option('runs', 5);
const write = writeResults();

const progress = (line: string) => process.stderr.write(`participation bench: ${line}\n`);

const { running, db, keys, close } = await startBenchSubgraph(participationSubgraph, 'participation_bench');
const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };

// biome-ignore lint/suspicious/noExplicitAny: bench answers are read loosely
async function ask(viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  const answer = await subgraphRequest(running.url, keys, viewer, query, variables);
  if (answer.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** `count` requests, `concurrency` at a time, each with its own pre-signed viewer; per second. */
async function load(
  people: Viewer[],
  query: string,
  variablesOf: (i: number) => Record<string, unknown>,
): Promise<{ perSecond: number; ms: number; failed: string[] }> {
  const tokens = await Promise.all(people.map((p) => signContextToken(keys, p)));
  const failed: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < people.length; i = next++) {
        const response = await fetch(running.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: tokens[i] as string },
          body: JSON.stringify({ query, variables: variablesOf(i) }),
        });
        const body = (await response.json()) as { errors?: Array<{ message: string }> };
        if (body.errors) failed.push(body.errors[0]?.message ?? 'error');
      }
    }),
  );
  const ms = performance.now() - started;
  return { perSecond: (people.length / ms) * 1000, ms, failed };
}

const CAST = 'mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) }';

async function budgetWithProjects(title: string) {
  const budget = (
    await ask(staff, 'mutation ($i: BudgetInput!) { createParticipatoryBudget(input: $i) { id } }', {
      i: { title, total: 500_000, style: 'KNAPSACK', rule: 'EQUAL_SHARES', minimumAge: 16 },
    })
  ).createParticipatoryBudget.id as string;
  const projects: Array<{ id: string; cost: number }> = [];
  for (let i = 0; i < 20; i++) {
    const cost = 20_000 + ((i * 37_000) % 180_000);
    const added = await ask(
      staff,
      'mutation ($i: BudgetProjectInput!) { addBudgetProject(input: $i) { id cost } }',
      {
        i: {
          budgetId: budget,
          title: `Projekt ${i}`,
          description: 'Erfunden, für den Benchmark.',
          district: 'Kaarst',
          cost,
        },
      },
    );
    projects.push(added.addBudgetProject);
  }
  for (const phase of ['REVIEW', 'VOTE'])
    await ask(staff, 'mutation ($id: ID!, $p: BudgetPhase!) { setBudgetPhase(id: $id, phase: $p) { id } }', {
      id: budget,
      p: phase,
    });
  return { budget, projects };
}

/** A ballot of 1 to 6 projects within the budget, the same for the same `seed`. */
function ballotOf(projects: Array<{ id: string; cost: number }>, seed: number): string[] {
  const chosen: string[] = [];
  let cost = 0;
  const wanted = 1 + (seed % 6);
  for (let k = 0; chosen.length < wanted && k < projects.length; k++) {
    const project = projects[(seed * 7 + k * 13) % projects.length] as { id: string; cost: number };
    if (!chosen.includes(project.id) && cost + project.cost <= 500_000) {
      chosen.push(project.id);
      cost += project.cost;
    }
  }
  return chosen;
}

let result: Record<string, unknown> = {};
try {
  // Verified residents, straight into the table (verifying is not what is measured).
  const people: Viewer[] = Array.from({ length: voters }, () => ({ id: randomUUID(), roles: ['citizen'] }));
  await db.verification.createMany({
    data: people.map((p) => ({ accountId: p.id, method: 'IN_PERSON', birthDate: new Date('1990-01-01') })),
  });
  const processId = (
    await ask(staff, 'mutation ($i: ProcessInput!) { createProcess(input: $i) { id } }', {
      i: {
        title: 'Benchmark',
        description: 'Erfunden, für den Benchmark.',
        minimumAge: 16,
        supportThreshold: 100,
      },
    })
  ).createProcess.id as string;
  await ask(staff, 'mutation ($id: ID!) { setProcessPhase(id: $id, phase: OPEN) { id } }', { id: processId });
  const proposalIds: string[] = [];
  for (let i = 0; i < proposalCount; i++)
    proposalIds.push(
      (
        await ask(people[i] as Viewer, 'mutation ($i: ProposalInput!) { createProposal(input: $i) { id } }', {
          i: {
            processId,
            title: `Mehr Bänke ${i}`,
            body: 'Erfunden, für den Benchmark.',
            category: 'Stadtbild',
            district: 'Kaarst',
          },
        })
      ).createProposal.id as string,
    );

  // 1. Supports.
  const SUPPORT = 'mutation ($p: ID!) { supportProposal(proposalId: $p) { id } }';
  const supports = await load(people, SUPPORT, (i) => ({ p: proposalIds[i % proposalCount] }));
  const supportCount = (
    await db.proposal.aggregate({ where: { id: { in: proposalIds } }, _sum: { supportCount: true } })
  )._sum.supportCount;
  const again = await subgraphRequest(running.url, keys, people[0] as Viewer, SUPPORT, { p: proposalIds[0] });
  if (supports.failed.length || supportCount !== voters || again.errors?.[0]?.extensions?.code !== 'CONFLICT')
    throw new Error(
      `supports: ${supports.failed.length} failed, count ${supportCount}, second: ${JSON.stringify(again.errors)}`,
    );
  progress(`supports: ${round(supports.perSecond)}/s (${voters} in ${round(supports.ms)} ms)`);

  // 2. Ballots.
  const vote = await budgetWithProjects('Benchmark: Stimmabgabe');
  const ballots = await load(people, CAST, (i) => ({ b: vote.budget, p: ballotOf(vote.projects, i) }));
  const stored = await db.ballot.count({ where: { budgetId: vote.budget } });
  const second = await subgraphRequest(running.url, keys, people[1] as Viewer, CAST, {
    b: vote.budget,
    p: ballotOf(vote.projects, 1),
  });
  if (ballots.failed.length || stored !== voters || second.errors?.[0]?.extensions?.code !== 'CONFLICT')
    throw new Error(
      `ballots: ${ballots.failed.length} failed (${ballots.failed[0]}), stored ${stored}, second: ${JSON.stringify(second.errors)}`,
    );
  progress(`ballots: ${round(ballots.perSecond)}/s (${voters} in ${round(ballots.ms)} ms)`);

  // 3. Results over `ballotTotal` ballots.
  const counted = await budgetWithProjects('Benchmark: Auszählung');
  const filled = performance.now();
  for (let from = 0; from < ballotTotal; from += 5000) {
    const rows = Array.from({ length: Math.min(5000, ballotTotal - from) }, (_, k) => ({
      voter: randomUUID(),
      ballot: randomUUID(),
      projects: ballotOf(counted.projects, from + k),
    }));
    await db.$transaction([
      db.budgetVoter.createMany({ data: rows.map((r) => ({ budgetId: counted.budget, voterKey: r.voter })) }),
      db.ballot.createMany({ data: rows.map((r) => ({ id: r.ballot, budgetId: counted.budget })) }),
      db.ballotItem.createMany({
        data: rows.flatMap((r) =>
          r.projects.map((projectId) => ({ ballotId: r.ballot, budgetId: counted.budget, projectId })),
        ),
      }),
    ]);
    progress(`ballots written: ${from + rows.length} of ${ballotTotal}`);
  }
  progress(`${ballotTotal} ballots written in ${round((performance.now() - filled) / 1000)} s`);
  await ask(staff, 'mutation ($id: ID!) { setBudgetPhase(id: $id, phase: RESULT) { id } }', {
    id: counted.budget,
  });
  const resultsMs: number[] = [];
  let answer:
    | {
        ballotCount: number;
        results: { greedy: { selectedCost: number }; equalShares: { selectedCost: number } };
      }
    | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    answer = (
      await ask(
        null,
        `query ($id: ID!) { participatoryBudget(id: $id) { ballotCount results {
           greedy { selectedCost projects { votes selected project { id } } }
           equalShares { selectedCost projects { votes selected project { id } } } } } }`,
        { id: counted.budget },
      )
    ).participatoryBudget;
    resultsMs.push(performance.now() - started);
    progress(`results ${i + 1}/${runs}: ${round(resultsMs.at(-1) ?? 0)} ms`);
  }
  if (answer?.ballotCount !== ballotTotal) throw new Error(`results counted ${answer?.ballotCount} ballots`);

  result = {
    at: new Date().toISOString(),
    load: loadavg().map((x) => round(x, 2)),
    voters,
    concurrency,
    proposals: proposalCount,
    supportsPerSecond: round(supports.perSecond),
    ballotsPerSecond: round(ballots.perSecond),
    resultsBallots: ballotTotal,
    resultsMedianMs: round(median(resultsMs)),
    resultsMs: resultsMs.map((ms) => round(ms)),
    selectedCost: {
      greedy: answer.results.greedy.selectedCost,
      equalShares: answer.results.equalShares.selectedCost,
    },
    goals: { perSecond: 1000, resultsMs: 1000 },
  };
} finally {
  await close();
}
console.log(JSON.stringify(result, null, 2));
if (write) writeFileSync(path.join(here, 'last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
