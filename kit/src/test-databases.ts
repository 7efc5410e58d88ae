/**
 * Databases of tests: a throw-away schema on DATABASE_URL's PostgreSQL or a temporary PGlite
 * folder, and migrated templates of each subgraph's database that test databases are copied from
 * (a PGlite folder in the temp folder; a database on the PostgreSQL server).
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { env } from './config.ts';
import { migrateDatabase, openDatabase, schemaOf, withSchema } from './database.ts';
import { createLogger } from './logger.ts';

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
      dispose: () => onServer(databaseUrl, `DROP SCHEMA IF EXISTS "${schemaOf(databaseUrl)}" CASCADE`),
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
export async function migratedTestDatabase(
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
