/**
 * pnpm bench:energy [--meters 200] [--seconds 1500] [--runs 30] [--no-write]
 * Energy benchmark (issue 20), on demand only, on PostgreSQL (BENCH_DATABASE_URL,
 * default the machine's test database; a fresh schema, dropped after) and the
 * MQTT broker on 127.0.0.1:1883 (BENCH_MQTT_URL):
 * 1. sustained ingest: readers in a child process publish meters × seconds
 *    readings over MQTT (QoS 1) to one energy subgraph instance; readings
 *    stored per second, from the first publish until the last row is in;
 * 2. a year of 15-minute values of one meter (35,040) with costs under a
 *    tariff with a night window and hourly dynamic prices: seriesOf (rollups
 *    read + costs) and the same through the subgraph's GraphQL, median and p99;
 * 3. appliance detection on the synthetic household (seed 20, 14 days of 1 s
 *    power, and the same averaged to 5 s): precision and recall per appliance.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addBerlinMonths,
  berlinMidnight,
  DAY,
  detectAppliances,
  energySubgraph,
  generateHousehold,
  IngestService,
  type PrismaClient,
  QUARTER,
  type Reading,
  scoreDetection,
  seriesOf,
} from '@kaarst/energy/bench';
import { generateHubKeys, startSubgraph } from '@kaarst/kit';
import { subgraphRequest, testDatabase } from '@kaarst/kit/testing';
import { median, option, p99, round, writeResults } from '../common.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const meters = option('meters', 200);
const seconds = option('seconds', 1500);
const runs = option('runs', 30);
const write = writeResults();
const mqttUrl = process.env.BENCH_MQTT_URL ?? 'mqtt://127.0.0.1:1883';
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const prefix = `kaarst-bench/${process.pid}`;
process.env.MQTT_URL = mqttUrl;
process.env.MQTT_TOPIC_PREFIX = prefix;
process.env.LOG_LEVEL ??= 'warn';

const summary = (ms: number[]) => ({ median: median(ms), p99: p99(ms) });

const database = testDatabase('energy_bench');
const eventsDir = mkdtempSync(path.join(tmpdir(), 'kaarst-bench-energy-'));
const keys = await generateHubKeys();
const running = await startSubgraph(energySubgraph, {
  ...(database.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
  port: 0,
  keys,
  demoData: false,
  accountEvents: { dir: eventsDir },
});
const db = running.db as PrismaClient;
const count = async (sql: string) => Number((await db.$queryRawUnsafe<[{ n: bigint }]>(sql))[0].n);

try {
  // Meters registered and opted in, straight in the table (registration is not what is measured).
  const owner = randomUUID();
  await db.$executeRawUnsafe(
    `INSERT INTO meter (id, "activationCodeHash", district, "ownerId", "linkedAt", "dataLevel", "fineSince")
     SELECT 'BENCH' || lpad(i::text, 6, '0'), 'x:y', 'Kaarst', $1::uuid, now(), 'FINE', now() FROM generate_series(0, $2 - 1) AS i`,
    owner,
    meters + 1,
  );

  // 1. Sustained ingest over MQTT.
  const expected = meters * seconds;
  const start = Date.now() - seconds * 1000 - 60_000;
  const began = performance.now();
  const child = spawn(
    'tsx',
    [path.join(here, 'publish-child.ts'), mqttUrl, prefix, String(meters), String(seconds), String(start)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const closed = new Promise((resolve) => child.on('close', resolve));
  let childOut = '';
  child.stdout.on('data', (chunk) => {
    childOut += chunk;
  });
  const samples: Array<{ t: number; n: number }> = [];
  let stored = 0;
  while (stored < expected && performance.now() - began < 600_000) {
    await new Promise((r) => setTimeout(r, 500));
    stored = await count('SELECT count(*) AS n FROM reading');
    samples.push({ t: performance.now() - began, n: stored });
  }
  await closed;
  const ingestMs = samples.at(-1)?.t ?? 0;
  const publisher = JSON.parse(childOut.trim() || '{}') as { published?: number; ms?: number };
  const perSecond = samples
    .slice(1)
    .map((s, i) => ((s.n - (samples[i]?.n ?? 0)) * 1000) / (s.t - (samples[i]?.t ?? 0)));
  const quarters = await count(`SELECT count(*) AS n FROM rollup WHERE resolution = 'QUARTER'`);
  const ingest = {
    readings: expected,
    stored,
    seconds: round(ingestMs / 1000),
    readingsPerSecond: Math.round((stored * 1000) / ingestMs),
    medianWindowPerSecond: Math.round(summary(perSecond).median),
    publisherPerSecond: Math.round(((publisher.published ?? 0) * 1000) / (publisher.ms ?? 1)),
    quarterRollups: quarters,
  };
  console.log('ingest', ingest);

  // 1b. The store alone: IngestService batches of 5,000 (what one MQTT batch is), no broker, no parsing.
  const service = new IngestService(db, null, running.log);
  const directSeconds = Math.max(1, Math.round(100_000 / meters));
  const direct0 = performance.now();
  let directStored = 0;
  let batch: Array<{ checked: { ok: true; value: Reading } }> = [];
  const flushDirect = async () => {
    directStored += (await service.ingest(batch)).stored;
    batch = [];
  };
  for (let s = 0; s < directSeconds; s++)
    for (let m = 0; m < meters; m++) {
      const at = start + (seconds + 60 + s) * 1000;
      const value: Reading = {
        meterId: `BENCH${String(m).padStart(6, '0')}`,
        at,
        importWh: (1000 + m) * 1000 + 5000 + s * 0.3,
        exportWh: null,
        powerW: 1080,
      };
      batch.push({ checked: { ok: true, value } });
      if (batch.length === 5000) await flushDirect();
    }
  if (batch.length) await flushDirect();
  const directIngest = {
    stored: directStored,
    readingsPerSecond: Math.round((directStored * 1000) / (performance.now() - direct0)),
  };
  console.log('direct ingest', directIngest);

  // 2. A year of quarters with costs.
  const yearMeter = `BENCH${String(meters).padStart(6, '0')}`;
  const from = berlinMidnight(2025, 0, 1);
  const to = addBerlinMonths(from, 12);
  const n = Math.round((to - from) / QUARTER);
  await db.$executeRawUnsafe(
    `INSERT INTO rollup ("meterId", resolution, start, "importWh", "exportWh", "estimatedWh")
     SELECT $1, 'QUARTER', to_timestamp(($2::float8 + i::float8 * 900000) / 1000.0), 60 + 50 * sin(i / 15.0) ^ 2 + (i % 7) * 10, 0, 0
     FROM generate_series(0, $3 - 1) AS i`,
    yearMeter,
    from,
    n,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO tariff (id, "meterId", "validFrom", "monthlyFeeCents", "energyCtPerKwh", "feedInCtPerKwh", windows, "dynamicPriceList")
     VALUES (gen_random_uuid(), $1, to_timestamp($2::float8 / 1000.0), 1250, 32.4, 7.9,
       '[{"weekdays":[1,2,3,4,5],"fromMinute":1320,"toMinute":360,"ctPerKwh":24.9}]'::jsonb, 'bench-day-ahead')`,
    yearMeter,
    from - DAY,
  );
  // Hourly dynamic prices for the second half of the year.
  await db.$executeRawUnsafe(
    `INSERT INTO dynamic_price (list, "validFrom", minutes, "ctPerKwh")
     SELECT 'bench-day-ahead', to_timestamp(($1::float8 + i::float8 * 3600000) / 1000.0), 60, 20 + (i % 24) FROM generate_series(0, 4379) AS i`,
    from + 182 * DAY,
  );
  const meter = await db.meter.findUniqueOrThrow({ where: { id: yearMeter } });
  const direct: number[] = [];
  let points = 0;
  let totalEur = 0;
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const s = await seriesOf({ db, pool: running.services.pool }, meter, 'QUARTER', from, to);
    if (i >= 3) direct.push(performance.now() - t);
    points = s.starts.length;
    totalEur = (s.costs?.totalCents ?? 0) / 100;
  }
  const viewer = { id: owner, roles: ['citizen' as const] };
  const query = `query ($id: ID!, $from: DateTime!, $to: DateTime!) { meter(id: $id) {
    series(resolution: QUARTER, from: $from, to: $to) { starts importKwh costCents costs { totalEur effectiveCtPerKwh } } } }`;
  const graph: number[] = [];
  const daily: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const r = await subgraphRequest(running.url, keys, viewer, query, {
      id: yearMeter,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    if (i >= 3) graph.push(performance.now() - t);
    const u = performance.now();
    await subgraphRequest(running.url, keys, viewer, query.replace('QUARTER', 'DAY'), {
      id: yearMeter,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
    if (i >= 3) daily.push(performance.now() - u);
  }
  const year = {
    points,
    totalEur: round(totalEur, 2),
    seriesOfMs: summary(direct),
    graphqlQuarterMs: summary(graph),
    graphqlDayBarsMs: summary(daily),
  };
  console.log('year', year);

  // 3. Appliance detection on the synthetic household.
  const household = generateHousehold({ seed: 20, start: berlinMidnight(2026, 0, 5), days: 14 });
  const t = performance.now();
  const detected = detectAppliances({ at: household.at, watts: household.watts }, 32);
  const detectMs = performance.now() - t;
  const scores = scoreDetection(detected.signatures, household.truth);
  const coarseAt: number[] = [];
  const coarseWatts: number[] = [];
  for (let i = 0; i + 5 <= household.watts.length; i += 5) {
    coarseAt.push(household.at[i] as number);
    let sum = 0;
    for (let k = i; k < i + 5; k++) sum += household.watts[k] as number;
    coarseWatts.push(sum / 5);
  }
  const every5 = scoreDetection(
    detectAppliances({ at: coarseAt, watts: coarseWatts }, 32).signatures,
    household.truth,
  );
  const appliances = {
    samples: household.at.length,
    detectMs: Math.round(detectMs),
    signatures: detected.signatures.length,
    perAppliance: scores.map((s) => ({
      appliance: s.appliance,
      true: s.trueActivations,
      detected: s.detectedActivations,
      precision: s.precision === null ? null : round(s.precision, 3),
      recall: round(s.recall, 3),
      trueKwh: round(s.trueKwh, 1),
      estimatedKwh: round(s.estimatedKwh, 1),
      precision5s: (() => {
        const e = every5.find((x) => x.appliance === s.appliance);
        return e?.precision == null ? null : round(e.precision, 3);
      })(),
      recall5s: round(every5.find((x) => x.appliance === s.appliance)?.recall ?? 0, 3),
    })),
  };
  console.table(appliances.perAppliance);

  const result = {
    at: new Date().toISOString(),
    load: loadavg().map((l) => round(l, 2)),
    meters,
    seconds,
    ingest,
    directIngest,
    year,
    appliances,
  };
  if (write) writeFileSync(path.join(here, 'last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await running.close();
  await database.dispose();
  rmSync(eventsDir, { recursive: true, force: true });
}
