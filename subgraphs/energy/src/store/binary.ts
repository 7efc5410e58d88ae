/**
 * The hot read path of a series (a year of quarters is 35,040 rows): one
 * query that packs each row's columns in their binary send format
 * (timestamptz_send, float8send) and concatenates all rows into one bytea,
 * read straight from the `pg` pool under Prisma's adapter. PostgreSQL then
 * prints no floats and no numeric epochs (as JSON text those were most of the
 * query's time), and Node parses no text and maps no rows. (node-postgres
 * cannot read binary result formats, so the bytea travels as hex.) Without a
 * pool (a client built elsewhere) the reads go through Prisma.
 */

/** The part of a `pg` pool used here (the energy package has no `pg` of its own). */
export interface RawPool {
  query(config: {
    text: string;
    values: unknown[];
    types: { getTypeParser: () => (value: string) => string };
  }): Promise<{ rows: Array<Record<string, string | null>> }>;
}

/** Every column comes back as its text (a bytea as \\x and hex). */
const RAW = { getTypeParser: () => (value: string) => value };

export async function rawQuery(
  pool: RawPool,
  text: string,
  values: unknown[],
): Promise<Array<Record<string, string | null>>> {
  return (await pool.query({ text, values, types: RAW })).rows;
}

/** A bytea column's hex text as bytes. */
export const bytesOf = (hex: string | null | undefined): Buffer =>
  hex ? Buffer.from(hex.slice(2), 'hex') : Buffer.alloc(0);

/** 2000-01-01 (PostgreSQL's epoch) in Unix milliseconds. */
const PG_EPOCH_MS = 946_684_800_000;

/** timestamptz_send: microseconds since 2000-01-01, a signed 64-bit integer. */
const microsAt = (b: Buffer, o: number) => b.readInt32BE(o) * 4_294_967_296 + b.readUInt32BE(o + 4);

/** An instant as epoch ms rounded to whole seconds (bucket starts, as extract(epoch)::int8 gave). */
export const secondsAt = (b: Buffer, o: number) =>
  Math.round(microsAt(b, o) / 1_000_000) * 1000 + PG_EPOCH_MS;

/** An instant as epoch ms (rounded to the millisecond). */
export const instantAt = (b: Buffer, o: number) => Math.round(microsAt(b, o) / 1000) + PG_EPOCH_MS;
