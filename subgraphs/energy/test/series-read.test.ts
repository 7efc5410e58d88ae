/**
 * The binary read of long series (store/binary.ts) against Prisma's JSON path:
 * the same starts, energy and costs, with gaps, a negative correction, two
 * tariff versions following two dynamic price lists and a night window.
 */
import { randomUUID } from 'node:crypto';
import { generateHubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinMidnight, DAY, QUARTER } from '../src/domain/time.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { seriesOf } from '../src/series.ts';
import type { EnergyServices } from '../src/services.ts';
import { energySubgraph } from '../src/subgraph.ts';

describe('energy: the binary series read', () => {
  let subgraph: RunningSubgraph<PrismaClient, EnergyServices>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(energySubgraph, { keys: await generateHubKeys(), demoData: false });
  });
  afterAll(async () => subgraph?.close());

  it('gives what the Prisma path gives, at every resolution', async () => {
    const db = subgraph.db;
    const store = { db, pool: subgraph.services.pool };
    // The same client without the pool: every read through Prisma's raw queries.
    const viaPrisma = { db };
    const id = 'SERIES00000001';
    await db.$executeRawUnsafe(
      `INSERT INTO meter (id, "activationCodeHash", district, "ownerId", "linkedAt", "dataLevel", "fineSince")
       VALUES ($1, 'x:y', 'Vorst', $2::uuid, now(), 'FINE', now())`,
      id,
      randomUUID(),
    );
    // 20 days across the switch to summer time (30 March 2025), every third hour missing, one negative quarter.
    const from = berlinMidnight(2025, 2, 20);
    const to = from + 20 * DAY;
    for (const resolution of ['QUARTER', 'HOUR', 'DAY', 'MONTH'])
      await db.$executeRawUnsafe(
        `INSERT INTO rollup ("meterId", resolution, start, "importWh", "exportWh", "estimatedWh")
         SELECT $1, $2::"Resolution", to_timestamp(($3::float8 + i::float8 * $5) / 1000.0),
                CASE WHEN i = 7 THEN -3.5 ELSE 40 + (i % 11) * 1.25 END, (i % 5) * 0.5, (i % 3) * 0.1
         FROM generate_series(0, $4 - 1) AS i WHERE (i / 4) % 3 <> 2`,
        id,
        resolution,
        from,
        resolution === 'QUARTER' ? 20 * 96 : resolution === 'HOUR' ? 20 * 24 : resolution === 'DAY' ? 20 : 1,
        resolution === 'QUARTER' ? QUARTER : resolution === 'HOUR' ? 4 * QUARTER : DAY,
      );
    await db.$executeRawUnsafe(
      `INSERT INTO tariff (id, "meterId", "validFrom", "monthlyFeeCents", "energyCtPerKwh", "feedInCtPerKwh", windows, "dynamicPriceList")
       VALUES (gen_random_uuid(), $1, to_timestamp($2::float8 / 1000.0), 1250, 32.4, 7.9,
               '[{"weekdays":[1,2,3,4,5],"fromMinute":1320,"toMinute":360,"ctPerKwh":24.9}]'::jsonb, 'list-a'),
              (gen_random_uuid(), $1, to_timestamp($3::float8 / 1000.0), 990, 30.1, 8.2, '[]'::jsonb, 'list-b')`,
      id,
      from - DAY,
      from + 10 * DAY,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO dynamic_price (list, "validFrom", minutes, "ctPerKwh")
       SELECT l, to_timestamp(($1::float8 + i::float8 * 3600000) / 1000.0), 60, 20.5 + (i % 24) + length(l)
       FROM generate_series(0, 20 * 24 - 1) AS i, unnest(ARRAY['list-a', 'list-b']) AS l WHERE i % 24 < 12`,
      from + 3 * DAY,
    );
    const meter = await db.meter.findUniqueOrThrow({ where: { id } });
    for (const resolution of ['QUARTER', 'HOUR', 'DAY', 'MONTH'] as const) {
      const fast = await seriesOf(store, meter, resolution, from, to);
      const slow = await seriesOf(viaPrisma, meter, resolution, from, to);
      expect(fast).toEqual(slow);
      expect(fast.costs?.priceSources.DYNAMIC).toBeGreaterThan(0);
    }
    const quarters = await seriesOf(store, meter, 'QUARTER', from, to);
    expect(quarters.starts.length).toBe((20 * 96 * 2) / 3);
    expect(quarters.importWh[7]).toBe(0);
    expect(quarters.starts[1]).toBe(from + QUARTER);
    expect(quarters.costs?.priceSources).toMatchObject({
      TIME_OF_USE: expect.any(Number),
      ENERGY_PRICE: expect.any(Number),
    });
    expect(quarters.costs?.priceSources.TIME_OF_USE).toBeGreaterThan(0);

    // The packed days follow every write to the quarters: an ingest-style upsert (new quarters
    // in a gap and additions to existing ones), a deletion, and a range that starts and ends
    // inside a UTC day.
    await db.$executeRawUnsafe(
      `INSERT INTO rollup ("meterId", resolution, start, "importWh", "exportWh", "estimatedWh")
       SELECT $1, 'QUARTER', to_timestamp(($2::float8 + i::float8 * $3) / 1000.0), 5, 1, 0
       FROM generate_series(0, 95) AS i
       ON CONFLICT ("meterId", resolution, start) DO UPDATE SET "importWh" = rollup."importWh" + EXCLUDED."importWh"`,
      id,
      from + 4 * DAY + 6 * QUARTER,
      QUARTER,
    );
    await db.$executeRawUnsafe(
      `DELETE FROM rollup WHERE "meterId" = $1 AND resolution = 'QUARTER' AND start >= to_timestamp($2::float8 / 1000.0)
         AND start < to_timestamp($3::float8 / 1000.0)`,
      id,
      from + 9 * DAY,
      from + 11 * DAY,
    );
    for (const [a, b] of [
      [from, to],
      [from + 4 * DAY + 37 * QUARTER, from + 12 * DAY + 5 * QUARTER],
      [from + 9 * DAY + QUARTER, from + 10 * DAY],
    ] as const) {
      const fast = await seriesOf(store, meter, 'QUARTER', a, b);
      expect(fast).toEqual(await seriesOf(viaPrisma, meter, 'QUARTER', a, b));
      expect(fast.starts.every((start) => start >= a && start < b)).toBe(true);
    }
    expect((await seriesOf(store, meter, 'QUARTER', from + 9 * DAY, from + 11 * DAY)).starts).toEqual([]);
    const days = await db.rollupQuarterDay.count({ where: { meterId: id } });
    expect(days).toBeGreaterThanOrEqual(18);
    expect(days).toBeLessThanOrEqual(21);

    // Two writers on one meter's day at once (on PostgreSQL; the embedded database has one
    // connection, so there they take turns): the one that packs later must see the other's quarter.
    const day = from + 14 * DAY + 40 * QUARTER;
    const quarter = (at: number, wh: number) => (sql: PrismaClient) =>
      sql.$executeRawUnsafe(
        `INSERT INTO rollup ("meterId", resolution, start, "importWh") VALUES ($1, 'QUARTER', to_timestamp($2::float8 / 1000.0), $3)
         ON CONFLICT ("meterId", resolution, start) DO UPDATE SET "importWh" = EXCLUDED."importWh"`,
        id,
        at,
        wh,
      );
    const first = db.$transaction(async (tx) => {
      await quarter(day, 111)(tx as unknown as PrismaClient);
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all([first, quarter(day + QUARTER, 222)(db)]);
    const both = await seriesOf(store, meter, 'QUARTER', day, day + 2 * QUARTER);
    expect(both.importWh).toEqual([111, 222]);
    expect(both).toEqual(await seriesOf(viaPrisma, meter, 'QUARTER', day, day + 2 * QUARTER));
  });
});
