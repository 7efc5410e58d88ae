/**
 * Tariffs as stored: versions per meter (the owner enters their contract), and
 * published dynamic price lists (staff, e.g. a day-ahead list) that a version
 * may follow. Loaded into the domain's Tariff for a period.
 */
import { auditEntryData, badInput, requireRole, type Viewer } from '@kaarst/kit';
import type { DynamicPrice, Tariff, TariffVersion, TimeOfUseWindow } from './domain/tariffs.ts';
import { tariffProblem } from './domain/tariffs.ts';
import type { Prisma, PrismaClient, Tariff as TariffRow } from './generated/prisma/client.ts';
import { ownMeter } from './meters.ts';
import { bytesOf, instantAt, type RawPool, rawQuery } from './store/binary.ts';
import { MS } from './store/sql.ts';

const LIST_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const MAX_PRICES_PER_CALL = 10_000;

export interface TariffInput {
  validFrom: Date;
  name?: string | null;
  monthlyFeeEur: number;
  energyCtPerKwh: number;
  feedInCtPerKwh?: number | null;
  windows?: Array<{ weekdays?: number[] | null; from: string; to: string; ctPerKwh: number }> | null;
  dynamicPriceList?: string | null;
}

/** "06:30" -> 390; "24:00" -> 1440. */
export function minutesOf(text: string, field: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > 1440)
    throw badInput(`${text} is not a time HH:MM.`, field);
  return minutes;
}

export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function windowsOf(row: Pick<TariffRow, 'windows'>): TimeOfUseWindow[] {
  return Array.isArray(row.windows) ? (row.windows as unknown as TimeOfUseWindow[]) : [];
}

export async function setMeterTariff(
  db: PrismaClient,
  viewer: Viewer | null,
  meterId: string,
  input: TariffInput,
) {
  await ownMeter(db, viewer, meterId);
  const windows: TimeOfUseWindow[] = (input.windows ?? []).map((w, i) => ({
    weekdays: w.weekdays ?? [],
    fromMinute: minutesOf(w.from, `windows[${i}].from`),
    toMinute: minutesOf(w.to, `windows[${i}].to`),
    ctPerKwh: w.ctPerKwh,
  }));
  const version: TariffVersion = {
    validFrom: input.validFrom.getTime(),
    monthlyFeeCents: Math.round(input.monthlyFeeEur * 100),
    energyCtPerKwh: input.energyCtPerKwh,
    feedInCtPerKwh: input.feedInCtPerKwh ?? 0,
    windows,
  };
  const problem = tariffProblem(version);
  if (problem) throw badInput(`The tariff is not valid: ${problem}.`, 'input');
  if (input.name && input.name.length > 80)
    throw badInput('A tariff name has at most 80 characters.', 'name');
  if (input.dynamicPriceList && !LIST_NAME.test(input.dynamicPriceList))
    throw badInput('A price list is named with lower-case letters, digits, - and _.', 'dynamicPriceList');
  const data = {
    name: input.name ?? null,
    monthlyFeeCents: version.monthlyFeeCents,
    energyCtPerKwh: version.energyCtPerKwh,
    feedInCtPerKwh: version.feedInCtPerKwh,
    windows: windows as unknown as Prisma.InputJsonValue,
    dynamicPriceList: input.dynamicPriceList ?? null,
  };
  await db.tariff.upsert({
    where: { meterId_validFrom: { meterId, validFrom: input.validFrom } },
    create: { meterId, validFrom: input.validFrom, ...data },
    update: data,
  });
  return db.meter.findUniqueOrThrow({ where: { id: meterId } });
}

type PriceRow = { list: string; validFrom: number; minutes: number; ctPerKwh: number };

/** The prices of [from - 1 h, to) of every list the meter's tariff versions follow, by start. */
async function pricesOf(
  db: PrismaClient,
  pool: RawPool | undefined,
  meterId: string,
  lists: string[] | null,
  from: number,
  to: number,
) {
  if (pool) {
    // Per list one bytea of 20 bytes a price: start, minutes, ct/kWh (a year of hourly prices is 8,760 rows).
    const rows = await rawQuery(
      pool,
      `SELECT list, string_agg(timestamptz_send("validFrom") || int4send(minutes) || float8send("ctPerKwh"), ''::bytea
                               ORDER BY "validFrom") AS packed
       FROM dynamic_price
       WHERE list IN (SELECT "dynamicPriceList" FROM tariff WHERE "meterId" = $1)
         AND "validFrom" >= to_timestamp($2::float8 / 1000.0) AND "validFrom" < to_timestamp($3::float8 / 1000.0)
       GROUP BY list`,
      [meterId, from - 3_600_000, to],
    );
    const prices: PriceRow[] = [];
    for (const row of rows) {
      const bytes = bytesOf(row.packed);
      for (let o = 0; o + 20 <= bytes.length; o += 20)
        prices.push({
          list: row.list as string,
          validFrom: instantAt(bytes, o),
          minutes: bytes.readInt32BE(o + 8),
          ctPerKwh: bytes.readDoubleBE(o + 12),
        });
    }
    return prices.sort((a, b) => a.validFrom - b.validFrom);
  }
  if (!lists?.length) return [];
  // As JSON text in one row: Prisma's row mapping of thousands of rows costs more than the SQL.
  const [packed] = await db.$queryRawUnsafe<Array<{ prices: string | null }>>(
    `SELECT json_agg(json_build_array(list, ${MS('"validFrom"')}, minutes, "ctPerKwh") ORDER BY "validFrom")::text AS prices
     FROM dynamic_price WHERE list = ANY($1::text[])
       AND "validFrom" >= to_timestamp($2::float8 / 1000.0) AND "validFrom" < to_timestamp($3::float8 / 1000.0)`,
    lists,
    from - 3_600_000,
    to,
  );
  return (JSON.parse(packed?.prices ?? '[]') as Array<[string, number, number, number]>).map(
    ([list, validFrom, minutes, ctPerKwh]): PriceRow => ({ list, validFrom, minutes, ctPerKwh }),
  );
}

/** The meter's tariff with the dynamic prices of [from, to) of every list its versions follow. */
export async function tariffFor(
  db: PrismaClient,
  pool: RawPool | undefined,
  meterId: string,
  from: number,
  to: number,
): Promise<Tariff | null> {
  // With the pool, versions and prices are read at once (the prices query finds the lists itself).
  const binary = !!pool;
  const [rows, early] = await Promise.all([
    db.tariff.findMany({ where: { meterId }, orderBy: { validFrom: 'asc' } }),
    binary ? pricesOf(db, pool, meterId, null, from, to) : null,
  ]);
  if (rows.length === 0) return null;
  const lists = [...new Set(rows.map((r) => r.dynamicPriceList).filter((l): l is string => !!l))];
  const prices = early ?? (await pricesOf(db, pool, meterId, lists, from, to));
  // A version follows its own list; prices of a list apply while a version naming it is in force.
  const dynamicPrices: DynamicPrice[] = prices
    .filter((p) => {
      const version = rows.filter((r) => r.validFrom.getTime() <= p.validFrom).at(-1);
      return version?.dynamicPriceList === p.list;
    })
    .map((p) => ({ validFrom: p.validFrom, minutes: p.minutes, ctPerKwh: p.ctPerKwh }));
  return {
    versions: rows.map((r) => ({
      validFrom: r.validFrom.getTime(),
      monthlyFeeCents: r.monthlyFeeCents,
      energyCtPerKwh: r.energyCtPerKwh,
      feedInCtPerKwh: r.feedInCtPerKwh,
      windows: windowsOf(r),
    })),
    dynamicPrices,
  };
}

export async function setDynamicPrices(
  db: PrismaClient,
  viewer: Viewer | null,
  list: string,
  prices: Array<{ validFrom: Date; minutes: number; ctPerKwh: number }>,
): Promise<number> {
  const staff = requireRole(viewer, 'staff');
  if (!LIST_NAME.test(list))
    throw badInput('A price list is named with lower-case letters, digits, - and _.', 'list');
  if (prices.length > MAX_PRICES_PER_CALL)
    throw badInput(`At most ${MAX_PRICES_PER_CALL} prices at once.`, 'prices');
  const starts = new Set<number>();
  for (const [i, p] of prices.entries()) {
    if (starts.has(p.validFrom.getTime()))
      throw badInput('Each start time once per call.', `prices[${i}].validFrom`);
    starts.add(p.validFrom.getTime());
    if (p.minutes !== 15 && p.minutes !== 60)
      throw badInput('A dynamic price holds for 15 or 60 minutes.', `prices[${i}].minutes`);
    if (!Number.isFinite(p.ctPerKwh) || Math.abs(p.ctPerKwh) > 1000)
      throw badInput('A price is between -1000 and 1000 ct/kWh.', `prices[${i}].ctPerKwh`);
    if (p.validFrom.getTime() % (p.minutes * 60_000) !== 0)
      throw badInput('A price starts on its quarter or hour.', `prices[${i}].validFrom`);
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO dynamic_price (list, "validFrom", minutes, "ctPerKwh")
       SELECT $1, to_timestamp(s / 1000.0), m, c FROM unnest($2::float8[], $3::int[], $4::float8[]) AS u(s, m, c)
       ON CONFLICT (list, "validFrom") DO UPDATE SET minutes = EXCLUDED.minutes, "ctPerKwh" = EXCLUDED."ctPerKwh"`,
      list,
      prices.map((p) => p.validFrom.getTime()),
      prices.map((p) => p.minutes),
      prices.map((p) => p.ctPerKwh),
    );
    await tx.auditEntry.create({
      data: auditEntryData(
        staff,
        'energy.setDynamicPrices',
        { type: 'DynamicPriceList', id: list },
        `${prices.length} prices`,
      ),
    });
  });
  return prices.length;
}
