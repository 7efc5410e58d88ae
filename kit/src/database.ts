import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { dataDir, env, envInt } from './config.ts';
import type { Logger } from './logger.ts';

/** A subgraph's database: its URL (with `schema=`), and whether it is the embedded PGlite. */
export interface Database {
  url: string;
  schema: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The subgraph's name; it names the schema on a shared PostgreSQL. */
  service: string;
  /** An explicit URL; otherwise `<SERVICE>_DATABASE_URL`, then `DATABASE_URL`, then embedded. */
  url?: string;
  /** Folder for the embedded database; default `<data>/<service>/pgdata`. */
  embeddedDir?: string;
  log: Logger;
}

const schemaName = (service: string) => service.replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase();

/**
 * A URL that names one schema per subgraph: on a shared PostgreSQL each
 * subgraph keeps to its own schema (unless its URL names one already).
 */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('schema')) parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

export function schemaOf(url: string): string {
  return new URL(url).searchParams.get('schema') ?? 'public';
}

/**
 * A `pg` pool for a URL. `pg` and the Prisma adapter ignore Prisma's `?schema=` (tables
 * would land in `public`), so the schema goes into the session's search_path.
 */
export function createPgPool(
  url: string,
  pool: pg.PoolConfig = {},
  onIdleError: (error: Error) => void = (error) =>
    process.emitWarning(`a pooled database connection was lost: ${error.message}`),
): pg.Pool {
  const parsed = new URL(url);
  const schema = schemaOf(url);
  parsed.searchParams.delete('schema');
  const config: pg.PoolConfig = { connectionString: parsed.toString(), ...pool };
  if (schema !== 'public') config.options = `-c search_path="${schema}"`;
  const created = new pg.Pool(config);
  // An idle connection the server ends (a restart, a failover, the embedded database closing
  // first) makes the pool emit 'error'; without a listener that is an uncaught exception that
  // ends the process. The pool drops that client and connects anew when asked.
  created.on('error', onIdleError);
  return created;
}

/** The Prisma driver adapter over a pool of ours (so its use can be measured); `$disconnect` ends it. */
export function prismaPgAdapter(url: string, pool: pg.Pool | pg.PoolConfig = {}): PrismaPg {
  const external = pool instanceof pg.Pool ? pool : createPgPool(url, pool);
  return new PrismaPg(external, { schema: schemaOf(url), disposeExternalPool: true });
}

/**
 * The embedded default: PGlite (Postgres in WASM) in a data folder, served over
 * the Postgres wire protocol on loopback, so Prisma and `pg` treat it like a server.
 * It is one session: keep the client pool at 1. pg-pool drops a connection after any query
 * error and its reconnect races the closing socket, and a transaction waiting on a second
 * connection would wait for itself; with one connection neither happens.
 */
async function startEmbedded(dir: string, log: Logger): Promise<{ url: string; close(): Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  log.info({ dir }, 'embedded PGlite database started');
  return {
    url,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const configured =
    options.url ?? env(`${schemaName(options.service).toUpperCase()}_DATABASE_URL`) ?? env('DATABASE_URL');
  if (configured) {
    const url = withSchema(configured, schemaName(options.service));
    await ensureSchema(url);
    return { url, schema: schemaOf(url), embedded: false, close: async () => {} };
  }
  const dir = options.embeddedDir ?? path.join(dataDir(), options.service, 'pgdata');
  const embedded = await startEmbedded(dir, options.log);
  return { url: embedded.url, schema: 'public', embedded: true, close: embedded.close };
}

async function ensureSchema(url: string): Promise<void> {
  const schema = schemaOf(url);
  if (schema === 'public') return;
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

/** Pool settings: one connection on the embedded PGlite, DB_POOL_MAX (10) on PostgreSQL. */
export function poolConfig(database: Database): pg.PoolConfig {
  return database.embedded ? { max: 1 } : { max: envInt('DB_POOL_MAX', 10) };
}

const DEPLOY_FINISHED = /No pending migrations to apply|All migrations have been successfully applied/;

/**
 * Applies the subgraph's Prisma migrations with `prisma migrate deploy` (the
 * real CLI, JS engine; it reads the subgraph's prisma.config.ts).
 */
export async function migrateDatabase(database: Database, packageDir: string, log: Logger): Promise<void> {
  const started = Date.now();
  // P1002: the database did not answer in time (a busy machine, several services
  // migrating at once); nothing was applied, and `migrate deploy` may simply run again.
  for (let attempt = 1; ; attempt++) {
    try {
      const output = await runMigrateDeploy(database, packageDir);
      const applied = output.match(/following migration\(s\) have been applied:[\s\S]*/)?.[0]?.trim();
      log.info(
        { ms: Date.now() - started, schema: database.schema },
        applied ?? 'database schema is up to date',
      );
      return;
    } catch (error) {
      if (attempt >= 3 || !/\bP1002\b/.test((error as Error).message)) throw error;
      log.warn({ attempt, schema: database.schema }, 'the database timed out during migration; trying again');
    }
  }
}

function runMigrateDeploy(database: Database, packageDir: string): Promise<string> {
  const require = createRequire(path.join(packageDir, 'package.json'));
  const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy'], {
      cwd: packageDir,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let done = false;
    const collect = (chunk: Buffer) => {
      text += chunk;
      // The CLI's WASM schema engine leaves a 10 s timer behind after its work
      // is done and committed; once it reports the outcome, stop waiting for it.
      if (!done && DEPLOY_FINISHED.test(text)) {
        done = true;
        resolve(text);
        setTimeout(() => child.kill(), 100).unref();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (done) return;
      if (code === 0) resolve(text);
      else reject(new Error(`prisma migrate deploy failed (${code}):\n${text}`));
    });
  });
}
