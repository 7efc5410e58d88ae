/**
 * Data protection: a person's meters in their data export, and erasure when
 * the account is deleted. The export holds the meters, consent events,
 * tariffs, gateway keys (names, never the keys), monthly and daily totals, and
 * says how many finer values exist (a year of quarters and a day of seconds
 * would make the copy unreadable; the meter's series gives them). Erasure
 * deletes every measurement, tariff and key of the person's meters, unlinks
 * them and drops the consent events: the meters wait for their next household.
 */
import type { PrismaClient } from './generated/prisma/client.ts';
import { TRANSACTION } from './ingest.ts';
import { clearMeter } from './meters.ts';
import { MS } from './store/sql.ts';
import { hhmm, windowsOf } from './tariff-store.ts';

export async function exportEnergyData(db: PrismaClient, accountId: string) {
  const meters = await db.meter.findMany({
    where: { ownerId: accountId },
    orderBy: { linkedAt: 'asc' },
    include: { tariffs: { orderBy: { validFrom: 'asc' } }, keys: { orderBy: { createdAt: 'asc' } } },
  });
  const consents = await db.consentEvent.findMany({
    where: { ownerId: accountId },
    orderBy: { at: 'asc' },
    select: { meterId: true, level: true, at: true },
  });
  const ids = meters.map((m) => m.id);
  const totals = await db.$queryRawUnsafe<
    Array<{ meterId: string; resolution: string; start: number; importWh: number; exportWh: number }>
  >(
    `SELECT "meterId", resolution::text, ${MS('start')} AS start, "importWh", "exportWh" FROM rollup
     WHERE "meterId" = ANY($1::text[]) AND resolution IN ('DAY', 'MONTH') ORDER BY "meterId", resolution, start`,
    ids,
  );
  const counts = await db.$queryRawUnsafe<Array<{ meterId: string; readings: bigint; quarters: bigint }>>(
    `SELECT m.id AS "meterId",
       (SELECT count(*) FROM reading r WHERE r."meterId" = m.id) AS readings,
       (SELECT count(*) FROM rollup q WHERE q."meterId" = m.id AND q.resolution = 'QUARTER') AS quarters
     FROM meter m WHERE m.id = ANY($1::text[])`,
    ids,
  );
  return {
    meters: meters.map((m) => ({
      meterId: m.id,
      label: m.label,
      sector: m.sector,
      district: m.district,
      householdSize: m.householdSize,
      linkedAt: m.linkedAt,
      dataLevel: m.dataLevel,
      fineSince: m.fineSince,
      capacityEurPerKwYear: m.capacityEurPerKwYear,
      tariffs: m.tariffs.map((t) => ({
        validFrom: t.validFrom,
        name: t.name,
        monthlyFeeEur: t.monthlyFeeCents / 100,
        energyCtPerKwh: t.energyCtPerKwh,
        feedInCtPerKwh: t.feedInCtPerKwh,
        windows: windowsOf(t).map((w) => ({
          weekdays: w.weekdays,
          from: hhmm(w.fromMinute),
          to: hhmm(w.toMinute),
          ctPerKwh: w.ctPerKwh,
        })),
        dynamicPriceList: t.dynamicPriceList,
      })),
      gatewayKeys: m.keys.map((k) => ({
        name: k.name,
        createdAt: k.createdAt,
        lastUsedAt: k.lastUsedAt,
        revokedAt: k.revokedAt,
      })),
      monthlyTotals: totals
        .filter((t) => t.meterId === m.id && t.resolution === 'MONTH')
        .map((t) => ({
          start: new Date(Number(t.start)),
          importKwh: t.importWh / 1000,
          exportKwh: t.exportWh / 1000,
        })),
      dailyTotals: totals
        .filter((t) => t.meterId === m.id && t.resolution === 'DAY')
        .map((t) => ({
          start: new Date(Number(t.start)),
          importKwh: t.importWh / 1000,
          exportKwh: t.exportWh / 1000,
        })),
      finerValues: {
        readings: Number(counts.find((c) => c.meterId === m.id)?.readings ?? 0),
        quarterHours: Number(counts.find((c) => c.meterId === m.id)?.quarters ?? 0),
        note: 'Meter.series(resolution: QUARTER) gives the 15-minute values.',
      },
    })),
    consents,
  };
}

/** Idempotent: a second run finds no meter of the person and no consent event. */
export async function eraseEnergyData(db: PrismaClient, accountId: string) {
  return db.$transaction(async (tx) => {
    const meters = await tx.meter.findMany({
      where: { ownerId: accountId },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    for (const { id } of meters) {
      await tx.$queryRawUnsafe(`SELECT id FROM meter WHERE id = $1 FOR UPDATE`, id);
      await clearMeter(tx, id);
    }
    const consents = await tx.consentEvent.deleteMany({ where: { ownerId: accountId } });
    return { meters: meters.length, consents: consents.count };
  }, TRANSACTION);
}
