/**
 * pnpm bench:energy-year [--runs 30] [--no-write]
 * A year of 15-minute values of one meter (35,040) with costs (issue 20), before
 * and after the binary read, in one run and interleaved (the machine's load
 * moves, so both see the same): "before" is seriesOf on a Prisma client
 * without the pool (the reads as JSON text through Prisma's raw query, the
 * code path before the change), "after" the subgraph's own client (one bytea
 * per query from the pool). Cold: the first call of each after the start (the
 * code not yet JIT-compiled; the rollups are in PostgreSQL's buffers, just written).
 * Same data as bench/energy/run.ts step 3; PostgreSQL from BENCH_DATABASE_URL.
 * The quarters' read alone is also timed two ways: from the packed UTC days
 * (rollup_quarter_day, what the subgraph reads) and with every row packed at
 * read time (the query the subgraph used before the packed days).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addBerlinMonths,
  berlinMidnight,
  bytesOf,
  DAY,
  energySubgraph,
  PrismaClient,
  QUARTER,
  rawQuery,
  rollupColumns,
  secondsAt,
  seriesOf,
} from '@kaarst/energy/bench';
import { prismaPgAdapter } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { median, option, p99, round, startBenchSubgraph, writeResults } from '../common.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const runs = option('runs', 30);

const bench = await startBenchSubgraph(energySubgraph, 'energy_year');
const { running, db, keys } = bench;
// The same database through Prisma alone: the read path before the change.
const prismaOnly = new PrismaClient({ adapter: prismaPgAdapter(bench.databaseUrl) });
const withPool = { db, pool: running.services.pool };
const withoutPool = { db: prismaOnly };
try {
  const owner = randomUUID();
  const id = 'YEAR000001';
  await db.$executeRawUnsafe(
    `INSERT INTO meter (id, "activationCodeHash", district, "ownerId", "linkedAt", "dataLevel", "fineSince")
     VALUES ($1, 'x:y', 'Kaarst', $2::uuid, now(), 'FINE', now())`,
    id,
    owner,
  );
  const from = berlinMidnight(2025, 0, 1);
  const to = addBerlinMonths(from, 12);
  await db.$executeRawUnsafe(
    `INSERT INTO rollup ("meterId", resolution, start, "importWh", "exportWh", "estimatedWh")
     SELECT $1, 'QUARTER', to_timestamp(($2::float8 + i::float8 * 900000) / 1000.0), 60 + 50 * sin(i / 15.0) ^ 2 + (i % 7) * 10, 0, 0
     FROM generate_series(0, $3 - 1) AS i`,
    id,
    from,
    Math.round((to - from) / QUARTER),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO tariff (id, "meterId", "validFrom", "monthlyFeeCents", "energyCtPerKwh", "feedInCtPerKwh", windows, "dynamicPriceList")
     VALUES (gen_random_uuid(), $1, to_timestamp($2::float8 / 1000.0), 1250, 32.4, 7.9,
       '[{"weekdays":[1,2,3,4,5],"fromMinute":1320,"toMinute":360,"ctPerKwh":24.9}]'::jsonb, 'bench-day-ahead')`,
    id,
    from - DAY,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO dynamic_price (list, "validFrom", minutes, "ctPerKwh")
     SELECT 'bench-day-ahead', to_timestamp(($1::float8 + i::float8 * 3600000) / 1000.0), 60, 20 + (i % 24) FROM generate_series(0, 4379) AS i`,
    from + 182 * DAY,
  );
  const meter = await db.meter.findUniqueOrThrow({ where: { id } });
  const timed = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const cold = {
    after: round(await timed(() => seriesOf(withPool, meter, 'QUARTER', from, to))),
    before: round(await timed(() => seriesOf(withoutPool, meter, 'QUARTER', from, to))),
  };
  // Both paths must give the same year.
  const [a, b] = await Promise.all([
    seriesOf(withPool, meter, 'QUARTER', from, to),
    seriesOf(withoutPool, meter, 'QUARTER', from, to),
  ]);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('before and after differ');
  // The read before the packed days: 35,040 rows packed by PostgreSQL at read time.
  const pool = running.services.pool;
  const readRowsPackedAtRead = async () => {
    const [row] = await rawQuery(
      pool,
      `SELECT string_agg(timestamptz_send(start) || float8send("importWh") || float8send("exportWh")
              || float8send("estimatedWh"), ''::bytea) AS packed
       FROM (SELECT start, "importWh", "exportWh", "estimatedWh" FROM rollup
             WHERE "meterId" = $1 AND resolution = 'QUARTER'
               AND start >= to_timestamp($2::float8 / 1000.0) AND start < to_timestamp($3::float8 / 1000.0)
             ORDER BY start) AS ordered`,
      [id, from, to],
    );
    const bytes = bytesOf(row?.packed);
    const starts = new Array<number>(bytes.length / 32);
    for (let i = 0; i < starts.length; i++) starts[i] = secondsAt(bytes, i * 32);
    return starts;
  };
  const packedDays = await rollupColumns(db, pool, id, 'QUARTER', from, to);
  if (JSON.stringify(packedDays.starts) !== JSON.stringify(await readRowsPackedAtRead()))
    throw new Error('the packed days and the rows packed at read differ');
  const readRows: number[] = [];
  const readDays: number[] = [];
  const before: number[] = [];
  const after: number[] = [];
  const graphql: number[] = [];
  const query = `query ($id: ID!, $from: DateTime!, $to: DateTime!) { meter(id: $id) {
    series(resolution: QUARTER, from: $from, to: $to) { starts importKwh costCents costs { totalEur effectiveCtPerKwh } } } }`;
  const variables = { id, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  for (let i = 0; i < runs + 3; i++) {
    const x = await timed(() => seriesOf(withoutPool, meter, 'QUARTER', from, to));
    const y = await timed(() => seriesOf(withPool, meter, 'QUARTER', from, to));
    const r = await timed(readRowsPackedAtRead);
    const d = await timed(() => rollupColumns(db, pool, id, 'QUARTER', from, to));
    const z = await timed(async () => {
      const r = await subgraphRequest(running.url, keys, { id: owner, roles: ['citizen'] }, query, variables);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    });
    if (i < 3) continue;
    readRows.push(r);
    readDays.push(d);
    before.push(x);
    after.push(y);
    graphql.push(z);
  }
  const result = {
    at: new Date().toISOString(),
    load: loadavg().map((l) => Math.round(l * 100) / 100),
    points: a.starts.length,
    totalEur: Math.round(a.costs?.totalCents ?? 0) / 100,
    coldMs: cold,
    quartersReadRowsPackedAtReadMs: { median: round(median(readRows)), p99: round(p99(readRows)) },
    quartersReadPackedDaysMs: { median: round(median(readDays)), p99: round(p99(readDays)) },
    seriesOfBeforeMs: { median: round(median(before)), p99: round(p99(before)) },
    seriesOfAfterMs: { median: round(median(after)), p99: round(p99(after)) },
    graphqlQuarterAfterMs: { median: round(median(graphql)), p99: round(p99(graphql)) },
  };
  console.log(result);
  if (writeResults())
    writeFileSync(path.join(here, 'year-last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await prismaOnly.$disconnect();
  await bench.close();
}
