import type { PrismaClient } from './generated/prisma/client.ts';

/** What a `pg` pool offers for one statement (kit hands the subgraph's pool to createDb). */
export interface StatementPool {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

const pools = new WeakMap<PrismaClient, StatementPool>();

/** Remembers the pool `db`'s adapter runs on, for `runStatement`. */
export function withStatementPool(db: PrismaClient, pool: StatementPool): PrismaClient {
  pools.set(db, pool);
  return db;
}

/**
 * Runs one SQL statement of ours (the support's and the ballot's one-statement writes) straight
 * on the pool under `db`, skipping Prisma's query compiler and interpreter: on the write path
 * they were about a fifth of the subgraph's CPU per request (bench/RESULTS.md, issue 19), for a
 * statement Prisma has nothing to plan. A client made without a pool (none in the hub) falls back
 * to `$queryRawUnsafe`. Errors are pg's own (SQLSTATE in `code`, the message as PostgreSQL wrote
 * it), which the callers' checks read as they read Prisma's; timestamptz columns arrive as Date.
 */
export async function runStatement<Row>(db: PrismaClient, sql: string, values: unknown[]): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<Row[]>(sql, ...values);
  return (await pool.query(sql, values)).rows as Row[];
}
