/**
 * The SQL of ingest, column-wise: every statement takes whole arrays (unnest),
 * so a batch of thousands of readings is a handful of round trips. Times
 * travel as epoch milliseconds (float8) both ways.
 */
import type { StoredReading } from '../domain/counters.ts';
import type { Increment } from '../domain/rollups.ts';
import type { Resolution } from '../domain/time.ts';
import { bytesOf, type RawPool, rawQuery, secondsAt } from './binary.ts';

/** What Prisma's client and its transaction client both offer. */
export interface RawSql {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export const MS = (column: string) => `round(extract(epoch from ${column}) * 1000)::float8`;
const TS = (param: string) => `to_timestamp(${param} / 1000.0)`;

const READING_COLUMNS = `r."meterId", ${MS('r.at')} AS at, r."importWh", r."exportWh", r."powerW", r.reset`;

interface ReadingRow {
  meterId: string;
  at: number;
  importWh: number | null;
  exportWh: number | null;
  powerW: number | null;
  reset: boolean;
}

const toStored = (row: ReadingRow): StoredReading => ({ ...row, at: Number(row.at) });

/** Locks the meters for this batch (ingest of one meter is serial) and returns their data level. */
export async function lockMeters(sql: RawSql, ids: string[]): Promise<Map<string, 'MONTHLY' | 'FINE'>> {
  const rows = await sql.$queryRawUnsafe<Array<{ id: string; dataLevel: 'MONTHLY' | 'FINE' }>>(
    `SELECT id, "dataLevel" FROM meter WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    ids,
  );
  return new Map(rows.map((r) => [r.id, r.dataLevel]));
}

/**
 * For each meter and time window: the stored readings inside it, and the
 * nearest counter readings before and after it.
 */
export async function neighbourhoods(
  sql: RawSql,
  windows: Array<{ meterId: string; from: number; to: number }>,
): Promise<StoredReading[]> {
  if (windows.length === 0) return [];
  const rows = await sql.$queryRawUnsafe<ReadingRow[]>(
    `WITH w AS (SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[]) AS w(m, lo, hi))
     SELECT ${READING_COLUMNS} FROM w JOIN reading r
       ON r."meterId" = w.m AND r.at >= ${TS('w.lo')} AND r.at <= ${TS('w.hi')}
     UNION ALL
     SELECT p.* FROM w CROSS JOIN LATERAL (
       SELECT ${READING_COLUMNS} FROM reading r
       WHERE r."meterId" = w.m AND r.at < ${TS('w.lo')} AND r."importWh" IS NOT NULL
       ORDER BY r.at DESC LIMIT 1) p
     UNION ALL
     SELECT n.* FROM w CROSS JOIN LATERAL (
       SELECT ${READING_COLUMNS} FROM reading r
       WHERE r."meterId" = w.m AND r.at > ${TS('w.hi')} AND r."importWh" IS NOT NULL
       ORDER BY r.at ASC LIMIT 1) n`,
    windows.map((w) => w.meterId),
    windows.map((w) => w.from),
    windows.map((w) => w.to),
  );
  return rows.map(toStored);
}

/** Every stored reading of these meters (for MONTHLY meters: the latest counter reading only). */
export async function readingsOf(sql: RawSql, ids: string[]): Promise<StoredReading[]> {
  if (ids.length === 0) return [];
  const rows = await sql.$queryRawUnsafe<ReadingRow[]>(
    `SELECT ${READING_COLUMNS} FROM reading r WHERE r."meterId" = ANY($1::text[])`,
    ids,
  );
  return rows.map(toStored);
}

/** Load-profile quarters of a meter in [from, to], ascending. */
export async function profileStarts(
  sql: RawSql,
  windows: Array<{ meterId: string; from: number; to: number }>,
): Promise<Array<{ meterId: string; start: number }>> {
  if (windows.length === 0) return [];
  const rows = await sql.$queryRawUnsafe<Array<{ meterId: string; start: number }>>(
    `WITH w AS (SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[]) AS w(m, lo, hi))
     SELECT p."meterId", ${MS('p.start')} AS start FROM w JOIN profile_value p
       ON p."meterId" = w.m AND p.start >= ${TS('w.lo')} AND p.start <= ${TS('w.hi')}
     ORDER BY 2`,
    windows.map((w) => w.meterId),
    windows.map((w) => w.from),
    windows.map((w) => w.to),
  );
  return rows.map((r) => ({ meterId: r.meterId, start: Number(r.start) }));
}

/** New rows, and rows gaining values they lacked (COALESCE keeps what was there). */
export async function writeReadings(sql: RawSql, rows: StoredReading[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO reading ("meterId", at, "importWh", "exportWh", "powerW", reset)
     SELECT m, ${TS('t')}, i, e, p, r
     FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::boolean[]) AS u(m, t, i, e, p, r)
     ON CONFLICT ("meterId", at) DO UPDATE SET
       "importWh" = COALESCE(reading."importWh", EXCLUDED."importWh"),
       "exportWh" = COALESCE(reading."exportWh", EXCLUDED."exportWh"),
       "powerW" = COALESCE(reading."powerW", EXCLUDED."powerW"),
       reset = reading.reset OR EXCLUDED.reset`,
    rows.map((r) => r.meterId),
    rows.map((r) => r.at),
    rows.map((r) => r.importWh),
    rows.map((r) => r.exportWh),
    rows.map((r) => r.powerW),
    rows.map((r) => r.reset),
  );
}

/** Adds increments to the rollups (negative ones take energy back). */
export async function addToRollups(
  sql: RawSql,
  increments: Array<Increment & { meterId: string }>,
): Promise<void> {
  if (increments.length === 0) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO rollup ("meterId", resolution, start, "importWh", "exportWh", "estimatedWh")
     SELECT m, r::"Resolution", ${TS('s')}, i, e, x
     FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::float8[], $6::float8[]) AS u(m, r, s, i, e, x)
     ON CONFLICT ("meterId", resolution, start) DO UPDATE SET
       "importWh" = rollup."importWh" + EXCLUDED."importWh",
       "exportWh" = rollup."exportWh" + EXCLUDED."exportWh",
       "estimatedWh" = rollup."estimatedWh" + EXCLUDED."estimatedWh"`,
    increments.map((i) => i.meterId),
    increments.map((i) => i.resolution),
    increments.map((i) => i.start),
    increments.map((i) => i.importWh),
    increments.map((i) => i.exportWh),
    increments.map((i) => i.estimatedWh),
  );
}

export async function countRefusals(
  sql: RawSql,
  counts: Array<{ meterId: string; day: string; reason: string; count: number }>,
): Promise<void> {
  if (counts.length === 0) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO ingest_refusal ("meterId", day, reason, count)
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::int[])
     ON CONFLICT ("meterId", day, reason) DO UPDATE SET count = ingest_refusal.count + EXCLUDED.count`,
    counts.map((c) => c.meterId),
    counts.map((c) => c.day),
    counts.map((c) => c.reason),
    counts.map((c) => c.count),
  );
}

/** MONTHLY meters keep only their newest counter reading. */
export async function keepOnlyLatest(
  sql: RawSql,
  latest: Array<{ meterId: string; at: number }>,
): Promise<void> {
  if (latest.length === 0) return;
  await sql.$executeRawUnsafe(
    `DELETE FROM reading r USING unnest($1::text[], $2::float8[]) AS u(m, t)
     WHERE r."meterId" = u.m AND r.at < ${TS('u.t')}`,
    latest.map((l) => l.meterId),
    latest.map((l) => l.at),
  );
}

/** Rollup rows of a meter in [from, to) at one resolution, column-wise and ascending. */
export async function rollupColumns(
  sql: RawSql,
  pool: RawPool | undefined,
  meterId: string,
  resolution: Resolution,
  from: number,
  to: number,
): Promise<{ starts: number[]; importWh: number[]; exportWh: number[]; estimatedWh: number[] }> {
  if (pool) {
    // 32 bytes a row: start, import, export, estimated. Quarters come from their packed UTC days
    // (rollup_quarter_day, kept by triggers): a year is 365 rows; the first and last day may
    // reach beyond [from, to), which the decoding drops. They come as one row per day, not
    // aggregated into one: node-postgres reassembles a message of megabytes chunk by chunk, which
    // took 30 ms for a year's 2.2 MB of hex against 5 ms as 365 rows. Other resolutions are few
    // enough rows to pack here, in the primary key's order (no sort).
    if (resolution === 'QUARTER') {
      const days = await rawQuery(
        pool,
        `SELECT packed FROM rollup_quarter_day
         WHERE "meterId" = $1 AND day >= (${TS('$2::float8')} AT TIME ZONE 'UTC')::date
           AND day <= (${TS('$3::float8')} AT TIME ZONE 'UTC')::date
         ORDER BY day`,
        [meterId, from, to],
      );
      return decodeRows(Buffer.concat(days.map((day) => bytesOf(day.packed))), from, to);
    }
    const [row] = await rawQuery(
      pool,
      `SELECT string_agg(timestamptz_send(start) || float8send("importWh")
              || float8send("exportWh") || float8send("estimatedWh"), ''::bytea) AS packed
       FROM (SELECT start, "importWh", "exportWh", "estimatedWh" FROM rollup
             WHERE "meterId" = $1 AND resolution = $4::"Resolution"
               AND start >= ${TS('$2::float8')} AND start < ${TS('$3::float8')} ORDER BY start) AS ordered`,
      [meterId, from, to, resolution],
    );
    return decodeRows(bytesOf(row?.packed), from, to);
  }
  // One JSON text of four arrays: JSON.parse reads a year of quarters several times faster
  // than 35,040 rows through the driver and Prisma's result mapping, or split text.
  const rows = await sql.$queryRawUnsafe<Array<{ packed: string | null }>>(
    // Sorted once in the subquery (an ORDER BY in each aggregate sorts four times).
    `SELECT json_build_array(array_agg(extract(epoch from start)::int8), array_agg(greatest("importWh", 0)),
              array_agg(greatest("exportWh", 0)), array_agg(greatest("estimatedWh", 0)))::text AS packed
     FROM (SELECT start, "importWh", "exportWh", "estimatedWh" FROM rollup
           WHERE "meterId" = $1 AND resolution = $2::"Resolution"
             AND start >= ${TS('$3::float8')} AND start < ${TS('$4::float8')} ORDER BY start) AS ordered`,
    meterId,
    resolution,
    from,
    to,
  );
  const [seconds, importWh, exportWh, estimatedWh] = JSON.parse(rows[0]?.packed ?? '[]') as Array<
    number[] | null
  >;
  return {
    starts: (seconds ?? []).map((s) => s * 1000),
    importWh: importWh ?? [],
    exportWh: exportWh ?? [],
    estimatedWh: estimatedWh ?? [],
  };
}

/** Packed rollup rows (32 bytes each, ascending) as columns, keeping those starting in [from, to). */
function decodeRows(bytes: Buffer, from: number, to: number) {
  let first = 0;
  let end = bytes.length / 32;
  while (first < end && secondsAt(bytes, first * 32) < from) first++;
  while (end > first && secondsAt(bytes, (end - 1) * 32) >= to) end--;
  const n = end - first;
  const columns = {
    starts: new Array<number>(n),
    importWh: new Array<number>(n),
    exportWh: new Array<number>(n),
    estimatedWh: new Array<number>(n),
  };
  for (let i = 0, o = first * 32; i < n; i++, o += 32) {
    columns.starts[i] = secondsAt(bytes, o);
    // As greatest(x, 0) did: nothing below zero.
    columns.importWh[i] = Math.max(bytes.readDoubleBE(o + 8), 0);
    columns.exportWh[i] = Math.max(bytes.readDoubleBE(o + 16), 0);
    columns.estimatedWh[i] = Math.max(bytes.readDoubleBE(o + 24), 0);
  }
  return columns;
}
