/**
 * pnpm bench:transit [--queries 200] [--no-write]
 * Transit benchmark (issue 6), on demand only: a generated network of 5,000
 * stops and 500,500 stop_times (generate.ts); its import (time, peak memory of
 * the importing process), the timetable load, and journey planning per query
 * (median, p99) for random stop pairs at random times of a weekday.
 * BENCH_DATABASE_URL puts the database on a PostgreSQL (a fresh schema,
 * dropped after); by default an embedded PGlite in a temporary folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, createPgPool, migrateDatabase, openDatabase, prismaPgAdapter } from '@kaarst/kit';
import { earliestArrival, loadTimetable, PrismaClient, planJourneys } from '@kaarst/transit/bench';
import { DateTime } from 'luxon';
import pg from 'pg';
import { COLUMNS, ROWS, stopId, writeBenchFeed } from './generate.ts';
import { writeResults } from './report.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const transitDir = path.resolve(here, '../../subgraphs/transit');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const queries = option('queries', 200);
/** --import-heap-mb N: run the import with V8's old space capped at N MB (shows what it really needs). */
const importHeapMb = option('import-heap-mb', 0);
const write = !process.argv.includes('--no-write');
const log = createLogger('bench-transit');
const work = mkdtempSync(path.join(tmpdir(), 'kaarst-bench-transit-'));
const benchSchema = `bench_transit_${process.pid}`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
};

function runImport(
  zip: string,
  url: string,
): Promise<{ ms: number; maxRssMb: number; counts: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tsx', [path.join(here, 'import-child.ts'), zip], {
      env: {
        ...process.env,
        TRANSIT_DATABASE_URL: url,
        ...(importHeapMb ? { NODE_OPTIONS: `--max-old-space-size=${importHeapMb}` } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'))
        : reject(new Error(`import failed (${code})`)),
    );
  });
}

try {
  const zip = path.join(work, 'bench-feed.zip');
  let started = performance.now();
  const feed = await writeBenchFeed(zip);
  const generateMs = performance.now() - started;
  log.info({ ...feed, zipMb: statSync(zip).size / 1e6, generateMs }, 'feed generated');

  const base = process.env.BENCH_DATABASE_URL;
  const database = await openDatabase({
    service: benchSchema,
    ...(base ? { url: base } : { embeddedDir: path.join(work, 'pgdata') }),
    log,
  });
  try {
    await migrateDatabase(database, transitDir, log);
    const imported = await runImport(zip, database.url);
    log.info(imported, 'imported');

    const db = new PrismaClient({
      adapter: prismaPgAdapter(database.url, createPgPool(database.url, { max: 1 })),
    });
    const heapBefore = process.memoryUsage().heapUsed;
    started = performance.now();
    const tt = await loadTimetable(db);
    const loadMs = performance.now() - started;
    if (!tt) throw new Error('no active feed after the import');
    global.gc?.();
    const timetableHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

    // Random pairs at random minutes between 06:00 and 18:00 on a Thursday, the same every run.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const day = DateTime.fromISO('2026-11-26T00:00', { zone: 'Europe/Berlin' });
    const cases = Array.from({ length: queries }, () => ({
      from: tt.stopIndex.get(stopId(Math.floor(next() * ROWS), Math.floor(next() * COLUMNS))) ?? 0,
      to: tt.stopIndex.get(stopId(Math.floor(next() * ROWS), Math.floor(next() * COLUMNS))) ?? 0,
      departAtMs: day.plus({ minutes: 360 + Math.floor(next() * 720) }).toMillis(),
    }));
    const series: Record<string, { ms: number[]; found: number; transfers: number }> = {};
    const kinds = [
      ['earliest arrival', 0],
      ['1 journey (API limit 1)', 1],
      ['3 journeys (API default)', 3],
    ] as const;
    for (const wheelchairOnly of [false, true])
      for (const [kind, limit] of kinds) {
        const name = `${wheelchairOnly ? 'wheelchairOnly' : 'any'}, ${kind}`;
        const entry = { ms: [] as number[], found: 0, transfers: 0 };
        // limit 0: one RAPTOR run from departAt (the earliest arrival); else the Pareto journeys.
        const plan = (query: (typeof cases)[number]) =>
          limit === 0
            ? [earliestArrival(tt, { ...query, wheelchairOnly })].filter((j) => j !== null)
            : planJourneys(tt, { ...query, wheelchairOnly }, limit);
        for (const query of cases.slice(0, 10)) plan(query); // warm-up
        for (const query of cases) {
          const t0 = performance.now();
          const journeys = plan(query);
          entry.ms.push(performance.now() - t0);
          if (journeys[0]) {
            entry.found++;
            entry.transfers += journeys[0].transfers;
          }
        }
        series[name] = entry;
        log.info({ name, ...summary(entry.ms) }, 'queries done');
      }
    await db.$disconnect();

    const results = {
      at: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadavg: loadavg() },
      database: base ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'embedded PGlite',
      feed: { ...feed, zipMb: statSync(zip).size / 1e6, generateMs },
      import: { ...imported, heapLimitMb: importHeapMb || null },
      timetable: {
        loadMs,
        heapMb: timetableHeapMb,
        patterns: tt.patternTripStart.length - 1,
        footpaths: tt.footpathTo.length,
      },
      queries: Object.fromEntries(
        Object.entries(series).map(([name, s]) => [
          name,
          {
            count: s.ms.length,
            ...summary(s.ms),
            found: s.found,
            meanTransfers: s.found ? s.transfers / s.found : 0,
          },
        ]),
      ),
    };
    console.log(JSON.stringify(results, null, 2));
    if (write) writeResults(results);
  } finally {
    await database.close();
    if (base) {
      const url = new URL(base);
      url.searchParams.delete('schema');
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${benchSchema}" CASCADE`);
      await client.end();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
