import type { PrismaClient } from './generated/prisma/client.ts';

/** What a `pg` pool offers for one statement (kit hands the subgraph's pool to createDb). */
export interface StatementPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const pools = new WeakMap<PrismaClient, { pool: StatementPool; prepared: boolean }>();

/**
 * Remembers the pool `db`'s adapter runs on, for `runStatement`. `prepared`: name the statements,
 * so each connection parses and plans them once (not on the embedded PGlite, one session for
 * all connections, where a second connection would find the name taken).
 */
export function withStatementPool(
  db: PrismaClient,
  pool: StatementPool,
  options: { prepared: boolean },
): PrismaClient {
  pools.set(db, { pool, prepared: options.prepared });
  return db;
}

/**
 * Runs one SQL statement of ours (the support's and the ballot's one-statement writes) straight
 * on the pool under `db`, skipping Prisma's query compiler and interpreter: on the write path
 * they were about a fifth of the subgraph's CPU per request (bench/RESULTS.md, issue 19), for a
 * statement Prisma has nothing to plan. A client made without a pool (none in the hub) falls back
 * to `$queryRawUnsafe`. Errors are pg's own (SQLSTATE in `code`, the message as PostgreSQL wrote
 * it), which the callers' checks read as they read Prisma's; timestamptz columns arrive as Date.
 * `name` names the prepared statement (one per SQL text).
 */
export async function runStatement<Row>(
  db: PrismaClient,
  name: string,
  sql: string,
  values: unknown[],
): Promise<Row[]> {
  const found = pools.get(db);
  if (!found) return db.$queryRawUnsafe<Row[]>(sql, ...values);
  const named = found.prepared ? { name: `participation_${name}` } : {};
  return (await found.pool.query({ ...named, text: sql, values })).rows as Row[];
}
