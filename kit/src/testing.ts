/**
 * Helpers for tests of subgraphs and of the whole hub. They start real
 * services: the embedded PGlite in a temporary folder, or, when DATABASE_URL
 * is set, a fresh schema on that PostgreSQL (startTestSubgraph: a database of its
 * own, copied from a migrated template), dropped again on close.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { DateTime } from 'luxon';
import WebSocket from 'ws';
import { CONTEXT_HEADER, signContextToken, type Viewer } from './auth.ts';
import type { HubKeys } from './keys.ts';
import { type NotificationEventLog, openNotificationEventLog } from './notification-events.ts';
import {
  type PrismaLike,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
  startSubgraph,
} from './subgraph.ts';
import { migratedTestDatabase } from './test-databases.ts';

// Test databases live in test-databases.ts; tests import them from here, as before.
export { migratedTemplate, queryDatabase, testDatabase } from './test-databases.ts';

export interface TestSubgraphOptions extends StartSubgraphOptions {
  keys: HubKeys;
}

/** A Redis server of a test's own (`redis-server` on PATH), which it may kill and start again. */
export interface TestRedis {
  url: string;
  port: number;
  /** Starts it (again) on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** Stops it with `signal` (SIGKILL: as a crash) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `redis-server` without persistence on a free loopback port: a
 * restart loses what it held. Stop it in afterAll (it is killed with this
 * process at the latest).
 */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  let child: ChildProcess | undefined;
  const killWithUs = () => child?.kill('SIGKILL');
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) return;
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      process.once('exit', killWithUs);
      const deadline = Date.now() + 10_000;
      while (!(await redisAnswers(port))) {
        if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not start`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop(signal = 'SIGTERM') {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
      process.off('exit', killWithUs);
    },
  };
  await redis.start();
  return redis;
}

function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.once('error', () => done(false));
  });
}

/** Starts a subgraph on a free port with demo data, on its own throw-away database. */
export async function startTestSubgraph<Db extends PrismaLike, Services = undefined>(
  definition: SubgraphDefinition<Db, Services>,
  options: TestSubgraphOptions,
): Promise<RunningSubgraph<Db, Services>> {
  const database =
    options.databaseUrl || options.embeddedDir
      ? undefined
      : await migratedTestDatabase(definition.name, definition.packageDir);
  const fromTemplate = database !== undefined;
  const ownEventsDir = path.join(tmpdir(), `kaarst-events-${randomBytes(8).toString('hex')}`);
  const running = await startSubgraph(definition, {
    port: 0,
    demoData: true,
    // Alone unless the test hub gives its subgraphs one log to share.
    accountEvents: { dir: ownEventsDir, stream: `kaarst-test:${path.basename(ownEventsDir)}` },
    ...(database?.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
    ...(database?.embeddedDir ? { embeddedDir: database.embeddedDir } : {}),
    ...(fromTemplate ? { migrated: true } : {}),
    ...options,
  });
  const close = async () => {
    await running.close();
    await database?.dispose();
    rmSync(ownEventsDir, { recursive: true, force: true });
  };
  // As a readiness probe would: a test starts once the subgraph can serve (transit's timetable
  // loads in the background, for seconds on a busy machine). Without background work nothing loads.
  if (options.runBackground !== false) {
    try {
      await waitUntilReady(running.url, 60_000);
    } catch (err) {
      await close();
      throw err;
    }
  }
  return { ...running, close };
}

/** Polls `/health/ready` until it answers 200; after `timeoutMs`, fails with its last answer. */
async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const probe = new URL('/health/ready', url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(probe);
    const body = await response.text();
    if (response.status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`${probe} not ready after ${timeoutMs} ms: ${response.status} ${body}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A test subgraph with a notification log of its own that the test reads too (the log the
 * subgraph's outbox appends to, or consumes): `close` stops both and removes the folder.
 */
export async function startTestSubgraphWithNotifications<Db extends PrismaLike, Services = undefined>(
  definition: SubgraphDefinition<Db, Services>,
  options: TestSubgraphOptions,
): Promise<{
  subgraph: RunningSubgraph<Db, Services>;
  notifications: NotificationEventLog;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), `kaarst-${definition.name}-notifications-`));
  const stream = `kaarst-test:${path.basename(dir)}`;
  // The log the subgraph opens beside its account events (a folder, or with REDIS_URL a stream of
  // this test's own): the test must read and write that one, not the hub's default stream.
  const notifications = openNotificationEventLog({
    dir: path.join(dir, 'notifications'),
    stream: `${stream}:notifications`,
    pollMs: 100,
  });
  const subgraph = await startTestSubgraph(definition, {
    accountEvents: { dir, stream, pollMs: 100 },
    ...options,
  });
  return {
    subgraph,
    notifications,
    async close() {
      await subgraph.close();
      await notifications.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** A POST straight to a subgraph, as the gateway would send it for `viewer`. */
export async function subgraphRequest<T = Record<string, unknown>>(
  url: string,
  keys: HubKeys,
  viewer: Viewer | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-context': await signContextToken(keys, viewer) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

/** A plain HTTP request straight to a subgraph's route (OParl, Open311, attachments), with the context token the gateway adds. */
export async function fetchFromSubgraph(
  url: string | URL,
  keys: HubKeys,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(CONTEXT_HEADER, await signContextToken(keys, null));
  return fetch(url, { ...init, headers });
}

export interface SubgraphSubscription<T> {
  /** `data` of each event received so far. */
  events: T[];
  /** Errors the subgraph answered with (e.g. FORBIDDEN), if any. */
  errors: unknown[];
  dispose(): Promise<void>;
}

/** A graphql-ws subscription straight to a subgraph, with the gateway's context token in connection_init. */
export function subscribeToSubgraph<T = Record<string, unknown>>(
  url: string,
  keys: HubKeys,
  viewer: Viewer | null,
  query: string,
  variables?: Record<string, unknown>,
): SubgraphSubscription<T> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ [CONTEXT_HEADER]: await signContextToken(keys, viewer) }),
  });
  const subscription: SubgraphSubscription<T> = {
    events: [],
    errors: [],
    dispose: async () => client.dispose(),
  };
  client.subscribe<T>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (message) => {
        if (message.data) subscription.events.push(message.data as T);
        if (message.errors) subscription.errors.push(...message.errors);
      },
      error: (error) => subscription.errors.push(error),
      complete: () => {},
    },
  );
  return subscription;
}

/** ISO weekdays, for nextLocal. */
export const WEEKDAY = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
} as const;

/**
 * "Now" for the dates of this test process, taken once: two dates built a
 * moment apart, on either side of midnight, still fall into the same week.
 */
const TEST_PROCESS_STARTED = DateTime.now();

/**
 * A local time in Kaarst (Europe/Berlin) on the given ISO weekday of the first
 * whole week (Monday to Sunday) that begins at least `minDaysAhead` days after
 * `now`, as a UTC ISO string. Tests book in the future whatever today is, and
 * the dates of one test keep the order of the week: Tuesday's date comes before
 * Wednesday's on every day of the year (the next Tuesday "at least 3 days
 * ahead" used to fall after the next Wednesday on Sundays). `minDaysAhead + 7`
 * is the week after.
 */
export function nextLocal(
  weekday: number,
  time: string,
  minDaysAhead = 2,
  now: DateTime = TEST_PROCESS_STARTED,
): string {
  const [hour, minute] = time.split(':').map(Number);
  const earliest = now.setZone('Europe/Berlin').startOf('day').plus({ days: minDaysAhead });
  const monday = earliest.weekday === 1 ? earliest : earliest.startOf('week').plus({ weeks: 1 });
  return monday
    .plus({ days: weekday - 1 })
    .set({ hour, minute })
    .toUTC()
    .toISO() as string;
}

/** Finished spans kept in memory, for tests of tracing (give it to startTracing). */
export { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
