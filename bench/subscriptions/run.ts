/**
 * Subscription benchmark runner (on demand, not part of tests or CI):
 *
 *   pnpm --filter @kaarst/bench bench:subscriptions [--gateways kaarst,kaarst-staff,hive,mercurius]
 *     [--subscribers 1000,5000] [--rounds 3] [--warmup 5] [--duration 30] [--rate 20] [--no-write]
 *
 * One process each: the subgraphs, the gateway under test and the load (N
 * graphql-ws subscribers plus the bookings that make the events). With two or
 * more cores the gateway is pinned to core 1 and everything else to core 0
 * (taskset). Gateways alternate within each round; figures are medians over
 * rounds. Results go to bench/RESULTS.md (between the generated-results
 * markers) and bench/subscriptions/last-run.json. BENCH_DEBUG=1 makes the load
 * print the gateway hop per second of the window (to see a queue build up).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';
import {
  type ChildMessage,
  cpuSeconds,
  type LoadConfig,
  type LoadResult,
  peerContextToken,
  processTree,
  rssBytes,
  sleep,
} from './shared.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCH = path.resolve(HERE, '..');
const ROOT = path.resolve(BENCH, '..');
const SUPERGRAPH = path.join(ROOT, 'schema', 'supergraph.graphql');
const TSX = import.meta.resolve('tsx');
/** The hive-gateway CLI (bin.js beside the package's entry point). */
const HIVE_BIN = fileURLToPath(new URL('bin.js', import.meta.resolve('@graphql-hive/gateway')));

// ---- Options ----

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}
const gatewayNames = option('gateways', 'kaarst,kaarst-staff,hive,mercurius').split(',');
const subscriberCounts = option('subscribers', '1000,5000').split(',').map(Number);
const rounds = Number(option('rounds', '3'));
const warmupSeconds = Number(option('warmup', '5'));
const measureSeconds = Number(option('duration', '30'));
const rate = Number(option('rate', '20'));
const connectBatch = Number(option('batch', '250'));
const write = !process.argv.includes('--no-write');

const started = Date.now();
const log = (text: string) => {
  const t = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  console.log(`[${t}s] ${text}`);
};

// ---- Cores ----

const cores = os.availableParallelism();
const pinned = cores >= 2 && spawnSync('taskset', ['-V']).status === 0;
const GATEWAY_CORE = '1';
const LOAD_CORE = '0';
if (pinned) spawnSync('taskset', ['-a', '-cp', LOAD_CORE, String(process.pid)], { stdio: 'ignore' });

// ---- Child processes ----

interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  messages: ChildMessage[];
  /** Last lines of stderr and non-JSON stdout, for error reports. */
  output: string[];
  exited: Promise<number | null>;
  next(type: ChildMessage['type'] | 'phase', timeoutMs: number, phase?: string): Promise<ChildMessage>;
  stop(): Promise<void>;
}

function startChild(name: string, core: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const command = pinned ? 'taskset' : process.execPath;
  const argv = pinned ? ['-c', core, process.execPath, ...args] : args;
  const child = spawn(command, argv, { cwd: BENCH, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const messages: ChildMessage[] = [];
  const output: string[] = [];
  const waiters: Array<() => void> = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    let message: ChildMessage | undefined;
    try {
      message = JSON.parse(line) as ChildMessage;
    } catch {
      keep(line);
    }
    if (!message || typeof message !== 'object' || !('type' in message)) {
      if (message) keep(line); // a log line (pino)
      return;
    }
    if (message.type === 'error') keep(message.message);
    if (message.type === 'progress') log(`  ${name.startsWith('load') ? '' : `${name}: `}${message.text}`);
    messages.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let consumed = 0;
  const result: Child = {
    name,
    process: child,
    pid: child.pid as number,
    messages,
    output,
    exited,
    async next(type, timeoutMs, phase) {
      const deadline = Date.now() + timeoutMs;
      let gone = false;
      void exited.then(() => {
        gone = true;
        for (const wake of waiters.splice(0)) wake();
      });
      for (;;) {
        while (consumed < messages.length) {
          const message = messages[consumed++] as ChildMessage;
          if (message.type === 'error') throw new Error(`${name}: ${message.message}`);
          if (message.type === type && (!phase || (message.type === 'phase' && message.phase === phase)))
            return message;
        }
        const left = deadline - Date.now();
        if (gone || left <= 0) {
          throw new Error(
            `${name}: ${gone ? 'exited' : 'timed out'} waiting for ${phase ?? type}\n${output.join('\n')}`,
          );
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left).unref();
        });
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  return result;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Until the gateway answers `{ __typename }` over HTTP (or its process ends). */
async function waitForGraphQL(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${child.name} exited before serving:\n${child.output.join('\n')}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await response.json()) as { data?: { __typename?: string } };
      if (response.ok && body.data?.__typename === 'Query') return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`${child.name} did not serve within ${timeoutMs} ms:\n${child.output.join('\n')}`);
    await sleep(250);
  }
}

// ---- The gateways ----

interface GatewayUnderTest {
  name: string;
  label: string;
  kind: LoadConfig['kind'];
  settings: string;
  start(port: number, env: NodeJS.ProcessEnv): Child;
}

const tsScript = (file: string) => ['--import', TSX, path.join(HERE, 'gateways', file)];
const GATEWAYS: Record<string, GatewayUnderTest> = {
  kaarst: {
    name: 'kaarst',
    label: 'Kaarst gateway (ours)',
    kind: 'public',
    settings:
      '`createGateway` from @kaarst/gateway as `npm start` builds it (Apollo Gateway 2.14 + Apollo Server 5 on Fastify, graphql-ws on /graphql), supergraph schema/supergraph.graphql with `subgraphUrls`; LOG_LEVEL=warn; run with tsx.',
    start: (port, env) =>
      startChild('kaarst', GATEWAY_CORE, tsScript('kaarst.ts'), { ...env, PORT: String(port) }),
  },
  'kaarst-staff': {
    name: 'kaarst-staff',
    label: 'Kaarst gateway (ours), staff subscription',
    kind: 'staff',
    settings:
      'The same gateway; subscribers send a staff session token in connection_init and subscribe to `appointmentBooked`, whose `citizen { displayName }` is an entity fetch into the citizens subgraph per event.',
    start: (port, env) =>
      startChild('kaarst-staff', GATEWAY_CORE, tsScript('kaarst.ts'), { ...env, PORT: String(port) }),
  },
  hive: {
    name: 'hive',
    label: 'Hive Gateway 2.15.1 (JS runtime)',
    kind: 'public',
    settings:
      'The `hive-gateway supergraph schema/supergraph.graphql --host 127.0.0.1 --port <p> -c gateways/hive.config.ts` CLI with its defaults (1 worker, no --jit, polling 10 s); set in the config: subgraph URLs, the static `x-hub-context` header, and subscriptions to subgraphs over graphql-ws (`kind: "ws"`, the token in connection_init); LOG_LEVEL=warn in its environment.',
    start: (port, env) =>
      startChild(
        'hive',
        GATEWAY_CORE,
        [
          HIVE_BIN,
          'supergraph',
          SUPERGRAPH,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--config-path',
          path.join(HERE, 'gateways', 'hive.config.ts'),
        ],
        env,
      ),
  },
  mercurius: {
    name: 'mercurius',
    label: "Mercurius' gateway (@mercuriusjs/gateway 5.2.0)",
    kind: 'public',
    settings:
      '`@mercuriusjs/gateway` registered on Fastify 5 with `subscription: true` and two services (url, wsUrl, the static `x-hub-context` as header and as connection_init payload); everything else default; run with tsx.',
    start: (port, env) =>
      startChild('mercurius', GATEWAY_CORE, tsScript('mercurius.ts'), { ...env, PORT: String(port) }),
  },
};
for (const name of gatewayNames) if (!GATEWAYS[name]) throw new Error(`unknown gateway "${name}"`);

// ---- One phase: one gateway, one subscriber count ----

interface PhaseResult {
  gateway: string;
  round: number;
  subscribers: number;
  error?: string;
  load?: LoadResult;
  rssIdle?: number;
  rssConnected?: number;
  rssLoaded?: number;
  rssPeak?: number;
  gatewayCpuSeconds?: number;
  windowSeconds?: number;
  loadCpuSeconds?: number;
  subgraphsCpuSeconds?: number;
  gatewayProcesses?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function runPhase(
  gateway: GatewayUnderTest,
  subscribers: number,
  round: number,
  env: NodeJS.ProcessEnv,
  urls: { appointments: string },
  firstDay: number,
  subgraphsPid: number,
): Promise<PhaseResult & { lastDay: number }> {
  const result: PhaseResult = { gateway: gateway.name, round, subscribers };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  log(`round ${round} · ${gateway.name} · ${subscribers} subscribers: starting the gateway`);
  const child = gateway.start(port, env);
  let load: Child | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    await waitForGraphQL(url, child, 90_000);
    await sleep(3000);
    const idle: number[] = [];
    for (let i = 0; i < 3; i++) {
      idle.push(rssBytes(processTree(child.pid)));
      await sleep(500);
    }
    result.rssIdle = median(idle);
    log(`  gateway up; idle RSS ${(result.rssIdle / 2 ** 20).toFixed(0)} MiB; connecting subscribers`);

    const config: LoadConfig = {
      gatewayUrl: url,
      appointmentsUrl: urls.appointments,
      subscribers,
      kind: gateway.kind,
      rate,
      warmupSeconds,
      measureSeconds,
      firstDay,
      connectBatch,
    };
    load = startChild(`load:${gateway.name}`, LOAD_CORE, ['--import', TSX, path.join(HERE, 'load.ts')], {
      ...env,
      BENCH_LOAD: JSON.stringify(config),
    });
    await load.next('phase', 180_000, 'connected');
    result.rssConnected = rssBytes(processTree(child.pid));
    await load.next('phase', 60_000, 'measure-start');
    const tree = processTree(child.pid);
    result.gatewayProcesses = tree.length;
    const cpu0 = cpuSeconds(tree);
    const load0 = cpuSeconds([load.pid]);
    const sub0 = cpuSeconds([subgraphsPid]);
    const t0 = performance.now();
    const samples: number[] = [];
    sampler = setInterval(() => samples.push(rssBytes(processTree(child.pid))), 1000);
    await load.next('phase', (measureSeconds + 30) * 1000, 'measure-end');
    clearInterval(sampler);
    result.windowSeconds = (performance.now() - t0) / 1000;
    result.gatewayCpuSeconds = cpuSeconds(processTree(child.pid)) - cpu0;
    result.loadCpuSeconds = cpuSeconds([load.pid]) - load0;
    result.subgraphsCpuSeconds = cpuSeconds([subgraphsPid]) - sub0;
    result.rssLoaded = median(samples);
    result.rssPeak = Math.max(...samples);
    const done = (await load.next('result', 90_000)) as Extract<ChildMessage, { type: 'result' }>;
    result.load = done.result;
    const l = done.result;
    log(
      `  done: p50 ${fmt(l.latency.p50)} ms, p99 ${fmt(l.latency.p99)} ms ` +
        `(subgraph publish p50 ${fmt(l.publish.p50)} ms; gateway hop p50 ${fmt(l.hop.p50)}, p99 ${fmt(l.hop.p99)} ms), ` +
        `delivered ${l.delivered}/${l.expected}, ${fmt(l.achievedRate)} events/s, ${fmt(l.deliveriesPerSecond, 0)} deliveries/s, ` +
        `gateway CPU ${((100 * result.gatewayCpuSeconds) / result.windowSeconds).toFixed(0)} %, ` +
        `RSS +${fmt((result.rssConnected - result.rssIdle) / subscribers / 1024)} KiB/subscriber connected, ` +
        `+${fmt((result.rssLoaded - result.rssIdle) / subscribers / 1024)} under load; ` +
        `core 0: subgraphs ${pct(result.subgraphsCpuSeconds, result.windowSeconds)} %, load ${pct(result.loadCpuSeconds, result.windowSeconds)} %`,
    );
    if (l.badEvents > 0)
      log(`  ${l.badEvents} events with errors or missing fields, first: ${l.firstBadEvent}`);
    if (l.endedEarly > 0) log(`  ${l.endedEarly} subscriptions ended early, first: ${l.firstEndReason}`);
    if (l.failedBookings > 0) log(`  ${l.failedBookings} bookings failed, first: ${l.firstFailure}`);
    return { ...result, lastDay: l.lastDay + 1 };
  } catch (error) {
    clearInterval(sampler);
    result.error = (error as Error).message;
    log(`  FAILED: ${result.error.split('\n').slice(0, 12).join('\n    ')}`);
    return { ...result, lastDay: firstDay + 400 };
  } finally {
    await load?.stop();
    await child.stop();
    await sleep(1000);
  }
}

// ---- Main ----

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
  };
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;

  log('starting the subgraphs (citizens, appointments) on throw-away databases');
  const subgraphs = startChild(
    'subgraphs',
    LOAD_CORE,
    ['--import', TSX, path.join(HERE, 'subgraphs.ts')],
    env,
  );
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
    writeFileSync(
      path.join(HERE, 'last-run.json'),
      `${JSON.stringify({ command: commandLine(), machine: machine(), results }, null, 2)}\n`,
    );
    writeResults(report);
    log('wrote bench/RESULTS.md and bench/subscriptions/last-run.json');
  }
}

// ---- Report ----

function commandLine(): string {
  const args = process.argv.slice(2);
  return `pnpm --filter @kaarst/bench bench:subscriptions${args.length ? ` ${args.join(' ')}` : ''}`;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${os.release()}, Node ${process.version}`;
}

const pct = (seconds: number | undefined, window: number | undefined) =>
  seconds === undefined || !window ? '–' : ((100 * seconds) / window).toFixed(0);
const fmt = (value: number | null | undefined, digits = 1) =>
  typeof value !== 'number' || !Number.isFinite(value) ? '–' : value.toFixed(digits);

function summarize(results: PhaseResult[], broken: Map<string, string>): string {
  const lines: string[] = [];
  lines.push(`Command: \`${commandLine()}\``);
  lines.push('');
  lines.push(`Machine: ${machine()}.`);
  lines.push(
    pinned
      ? `Pinning: each gateway alone on core ${GATEWAY_CORE} (\`taskset -c ${GATEWAY_CORE}\`); subgraphs, load and runner on core ${LOAD_CORE}.`
      : 'Pinning: none (fewer than 2 cores or no taskset).',
  );
  lines.push(
    `Load: ${rate} bookings/s (so ${rate} events/s on the topic), warm-up ${warmupSeconds} s (and until every subscriber had an event), ` +
      `then ${measureSeconds} s measured; ${rounds} round(s), gateways alternating; figures are medians over rounds; run finished ${new Date().toISOString()}.`,
  );
  lines.push('');
  lines.push(
    '| gateway | subscribers | p50 ms | p99 ms | hop p50 ms | hop p99 ms | delivered in time | events/s | deliveries/s | gateway CPU % of a core | CPU µs per delivery | idle RSS MiB | RSS connected MiB | RSS under load MiB | KiB per subscriber | subscribers per GiB | KiB per subscriber under load | core 0 busy % | rounds |',
  );
  lines.push(
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  type Row = {
    p50: number;
    p99: number;
    perSubscriber: number;
    cpu: number;
    cpuPerDelivery: number;
    hop50: number;
    hop99: number;
  };
  const rows = new Map<string, Row>();
  for (const subscribers of subscriberCounts) {
    for (const name of gatewayNames) {
      const gateway = GATEWAYS[name] as GatewayUnderTest;
      const ok = results.filter(
        (r) => r.gateway === name && r.subscribers === subscribers && !r.error && r.load,
      ) as Array<Required<PhaseResult>>;
      if (ok.length === 0) {
        const why =
          broken.get(name) ?? results.find((r) => r.gateway === name && r.subscribers === subscribers)?.error;
        lines.push(`| ${gateway.label} | ${subscribers} | could not run: see below |${' |'.repeat(16)} 0 |`);
        if (why) broken.set(name, why);
        continue;
      }
      const m = (f: (r: Required<PhaseResult>) => number) => median(ok.map(f));
      const perSubscriber = m((r) => (r.rssConnected - r.rssIdle) / r.load.connected);
      const row: Row = {
        p50: m((r) => r.load.latency.p50),
        p99: m((r) => r.load.latency.p99),
        perSubscriber,
        cpu: m((r) => r.gatewayCpuSeconds / r.windowSeconds),
        cpuPerDelivery: m(
          (r) => (r.gatewayCpuSeconds / Math.max(1, r.load.deliveriesPerSecond * r.windowSeconds)) * 1e6,
        ),
        hop50: m((r) => r.load.hop.p50),
        hop99: m((r) => r.load.hop.p99),
      };
      rows.set(`${name}:${subscribers}`, row);
      lines.push(
        `| ${gateway.label} | ${subscribers} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${fmt(row.hop50)} | ${fmt(row.hop99)} | ` +
          `${fmt(100 * m((r) => r.load.delivered / Math.max(1, r.load.expected)), 1)} % | ${fmt(m((r) => r.load.achievedRate))} | ` +
          `${fmt(
            m((r) => r.load.deliveriesPerSecond),
            0,
          )} | ` +
          `${fmt(100 * row.cpu, 0)} | ${fmt(row.cpuPerDelivery, 1)} | ${fmt(m((r) => r.rssIdle) / 2 ** 20, 0)} | ` +
          `${fmt(m((r) => r.rssConnected) / 2 ** 20, 0)} | ${fmt(m((r) => r.rssLoaded) / 2 ** 20, 0)} | ` +
          `${fmt(perSubscriber / 1024, 1)} | ${fmt(2 ** 30 / perSubscriber, 0)} | ` +
          `${fmt(m((r) => (r.rssLoaded - r.rssIdle) / r.load.connected) / 1024, 1)} | ` +
          `${fmt((100 * m((r) => (r.loadCpuSeconds + r.subgraphsCpuSeconds) / r.windowSeconds)) as number, 0)} | ${ok.length} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    'Ratios against our gateway on the same public subscription (peer ÷ ours; above 1 means the peer is slower or heavier):',
  );
  lines.push('');
  lines.push(
    '| gateway | subscribers | p50 latency | p99 latency | p50 hop | p99 hop | memory per subscriber | gateway CPU per delivery |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const subscribers of subscriberCounts) {
    const ours = rows.get(`kaarst:${subscribers}`);
    for (const name of gatewayNames) {
      if (name === 'kaarst') continue;
      const row = rows.get(`${name}:${subscribers}`);
      if (!ours || !row) continue;
      lines.push(
        `| ${(GATEWAYS[name] as GatewayUnderTest).label} | ${subscribers} | ${fmt(row.p50 / ours.p50, 2)} | ${fmt(row.p99 / ours.p99, 2)} | ` +
          `${fmt(row.hop50 / ours.hop50, 2)} | ${fmt(row.hop99 / ours.hop99, 2)} | ` +
          `${fmt(row.perSubscriber / ours.perSubscriber, 2)} | ${fmt(row.cpuPerDelivery / ours.cpuPerDelivery, 2)} |`,
      );
    }
  }
  lines.push('');
  lines.push('Per phase (every round):');
  lines.push('');
  lines.push(
    '| round | gateway | subscribers | p50 ms | p99 ms | hop p50 ms | hop p99 ms | delivered / expected | batched repeats | bad events | failed bookings | booking p50 ms | createdAt → response p50 ms | gateway CPU s | subgraphs CPU % | load CPU % | RSS idle → load MiB | load event-loop p99 ms | error |',
  );
  lines.push(
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    const l = r.load;
    lines.push(
      `| ${r.round} | ${r.gateway} | ${r.subscribers} | ${fmt(l?.latency.p50)} | ${fmt(l?.latency.p99)} | ${fmt(l?.hop.p50)} | ${fmt(l?.hop.p99)} | ` +
        `${l ? `${l.delivered} / ${l.expected}` : '–'} | ${l?.staleEvents ?? '–'} | ${l?.badEvents ?? '–'} | ${l ? l.failedBookings + l.skippedBookings : '–'} | ` +
        `${fmt(l?.mutation.p50)} | ${fmt(l?.createdToResponse.p50)} | ` +
        `${fmt(r.gatewayCpuSeconds)} | ${pct(r.subgraphsCpuSeconds, r.windowSeconds)} | ${pct(r.loadCpuSeconds, r.windowSeconds)} | ${r.rssIdle ? `${fmt(r.rssIdle / 2 ** 20, 0)} → ${fmt((r.rssLoaded ?? 0) / 2 ** 20, 0)}` : '–'} | ` +
        `${fmt(l?.loadLoopDelayP99Ms)} | ${r.error ? r.error.split('\n')[0]?.slice(0, 160).replaceAll('|', '\\|') : ''} |`,
    );
  }
  if (broken.size > 0) {
    lines.push('');
    lines.push('Could not run:');
    lines.push('');
    for (const [name, why] of broken) {
      lines.push(`- ${(GATEWAYS[name] as GatewayUnderTest).label}:`);
      lines.push('');
      lines.push('  ```');
      for (const line of why.split('\n').slice(0, 14)) lines.push(`  ${line}`);
      lines.push('  ```');
    }
  }
  lines.push('');
  lines.push('Settings of each gateway:');
  lines.push('');
  for (const name of gatewayNames) {
    const g = GATEWAYS[name] as GatewayUnderTest;
    lines.push(`- ${g.label}: ${g.settings}`);
  }
  return lines.join('\n');
}

const BEGIN = '<!-- generated by bench/subscriptions/run.ts: begin -->';
const END = '<!-- generated by bench/subscriptions/run.ts: end -->';

/** Replaces the generated part of bench/RESULTS.md, keeping what was written around it. */
function writeResults(report: string) {
  const file = path.join(BENCH, 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = previous.indexOf(BEGIN);
  const end = previous.indexOf(END);
  const generated = `${BEGIN}\n${report}\n${END}`;
  const next =
    start >= 0 && end > start
      ? `${previous.slice(0, start)}${generated}${previous.slice(end + END.length)}`
      : `${previous.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}

await main();
