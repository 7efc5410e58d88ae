import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  createPgPool,
  type Database,
  openDatabase,
  poolConfig,
  schemaOf,
  withSchema,
} from '../src/database.ts';
import { createLogger } from '../src/logger.ts';

const log = createLogger('database-test');
const DATABASE_URL = process.env.DATABASE_URL;

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The URL without `schema=`, as `pg` would use it. */
function withoutSchema(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  return parsed.toString();
}

describe('withSchema / schemaOf', () => {
  it('adds the schema when the URL names none', () => {
    const url = withSchema('postgresql://hub:pw@db.example:5432/kaarst', 'appointments');
    expect(new URL(url).searchParams.get('schema')).toBe('appointments');
    expect(schemaOf(url)).toBe('appointments');
    // the rest of the URL is untouched
    expect(url.startsWith('postgresql://hub:pw@db.example:5432/kaarst?')).toBe(true);
  });

  it('keeps a schema the URL names already, and other parameters', () => {
    const url = withSchema(
      'postgresql://hub@db.example/kaarst?sslmode=require&schema=custom',
      'appointments',
    );
    expect(schemaOf(url)).toBe('custom');
    expect(new URL(url).searchParams.get('sslmode')).toBe('require');
  });

  it('schemaOf is public when the URL names no schema', () => {
    expect(schemaOf('postgresql://hub@db.example/kaarst')).toBe('public');
    expect(schemaOf('postgresql://hub@db.example/kaarst?sslmode=disable')).toBe('public');
  });
});

describe('openDatabase, embedded PGlite', () => {
  it.skipIf(!!DATABASE_URL)('keeps its data across a restart in the same folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaarst-kit-db-'));
    // a service name nobody sets <SERVICE>_DATABASE_URL for
    const service = `kit-db-test-${randomBytes(3).toString('hex')}`;
    let database: Database | undefined;
    try {
      database = await openDatabase({ service, embeddedDir: dir, log });
      expect(database.embedded).toBe(true);
      expect(database.schema).toBe('public');
      expect(database.url).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);
      expect(poolConfig(database)).toEqual({ max: 1 });

      await query(database.url, 'CREATE TABLE visit (id int PRIMARY KEY, note text NOT NULL)');
      await query(database.url, 'INSERT INTO visit (id, note) VALUES ($1, $2)', [1, 'Büttgen, 08:00']);
      await database.close();
      database = undefined;

      database = await openDatabase({ service, embeddedDir: dir, log });
      const rows = await query<{ id: number; note: string }>(database.url, 'SELECT id, note FROM visit');
      expect(rows).toEqual([{ id: 1, note: 'Büttgen, 08:00' }]);
    } finally {
      await database?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('openDatabase, PostgreSQL from DATABASE_URL', () => {
  const schemaExists = async (name: string) =>
    (
      await query<{ n: number }>(
        withoutSchema(DATABASE_URL ?? ''),
        'SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = $1',
        [name],
      )
    )[0]?.n === 1;
  const dropSchema = (name: string) =>
    query(withoutSchema(DATABASE_URL ?? ''), `DROP SCHEMA IF EXISTS "${name}" CASCADE`);

  it.skipIf(!DATABASE_URL)('creates the schema named in the URL', async () => {
    const schema = `kit_test_${randomBytes(4).toString('hex')}`;
    try {
      expect(await schemaExists(schema)).toBe(false);
      const database = await openDatabase({ service: 'x', url: withSchema(DATABASE_URL ?? '', schema), log });
      expect(database.embedded).toBe(false);
      expect(database.schema).toBe(schema);
      expect(schemaOf(database.url)).toBe(schema);
      expect(poolConfig(database).max).toBeGreaterThan(1);
      expect(await schemaExists(schema)).toBe(true);
      await database.close();
      // opening again is fine (CREATE SCHEMA IF NOT EXISTS)
      await (await openDatabase({ service: 'x', url: withSchema(DATABASE_URL ?? '', schema), log })).close();
    } finally {
      await dropSchema(schema);
    }
  });

  it.skipIf(!DATABASE_URL)('without a schema in the URL, uses one named after the service', async () => {
    const suffix = randomBytes(4).toString('hex');
    const schema = `kit_test_svc_${suffix}`;
    try {
      const database = await openDatabase({
        service: `Kit-Test-Svc-${suffix}`,
        url: withoutSchema(DATABASE_URL ?? ''),
        log,
      });
      expect(database.schema).toBe(schema);
      expect(await schemaExists(schema)).toBe(true);
      await database.close();
    } finally {
      await dropSchema(schema);
    }
  });
});

describe.skipIf(!DATABASE_URL)('createPgPool on PostgreSQL', () => {
  it('survives the server ending an idle connection: it reports it and connects anew', async () => {
    const url = DATABASE_URL as string;
    const lost: Error[] = [];
    const pool = createPgPool(url, { max: 1 }, (error) => lost.push(error));
    try {
      const [{ pid }] = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [
        { pid: number },
      ];
      // The connection now waits idle in the pool; the server ends it (as a restart would).
      await query(withoutSchema(url), 'SELECT pg_terminate_backend($1)', [pid]);
      await expect.poll(() => lost.length, { timeout: 10_000 }).toBe(1);
      const [again] = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      expect(again?.pid).not.toBe(pid);
    } finally {
      await pool.end();
    }
  });
});
