/**
 * What the gateway's cross-cutting features cost, as configurations of one
 * gateway under the same HTTP load, in one run. Suites:
 * - observability: (a) metrics and tracing off, (b) metrics on, (c) metrics and
 *   tracing on, OTLP spans sent to a collector stand-in;
 * - protection: (a) the gateway's checks off (GATEWAY_CHECKS=off), (b) all on:
 *   operation limits and cost, authorization directives, registered documents
 *   enforced, an API key verified and rate-limited in memory, (c) the same with
 *   the rate limit counted in Redis.
 * Each configuration gets fresh processes (subgraphs and gateway, with that
 * configuration's environment); the order rotates from round to round; medians
 * over the rounds.
 *
 *   pnpm --filter @kaarst/bench bench:observability [--suite protection] [--rounds 3] [--warmup 5]
 *     [--duration 20] [--connections 50] [--no-write]
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { signApiKey } from '@kaarst/kit';
import autocannon from 'autocannon';
import { exportJWK, generateKeyPair } from 'jose';
import {
  cores,
  GATEWAY_CORE,
  LOAD_CORE,
  log,
  pinned,
  pinRunner,
  SUPERGRAPH,
  tsScript,
} from '../subscriptions/options.ts';
import { type Child, freePort, startChild, waitForGraphQL } from '../subscriptions/processes.ts';
import { type Measurement, writeReport } from './report.ts';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i > 0 ? process.argv[i + 1] : fallback);
};
const rounds = option('rounds', 3);
const warmupSeconds = option('warmup', 5);
const durationSeconds = option('duration', 20);
const connections = option('connections', 50);
const write = !process.argv.includes('--no-write');

// Sent with every request; verified and rate-limited where the checks are on (its rate is far above the load).
let apiKey = '';

/** One query that needs both subgraphs: the signed-in citizen and her appointments (entity fetch). */
const QUERY = 'query MeWithAppointments { me { displayName appointments { code start } } }';

const SUITES: Record<string, Record<string, Record<string, string>>> = {
  observability: {
    off: { METRICS_ENABLED: 'false' },
    metrics: { METRICS_ENABLED: 'true' },
    'metrics+tracing': { METRICS_ENABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: '' /* set below */ },
  },
  protection: {
    'checks off': { METRICS_ENABLED: 'false', GATEWAY_CHECKS: 'off' },
    'all checks': { METRICS_ENABLED: 'false', TRUSTED_DOCUMENTS: 'enforce' },
    'all checks, Redis': {
      METRICS_ENABLED: 'false',
      TRUSTED_DOCUMENTS: 'enforce',
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    },
  },
};
const suiteIndex = process.argv.indexOf('--suite');
const suite = suiteIndex > 0 ? (process.argv[suiteIndex + 1] ?? '') : 'observability';
const CONFIGURATIONS = SUITES[suite] ?? {};
if (!SUITES[suite]) throw new Error(`--suite must be one of ${Object.keys(SUITES).join(', ')}`);
type Configuration = string;

/** Stands in for an OpenTelemetry collector: accepts OTLP/HTTP posts and counts them. */
async function startCollector(): Promise<{ url: string; posts: () => number; bytes: () => number }> {
  let posts = 0;
  let bytes = 0;
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    request.on('end', () => {
      posts++;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  server.unref();
  return { url: `http://127.0.0.1:${port}`, posts: () => posts, bytes: () => bytes };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify({
      query: 'mutation { signIn(email: "anna.schmitz@example.org", password: "kaarst-demo") { token } }',
    }),
  });
  const body = (await response.json()) as { data?: { signIn?: { token: string } } };
  if (!body.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.signIn.token;
}

const headersFor = (token: string) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  'x-api-key': apiKey,
});

function load(url: string, token: string, expected: string, seconds: number) {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: headersFor(token),
    body: JSON.stringify({ query: QUERY }),
    // Every answer must be the full, correct one: a fast error would not count.
    expectBody: expected,
  });
}

async function measure(
  configuration: Configuration,
  round: number,
  baseEnv: NodeJS.ProcessEnv,
  collector: Awaited<ReturnType<typeof startCollector>>,
): Promise<Measurement> {
  const env: NodeJS.ProcessEnv = { ...baseEnv, ...CONFIGURATIONS[configuration] };
  if (configuration === 'metrics+tracing') env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
  else delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const children: Child[] = [];
  try {
    const subgraphs = startChild('subgraphs', LOAD_CORE, tsScript('subgraphs.ts'), env);
    children.push(subgraphs);
    const ready = (await subgraphs.next('ready', 240_000)) as unknown as {
      citizens: string;
      appointments: string;
    };
    const port = await freePort();
    const gateway = startChild('gateway', GATEWAY_CORE, tsScript('gateways/kaarst.ts'), {
      ...env,
      PORT: String(port),
      SUPERGRAPH_PATH: SUPERGRAPH,
      SUBGRAPH_APPOINTMENTS_URL: ready.appointments,
      SUBGRAPH_CITIZENS_URL: ready.citizens,
    });
    children.push(gateway);
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitForGraphQL(url, gateway, 120_000, { 'x-api-key': apiKey });
    const token = await signIn(url);
    const sample = await fetch(url, {
      method: 'POST',
      headers: headersFor(token),
      body: JSON.stringify({ query: QUERY }),
    });
    const expected = await sample.text();
    if (!expected.includes('"displayName"') || expected.includes('"errors"'))
      throw new Error(`unexpected answer: ${expected}`);
    await load(url, token, expected, warmupSeconds);
    const postsBefore = collector.posts();
    const result = await load(url, token, expected, durationSeconds);
    const measurement: Measurement = {
      configuration,
      round,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
      otlpPosts: collector.posts() - postsBefore,
    };
    log(
      `  round ${round} ${configuration}: ${measurement.requestsPerSecond.toFixed(0)} req/s, ` +
        `p50 ${measurement.p50} ms, p99 ${measurement.p99} ms, failures ${measurement.failures}, ` +
        `OTLP posts ${measurement.otlpPosts}`,
    );
    return measurement;
  } finally {
    await Promise.all(children.reverse().map((child) => child.stop()));
  }
}

async function main() {
  pinRunner();
  log(
    `observability benchmark: ${rounds} round(s), warm-up ${warmupSeconds} s, measure ${durationSeconds} s, ` +
      `${connections} connections; ${pinned ? `gateway alone on core ${GATEWAY_CORE}, subgraphs + load on core ${LOAD_CORE}` : `not pinned (${cores} cores)`}`,
  );
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  apiKey = (
    await signApiKey(
      { signingKey: privateKey, verifyKey: publicKey, internalSecret: new Uint8Array(32) },
      { ownerId: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', ratePerMinute: 100_000 },
    )
  ).key;
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_JWT_PRIVATE_KEY: JSON.stringify(await exportJWK(privateKey)),
    HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  delete baseEnv.REDIS_URL;
  delete baseEnv.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) baseEnv.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const collector = await startCollector();
  const names = Object.keys(CONFIGURATIONS) as Configuration[];
  const measurements: Measurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    const shift = (round - 1) % names.length;
    for (const configuration of [...names.slice(shift), ...names.slice(0, shift)]) {
      measurements.push(await measure(configuration, round, baseEnv, collector));
    }
  }
  await writeReport(measurements, {
    suite,
    rounds,
    warmupSeconds,
    durationSeconds,
    connections,
    pinned,
    write,
  });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
