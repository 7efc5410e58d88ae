/**
 * Subscription benchmark runner (on demand, not part of tests or CI):
 *
 *   pnpm --filter @kaarst/bench bench:subscriptions [--gateways kaarst,kaarst-staff,hive,mercurius]
 *     [--subscribers 1000,5000] [--rounds 3] [--warmup 5] [--duration 30] [--rate 20]
 *     [--batch 250] [--client raw|graphql-ws] [--no-write] [--help]
 *
 * One process each: the subgraphs, the gateway under test and the load (N
 * graphql-ws subscribers plus the bookings that make the events). With two or
 * more cores the gateway is pinned to core 1 and everything else to core 0
 * (taskset). Gateways alternate within each round; figures are medians over
 * rounds. Results go to bench/RESULTS.md (between the generated-results
 * markers) and bench/subscriptions/last-run.json. BENCH_DEBUG=1 makes the load
 * print the gateway hop per second of the window (to see a queue build up).
 *
 * The runner's parts: options.ts (options, paths, cores), processes.ts (the
 * child processes), gateways-under-test.ts, phase.ts (one gateway under one
 * subscriber count) and report.ts (RESULTS.md and last-run.json).
 */
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { GATEWAYS, type GatewayUnderTest } from './gateways-under-test.ts';
import {
  cores,
  GATEWAY_CORE,
  gatewayNames,
  LOAD_CORE,
  log,
  measureSeconds,
  pinned,
  pinRunner,
  rate,
  rounds,
  SUPERGRAPH,
  subscriberCounts,
  tsScript,
  warmupSeconds,
  write,
} from './options.ts';
import { type PhaseResult, runPhase } from './phase.ts';
import { startChild } from './processes.ts';
import { summarize, writeLastRun, writeResults } from './report.ts';
import { peerContextToken } from './shared.ts';

if (process.argv.includes('--help')) {
  console.log(
    [
      'pnpm --filter @kaarst/bench bench:subscriptions [options]',
      '  --gateways a,b     gateways side by side in one run (default kaarst,kaarst-staff,hive,mercurius):',
      ...Object.entries(GATEWAYS).map(([name, g]) => `                       ${name}: ${g.label}`),
      '  --subscribers n,m  subscriber counts (default 1000,5000)',
      '  --rounds n         rounds, gateways alternating (default 3)',
      '  --warmup s         warm-up seconds (default 5); --duration s measured seconds (default 30)',
      '  --rate n           bookings (events) per second (default 20)',
      '  --batch n          subscribers connecting at once (default 250)',
      "  --client raw|graphql-ws  the load's subscribers (default raw: raw sockets, each distinct message parsed once)",
      '  --no-write         do not write bench/RESULTS.md and last-run.json',
      "BENCH_BASELINE_DIR=<checkout> enables kaarst-baseline (that checkout's gateway).",
    ].join('\n'),
  );
  process.exit(0);
}
pinRunner();
for (const name of gatewayNames) if (!GATEWAYS[name]) throw new Error(`unknown gateway "${name}"`);

async function main() {
  log(
    `subscription benchmark: gateways ${gatewayNames.join(', ')}; subscribers ${subscriberCounts.join(', ')}; ` +
      `${rounds} round(s); ${rate} events/s; warm-up ${warmupSeconds} s, measure ${measureSeconds} s`,
  );
  log(
    pinned
      ? `pinned with taskset: gateway on core ${GATEWAY_CORE}; subgraphs, load and runner on core ${LOAD_CORE}`
      : `not pinned (${cores} core(s) or no taskset)`,
  );

  // Fresh hub keys for this run, handed to every process through the environment (kit's loadHubKeys).
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const internalSecret = randomBytes(32).toString('base64url');
  const peerToken = await peerContextToken(new TextEncoder().encode(internalSecret));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_JWT_PRIVATE_KEY: JSON.stringify(privateJwk),
    HUB_INTERNAL_SECRET: internalSecret,
    HUB_CONTEXT_TOKEN: peerToken,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    // Every subscriber connects from 127.0.0.1: the per-address cap (32) would refuse all but 32.
    WS_MAX_CONNECTIONS_PER_ADDRESS: '0',
  };
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;

  log('starting the citizens and appointments subgraphs on throw-away databases');
  const subgraphs = startChild('subgraphs', LOAD_CORE, tsScript('subgraphs.ts'), env);
  const ready = (await subgraphs.next('ready', 240_000)) as unknown as {
    citizens: string;
    appointments: string;
  };
  log(`  subgraphs up: appointments ${ready.appointments}, citizens ${ready.citizens}`);
  env.SUPERGRAPH_PATH = SUPERGRAPH;
  env.SUBGRAPH_APPOINTMENTS_URL = ready.appointments;
  env.SUBGRAPH_CITIZENS_URL = ready.citizens;

  const results: PhaseResult[] = [];
  const broken = new Map<string, string>();
  let firstDay = 2;
  try {
    for (let round = 1; round <= rounds; round++) {
      // Alternate the order of gateways from round to round.
      const shift = (round - 1) % gatewayNames.length;
      const order = [...gatewayNames.slice(shift), ...gatewayNames.slice(0, shift)];
      for (const subscribers of subscriberCounts) {
        for (const name of order) {
          const gateway = GATEWAYS[name] as GatewayUnderTest;
          if (broken.has(name)) continue;
          const phase = await runPhase(gateway, subscribers, round, env, ready, firstDay, subgraphs.pid);
          firstDay = phase.lastDay;
          const { lastDay: _, ...kept } = phase;
          results.push(kept);
          // A gateway that cannot even start is not tried again.
          if (phase.error && phase.rssIdle === undefined) broken.set(name, phase.error);
        }
      }
    }
  } finally {
    const errors = subgraphs.output.filter((line) => line.includes('"level":50'));
    if (errors.length > 0)
      log(`subgraph errors logged (last ${errors.length} kept), last: ${errors.at(-1)?.slice(0, 600)}`);
    await subgraphs.stop();
  }

  const report = summarize(results, broken);
  console.log(`\n${report}`);
  if (write) {
    writeLastRun(results);
    writeResults(report);
    log('wrote bench/RESULTS.md and bench/subscriptions/last-run.json');
  }
}

await main();
