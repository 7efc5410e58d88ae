/**
 * pnpm bench:participation [--voters 2000] [--concurrency 32] [--proposals 1] [--ballots 50000] [--runs 5]
 *   [--no-write] [--profile DIR] [--client undici|fetch] [--warmup 0]
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
 * The subgraph runs as production runs it: its own process (subgraphs/participation/src/main.ts,
 * NODE_ENV=production, LOG_LEVEL info as deploy/kubernetes sets it, its log into a file), pinned
 * with taskset to core 1 where there are 2 cores; this process (the load, the checks) is pinned
 * to core 0. PostgreSQL is not pinned. Context tokens are signed before the clock starts (the
 * gateway signs them, not the subgraph). Beside the rates it reports CPU per request (from
 * /proc) of the subgraph's process, of this process and of all PostgreSQL processes: on a busy
 * machine the rates follow the other load, the CPU per request much less. The load sends with
 * undici's Pool (one keep-alive connection per request in flight), not the global fetch: fetch's
 * WHATWG streams cost the load about 0.5 ms of core 0 per request, which PostgreSQL shares, and
 * the load is not what is measured (`--client fetch` keeps the old client for comparison).
 * --warmup N: before the clock starts, N more verified residents support a proposal of their own
 * through the same path (not counted in the figures), so the subgraph's and the load's code is
 * compiled and every pooled connection has prepared its statement; default 0, the supports then
 * include that warm-up (the ballots, measured after them, never did).
 * --profile DIR: the subgraph process runs with `node --cpu-prof` into DIR, and DIR/windows.json
 * holds the two write loads' time spans, so `tsx gateway/profile.ts DIR --windows` counts only
 * their samples.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTEXT_HEADER,
  createPgPool,
  loadHubKeys,
  prismaPgAdapter,
  signContextToken,
  type Viewer,
} from '@kaarst/kit';
import { subgraphRequest, testDatabase } from '@kaarst/kit/testing';
import { type PrismaClient, participationSubgraph } from '@kaarst/participation/bench';
import { exportJWK, generateKeyPair } from 'jose';
import { Pool } from 'undici';
import { median, option, round, writeResults } from '../common.ts';
import { cpuMsOf, cpuNote, postgresCpuMs } from './cpu.ts';
import { startSubgraphProcess } from './subgraph-process.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const voters = option('voters', 2000);
const concurrency = option('concurrency', 32);
const proposalCount = option('proposals', 1);
const ballotTotal = option('ballots', 50_000);
const runs = option('runs', 5);
const warmup = option('warmup', 0);
const write = writeResults();
const clientAt = process.argv.indexOf('--client');
const CLIENT = clientAt > 0 ? process.argv[clientAt + 1] : 'undici';
if (CLIENT !== 'undici' && CLIENT !== 'fetch') throw new Error(`--client is undici or fetch, not ${CLIENT}`);
const profileAt = process.argv.indexOf('--profile');
const profileDir = profileAt > 0 ? path.resolve(process.argv[profileAt + 1] ?? 'profiles') : undefined;

const progress = (line: string) => process.stderr.write(`participation bench: ${line}\n`);

// ---- The subgraph's own process (subgraph-process.ts) ----

// Fresh hub keys, in this process's environment (kit's loadHubKeys) and the subgraph's.
const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
process.env.HUB_JWT_PRIVATE_KEY = JSON.stringify(await exportJWK(privateKey));
process.env.HUB_INTERNAL_SECRET = randomBytes(32).toString('base64url');
const keys = await loadHubKeys();
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const database = testDatabase('participation_bench');
const databaseUrl = database.databaseUrl as string;
const subgraph = await startSubgraphProcess({ databaseUrl, keys, profileDir, progress });
const { url, child } = subgraph;

const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };

// biome-ignore lint/suspicious/noExplicitAny: bench answers are read loosely
async function ask(viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  const answer = await subgraphRequest(url, keys, viewer, query, variables);
  if (answer.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const subgraphCpuMs = () => (child.pid === undefined ? undefined : cpuMsOf(child.pid));

/** The write loads' spans on the monotonic clock (µs) V8's profiles use too. */
const windows: Array<{ name: string; from: number; to: number }> = [];
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** `count` requests, `concurrency` at a time, each with its own pre-signed viewer; per second. */
async function load(
  name: string,
  people: Viewer[],
  query: string,
  variablesOf: (i: number) => Record<string, unknown>,
): Promise<{
  perSecond: number;
  ms: number;
  failed: string[];
  subgraphCpuMsPerRequest?: number;
  loadCpuMsPerRequest: number;
  postgresCpuMsPerRequest?: number;
}> {
  const tokens = await Promise.all(people.map((p) => signContextToken(keys, p)));
  const failed: string[] = [];
  let next = 0;
  const from = monotonicUs();
  const cpuBefore = subgraphCpuMs();
  const postgresBefore = postgresCpuMs();
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const target = new URL(url);
  const pool = CLIENT === 'undici' ? new Pool(target.origin, { connections: concurrency }) : undefined;
  const send = async (i: number): Promise<{ errors?: Array<{ message: string }> }> => {
    const headers = { 'content-type': 'application/json', [CONTEXT_HEADER]: tokens[i] as string };
    const body = JSON.stringify({ query, variables: variablesOf(i) });
    if (!pool) return (await (await fetch(url, { method: 'POST', headers, body })).json()) as never;
    const response = await pool.request({ path: target.pathname, method: 'POST', headers, body });
    return (await response.body.json()) as never;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < people.length; i = next++) {
        const answer = await send(i);
        if (answer.errors) failed.push(answer.errors[0]?.message ?? 'error');
      }
    }),
  );
  const ms = performance.now() - started;
  await pool?.close();
  windows.push({ name, from, to: monotonicUs() });
  const cpuAfter = subgraphCpuMs();
  const postgresAfter = postgresCpuMs();
  const own = process.cpuUsage(ownBefore);
  return {
    perSecond: (people.length / ms) * 1000,
    ms,
    failed,
    ...(cpuBefore !== undefined && cpuAfter !== undefined
      ? { subgraphCpuMsPerRequest: (cpuAfter - cpuBefore) / people.length }
      : {}),
    loadCpuMsPerRequest: (own.user + own.system) / 1000 / people.length,
    ...(postgresBefore !== undefined && postgresAfter !== undefined
      ? { postgresCpuMsPerRequest: (postgresAfter - postgresBefore) / people.length }
      : {}),
  };
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
let db: PrismaClient | undefined;
try {
  await subgraph.ready(300_000);
  // This process's own client on the same schema, for what is set up or checked straight in the tables.
  const pool = createPgPool(databaseUrl, { max: 4 });
  db = participationSubgraph.createDb(prismaPgAdapter(databaseUrl, pool), pool, { embedded: false });
  // Verified residents, straight into the table (verifying is not what is measured).
  const people: Viewer[] = Array.from({ length: voters }, () => ({ id: randomUUID(), roles: ['citizen'] }));
  const warmPeople: Viewer[] = Array.from({ length: warmup }, () => ({
    id: randomUUID(),
    roles: ['citizen'],
  }));
  await db.verification.createMany({
    data: [...people, ...warmPeople].map((p) => ({
      accountId: p.id,
      method: 'IN_PERSON',
      birthDate: new Date('1990-01-01'),
    })),
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

  // 1. Supports (after the warm-up's, when asked for: a proposal of its own, other people).
  const SUPPORT = 'mutation ($p: ID!) { supportProposal(proposalId: $p) { id } }';
  if (warmup > 0) {
    const warmProposal = (
      await ask(people[0] as Viewer, 'mutation ($i: ProposalInput!) { createProposal(input: $i) { id } }', {
        i: {
          processId,
          title: 'Aufwärmen',
          body: 'Erfunden, für den Benchmark.',
          category: 'Stadtbild',
          district: 'Kaarst',
        },
      })
    ).createProposal.id as string;
    const warm = await load('warmup', warmPeople, SUPPORT, () => ({ p: warmProposal }));
    if (warm.failed.length) throw new Error(`warm-up: ${warm.failed.length} failed (${warm.failed[0]})`);
    progress(`warm-up: ${warmup} supports of another proposal, not counted${cpuNote(warm)}`);
  }
  const supports = await load('supports', people, SUPPORT, (i) => ({ p: proposalIds[i % proposalCount] }));
  const supportCount = (
    await db.proposal.aggregate({ where: { id: { in: proposalIds } }, _sum: { supportCount: true } })
  )._sum.supportCount;
  const again = await subgraphRequest(url, keys, people[0] as Viewer, SUPPORT, { p: proposalIds[0] });
  if (supports.failed.length || supportCount !== voters || again.errors?.[0]?.extensions?.code !== 'CONFLICT')
    throw new Error(
      `supports: ${supports.failed.length} failed, count ${supportCount}, second: ${JSON.stringify(again.errors)}`,
    );
  progress(
    `supports: ${round(supports.perSecond)}/s (${voters} in ${round(supports.ms)} ms)${cpuNote(supports)}`,
  );

  // 2. Ballots.
  const vote = await budgetWithProjects('Benchmark: Stimmabgabe');
  const ballots = await load('ballots', people, CAST, (i) => ({
    b: vote.budget,
    p: ballotOf(vote.projects, i),
  }));
  const stored = await db.ballot.count({ where: { budgetId: vote.budget } });
  const second = await subgraphRequest(url, keys, people[1] as Viewer, CAST, {
    b: vote.budget,
    p: ballotOf(vote.projects, 1),
  });
  if (ballots.failed.length || stored !== voters || second.errors?.[0]?.extensions?.code !== 'CONFLICT')
    throw new Error(
      `ballots: ${ballots.failed.length} failed (${ballots.failed[0]}), stored ${stored}, second: ${JSON.stringify(second.errors)}`,
    );
  progress(
    `ballots: ${round(ballots.perSecond)}/s (${voters} in ${round(ballots.ms)} ms)${cpuNote(ballots)}`,
  );

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
    warmup,
    supportsPerSecond: round(supports.perSecond),
    ballotsPerSecond: round(ballots.perSecond),
    subgraphCpuMsPerRequest: {
      supports: round(supports.subgraphCpuMsPerRequest ?? Number.NaN, 3),
      ballots: round(ballots.subgraphCpuMsPerRequest ?? Number.NaN, 3),
    },
    loadCpuMsPerRequest: {
      supports: round(supports.loadCpuMsPerRequest, 3),
      ballots: round(ballots.loadCpuMsPerRequest, 3),
    },
    postgresCpuMsPerRequest: {
      supports: round(supports.postgresCpuMsPerRequest ?? Number.NaN, 3),
      ballots: round(ballots.postgresCpuMsPerRequest ?? Number.NaN, 3),
    },
    loadClient: CLIENT,
    subgraphProcess: subgraph.placement,
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
  await db?.$disconnect();
  await subgraph.stop();
  await database.dispose();
  const logged = readFileSync(subgraph.logFile, 'utf8').split('\n').filter(Boolean);
  const problems = logged.filter((line) => /"level":(40|50|60)/.test(line));
  progress(
    `subgraph log: ${logged.length} lines, ${problems.length} warnings or errors${problems.length ? `, first: ${problems[0]}` : ''}`,
  );
  subgraph.removeData();
}
if (profileDir) writeFileSync(path.join(profileDir, 'windows.json'), `${JSON.stringify(windows, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
if (write) writeFileSync(path.join(here, 'last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
