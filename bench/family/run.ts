/**
 * pnpm bench:family [--children 5000] [--kitas 40] [--runs 5] [--no-write]
 * Kita allocation benchmark (issue 21: "5,000 children × 40 Kitas allocated in under 2 s"),
 * on demand only, on PostgreSQL (BENCH_DATABASE_URL, default the machine's test database;
 * a fresh schema, dropped after):
 * 1. the matching alone: `allocate` (deferred acceptance) on the generated instance, in memory;
 * 2. the whole allocation run as a coordinator starts it: `runKitaAllocation` through the
 *    family subgraph's GraphQL (read every open wish, rank, match, store every proposed offer,
 *    refusal with its reason and waiting-list place, hold the places), then its release as the
 *    providers' last confirmation does it (`releaseRun`: apply every outcome to its wish, publish
 *    the changes), timed together and apart, each run on
 *    the same applications reset to PENDING and the same free places (cold caches are not made:
 *    the second and later runs find the rows in PostgreSQL's buffer cache, as a real run would
 *    after the applications came in).
 * Both answers must agree: the run offers exactly the places the matching alone assigns.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AgeGroup,
  type AllocationChild,
  type AllocationKita,
  allocate,
  familySubgraph,
  type PrismaClient,
  releaseRun,
} from '@kaarst/family/bench';
import { seededRandom } from '@kaarst/kit/common';
import { subgraphRequest } from '@kaarst/kit/testing';
import { median, option, round, startBenchSubgraph, writeResults } from '../common.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const childCount = option('children', 5000);
const kitaCount = option('kitas', 40);
const runs = option('runs', 5);
const write = writeResults();
process.env.FAMILY_LAPSE_SWEEP_MS = String(3_600_000);

const progress = (line: string) => process.stderr.write(`family bench: ${line}\n`);

interface GeneratedWish {
  childId: string;
  kitaId: string;
  rank: number;
  ageGroup: AgeGroup;
  points: number;
  createdAt: Date;
}

/** Children with 1 to 5 wishes, Kitas with 3 to 12 places per group, points 0 to 10 per wish. */
function generate() {
  const random = seededRandom(21);
  const kitaIds = Array.from({ length: kitaCount }, (_, i) => `BENCH-KITA-${String(i).padStart(3, '0')}`);
  const places = kitaIds.map(() => ({
    U3: 3 + Math.floor(random() * 10),
    UE3: 3 + Math.floor(random() * 10),
  }));
  const wishes: GeneratedWish[] = [];
  const children: Array<{ id: string; ageGroup: AgeGroup }> = [];
  const base = Date.UTC(2026, 0, 5);
  for (let c = 0; c < childCount; c++) {
    const id = randomUUID();
    const ageGroup: AgeGroup = random() < 0.4 ? 'U3' : 'UE3';
    children.push({ id, ageGroup });
    const pool = [...kitaIds];
    const wanted = 1 + Math.floor(random() * 5);
    for (let rank = 1; rank <= wanted; rank++) {
      const [kitaId] = pool.splice(Math.floor(random() * pool.length), 1) as [string];
      const createdAt = new Date(base + Math.floor(random() * 90 * 86_400_000));
      wishes.push({ childId: id, kitaId, rank, ageGroup, points: Math.floor(random() * 11), createdAt });
    }
  }
  return { kitaIds, places, children, wishes };
}

/** The same instance as the matching's input, ordered as the run orders it (points, then the earlier). */
function matchingInput({ kitaIds, places, children, wishes }: ReturnType<typeof generate>) {
  const byChild = new Map<string, AllocationChild>(children.map((c) => [c.id, { ...c, wishes: [] }]));
  for (const wish of [...wishes].sort((a, b) => a.rank - b.rank))
    byChild.get(wish.childId)?.wishes.push(wish.kitaId);
  const kitas: AllocationKita[] = kitaIds.map((id, i) => ({
    id,
    capacity: places[i] as Record<AgeGroup, number>,
    priority: wishes
      .filter((w) => w.kitaId === id)
      .sort((a, b) => b.points - a.points || a.createdAt.getTime() - b.createdAt.getTime())
      .map((w) => w.childId),
  }));
  return { children: [...byChild.values()], kitas };
}

async function seed(db: PrismaClient, instance: ReturnType<typeof generate>) {
  await db.provider.create({ data: { id: 'BENCH', name: 'Benchmark-Träger (erfunden)' } });
  await db.kita.createMany({
    data: instance.kitaIds.map((id, i) => ({
      id,
      providerId: 'BENCH',
      name: `Bench-Kita ${i}`,
      street: 'Teststraße 1',
      postalCode: '41564',
      district: 'Kaarst',
      latitude: 51.2,
      longitude: 6.6,
      minAgeMonths: 4,
      maxAgeMonths: 72,
      weeklyHours: [35, 45],
      openingTimes: 'Mo–Fr 7–16',
      concept: 'erfunden, für den Benchmark',
      languages: ['Deutsch'],
    })),
  });
  await db.kitaGroup.createMany({
    data: instance.kitaIds.flatMap((kitaId, i) =>
      (['U3', 'UE3'] as const).map((ageGroup) => ({
        kitaId,
        ageGroup,
        places: instance.places[i]?.[ageGroup] ?? 0,
        freePlaces: instance.places[i]?.[ageGroup] ?? 0,
      })),
    ),
  });
  await db.child.createMany({
    data: instance.children.map((c) => ({
      id: c.id,
      familyId: randomUUID(),
      firstName: 'Kind',
      birthDate: new Date(Date.UTC(c.ageGroup === 'U3' ? 2025 : 2023, 5, 1)),
      startDate: new Date(Date.UTC(2027, 7, 1)),
      weeklyHours: 35,
    })),
  });
  for (let i = 0; i < instance.wishes.length; i += 5000)
    await db.wish.createMany({ data: instance.wishes.slice(i, i + 5000) });
}

/** Every application back to PENDING, every place free again: the next run sees the same input. */
async function reset(db: PrismaClient) {
  await db.$executeRawUnsafe(
    `UPDATE wish SET status = 'PENDING', reason = NULL, "refusedRank" = NULL, "cutoffRank" = NULL, "offerExpiresAt" = NULL`,
  );
  await db.$executeRawUnsafe(`UPDATE kita_group SET "freePlaces" = places`);
  await db.$executeRawUnsafe('DELETE FROM allocation_run');
}

const instance = generate();
progress(`${childCount} children, ${instance.wishes.length} wishes, ${kitaCount} Kitas`);

// 1. The matching alone.
const input = matchingInput(instance);
const matchMs: number[] = [];
let assigned = 0;
for (let i = 0; i < Math.max(runs, 10); i++) {
  const started = performance.now();
  const result = allocate(input.children, input.kitas);
  matchMs.push(performance.now() - started);
  assigned = [...result.assignment.values()].filter(Boolean).length;
}
progress(`matching alone: median ${round(median(matchMs))} ms, ${assigned} places assigned`);

// 2. The whole run through the subgraph.
const { running, db, keys, close } = await startBenchSubgraph(familySubgraph, 'family_bench');
const staff = { id: randomUUID(), roles: ['staff' as const], department: 'jugendamt' };
const runMs: number[] = [];
const proposeMs: number[] = [];
const releaseMs: number[] = [];
let report: Record<string, number> = {};
try {
  const seeded = performance.now();
  await seed(db, instance);
  progress(`seeded in ${round((performance.now() - seeded) / 1000)} s`);
  for (let i = 0; i < runs; i++) {
    await reset(db);
    const started = performance.now();
    const answer = await subgraphRequest<{
      runKitaAllocation: Record<string, number> & { run: { id: string } };
    }>(
      running.url,
      keys,
      staff,
      'mutation { runKitaAllocation { children offered waitlisted unplaced run { id } } }',
    );
    proposeMs.push(performance.now() - started);
    if (answer.errors) throw new Error(`runKitaAllocation failed: ${JSON.stringify(answer.errors)}`);
    const { run, ...numbers } = answer.data?.runKitaAllocation ?? { run: { id: '' } };
    const released = performance.now();
    const ended = await releaseRun(db, undefined, run.id, 'CONFIRMED');
    releaseMs.push(performance.now() - released);
    runMs.push(performance.now() - started);
    if (ended?.status !== 'RELEASED') throw new Error(`the run was not released: ${ended?.status}`);
    report = numbers;
    progress(
      `run ${i + 1}/${runs}: ${round(runMs.at(-1) ?? 0)} ms (propose ${round(proposeMs.at(-1) ?? 0)}, release ${round(releaseMs.at(-1) ?? 0)}), ${JSON.stringify(report)}`,
    );
  }
  if (report.offered !== assigned)
    throw new Error(`the run offered ${report.offered} places, the matching alone assigns ${assigned}`);
  const offers = await db.wish.count({ where: { status: 'OFFERED' } });
  if (offers !== assigned)
    throw new Error(`the release made ${offers} offers, the matching assigns ${assigned}`);
} finally {
  await close();
}

const result = {
  at: new Date().toISOString(),
  load: loadavg().map((x) => round(x, 2)),
  instance: { children: childCount, kitas: kitaCount, wishes: instance.wishes.length },
  matchingMedianMs: round(median(matchMs)),
  runMedianMs: round(median(runMs)),
  proposeMedianMs: round(median(proposeMs)),
  releaseMedianMs: round(median(releaseMs)),
  runMs: runMs.map((ms) => round(ms)),
  report,
  goalMs: 2000,
};
console.log(JSON.stringify(result, null, 2));
if (write) writeFileSync(path.join(here, 'last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
