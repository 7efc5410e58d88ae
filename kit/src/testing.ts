/**
 * Helpers for tests of subgraphs and of the whole hub. They start real
 * services: the embedded PGlite in a temporary folder, or, when DATABASE_URL
 * is set, a fresh schema on that PostgreSQL (startTestSubgraph: a database of its
 * own, copied from a migrated template), dropped again on close.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { DateTime } from 'luxon';
import pg from 'pg';
import WebSocket from 'ws';
import { CONTEXT_HEADER, signContextToken, type Viewer } from './auth.ts';
import { env } from './config.ts';
import { migrateDatabase, openDatabase, schemaOf, withSchema } from './database.ts';
import type { HubKeys } from './keys.ts';
import { createLogger } from './logger.ts';
import { type NotificationEventLog, openNotificationEventLog } from './notification-events.ts';
import {
  type PrismaLike,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
  startSubgraph,
} from './subgraph.ts';

export interface TestSubgraphOptions extends StartSubgraphOptions {
  keys: HubKeys;
}

/** A database location for one test subgraph: a new schema on DATABASE_URL, or a temporary PGlite folder. */
export function testDatabase(service: string): {
  databaseUrl?: string;
  embeddedDir?: string;
  dispose(): Promise<void>;
} {
  const base = env('DATABASE_URL');
  if (base) {
    const databaseUrl = withSchema(
      base,
      `test_${service.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`,
    );
    return {
      databaseUrl,
      async dispose() {
        const url = new URL(databaseUrl);
        url.searchParams.delete('schema');
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schemaOf(databaseUrl)}" CASCADE`);
        await client.end();
      },
    };
  }
  const embeddedDir = mkdtempSync(path.join(tmpdir(), `kaarst-${service}-`));
  return { embeddedDir, dispose: async () => rmSync(embeddedDir, { recursive: true, force: true }) };
}

/**
 * Runs one SQL statement on a test database (a URL from testDatabase: its
 * `schema=` becomes the search_path), for tests that check what was stored.
 */
export async function queryDatabase<Row extends Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const url = new URL(databaseUrl);
  const schema = schemaOf(databaseUrl);
  url.searchParams.delete('schema');
  const client = new pg.Client({
    connectionString: url.toString(),
    options: `-c search_path="${schema.replaceAll('"', '')}"`,
  });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
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

/** A fingerprint of a subgraph's migration files: a template is reused only while they are unchanged. */
function migrationsHash(packageDir: string): string {
  const migrations = path.join(packageDir, 'prisma', 'migrations');
  const hash = createHash('sha256');
  for (const entry of readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(migrations, entry);
    hash.update(entry);
    if (entry.endsWith('.sql') || entry.endsWith('.toml')) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * An embedded database with the subgraph's migrations applied, made once per set
 * of migration files and kept in the temp folder: test databases start as a copy
 * of it, so each test pays neither PGlite's initdb nor the migration CLI. Built
 * under a temporary name and renamed into place: concurrent workers never see half of one.
 */
export async function migratedTemplate(service: string, packageDir: string): Promise<string> {
  const dir = path.join(tmpdir(), `kaarst-template-${service}-${migrationsHash(packageDir)}`);
  if (existsSync(dir)) return dir;
  const building = mkdtempSync(`${dir}-building-`);
  const log = createLogger(`${service}-template`);
  const database = await openDatabase({ service, embeddedDir: building, log });
  try {
    await migrateDatabase(database, packageDir, log);
  } finally {
    await database.close();
  }
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker made it first
  }
  return dir;
}

/** The schema a PostgreSQL template holds its subgraph's tables in; each copy renames it. */
const PG_TEMPLATE_SCHEMA = 'kaarst_template';

/** `url` pointing at another database of the same server, with `schema` (or none). */
function onDatabase(url: string, database: string, schema?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  parsed.searchParams.delete('schema');
  if (schema) parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

/** Runs statements on DATABASE_URL's own database (CREATE/ALTER/DROP DATABASE run outside any). */
async function onServer(url: string, ...statements: string[]): Promise<void> {
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * "being accessed by other users" (55006): a session of the migration CLI that has just ended
 * can linger on the server for a moment; the statement is tried again for up to 10 s.
 */
async function whileSessionsLinger(run: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const pgTemplates = new Map<string, Promise<string>>();

/**
 * On PostgreSQL, the same as migratedTemplate: a database `kaarst_tpl_<service>_<hash>` with the
 * migrations applied (by the migration CLI, as in production), made once per set of migration
 * files and kept on the server. A test database is then a `CREATE DATABASE … TEMPLATE` copy
 * (0.2–0.3 s) instead of a run of the migration CLI (about 2 s per subgraph, eleven per hub:
 * most of CI's PostgreSQL pass). Built under a temporary name and renamed into place.
 */
function migratedPgTemplate(base: string, service: string, packageDir: string): Promise<string> {
  const name = `kaarst_tpl_${service.replaceAll('-', '_')}_${migrationsHash(packageDir)}`;
  let made = pgTemplates.get(name);
  if (!made) {
    made = (async () => {
      const parsed = new URL(base);
      parsed.searchParams.delete('schema');
      const client = new pg.Client({ connectionString: parsed.toString() });
      await client.connect();
      const { rows } = await client
        .query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        .finally(() => client.end());
      if (rows.length > 0) return name;
      const building = `${name}_b${randomBytes(4).toString('hex')}`;
      await onServer(base, `CREATE DATABASE "${building}"`);
      const log = createLogger(`${service}-template`);
      const database = await openDatabase({
        service,
        url: onDatabase(base, building, PG_TEMPLATE_SCHEMA),
        log,
      });
      try {
        await migrateDatabase(database, packageDir, log);
      } finally {
        await database.close();
      }
      try {
        await whileSessionsLinger(() => onServer(base, `ALTER DATABASE "${building}" RENAME TO "${name}"`));
      } catch (error) {
        // 42P04: another worker made it first.
        await onServer(base, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
      return name;
    })();
    made.catch(() => pgTemplates.delete(name));
    pgTemplates.set(name, made);
  }
  return made;
}

/**
 * A migrated database of its own for one test subgraph: on DATABASE_URL's server a copy of the
 * PostgreSQL template (its schema renamed to a name of its own: the subgraph's Redis topics are
 * named after it), dropped on dispose; otherwise a copy of the embedded template.
 */
async function migratedTestDatabase(
  service: string,
  packageDir: string,
): Promise<{ databaseUrl?: string; embeddedDir?: string; dispose(): Promise<void> }> {
  const base = env('DATABASE_URL');
  if (!base) {
    const database = testDatabase(service);
    cpSync(await migratedTemplate(service, packageDir), database.embeddedDir as string, { recursive: true });
    return database;
  }
  const template = await migratedPgTemplate(base, service, packageDir);
  const own = `${service.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  const name = `kaarst_test_${own}`;
  const schema = `test_${own}`;
  await whileSessionsLinger(() => onServer(base, `CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const dispose = () => onServer(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    await onServer(onDatabase(base, name), `ALTER SCHEMA "${PG_TEMPLATE_SCHEMA}" RENAME TO "${schema}"`);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { databaseUrl: onDatabase(base, name, schema), dispose };
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
