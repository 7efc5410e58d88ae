/**
 * Sample data (demo only, invented and marked so): meters of the metering
 * operator in Kaarst's districts, the demo citizen Anna's meter linked with
 * fine data (five weeks of 15-minute values and the last two hours of
 * one-second power, from the synthetic household), a tariff with a night
 * window, and monthly totals of neighbours so comparisons have a group.
 * Nothing is seeded on a production database.
 */
import { type Logger, seededRandom } from '@kaarst/kit';
import type { Reading } from './domain/readings.ts';
import { generateHousehold, quarterHours } from './domain/synthetic.ts';
import { addBerlinMonths, DAY, HOUR, QUARTER, startOfBerlinMonth } from './domain/time.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { IngestService } from './ingest.ts';
import { hashActivationCode } from './meters.ts';

export const DEMO_CITIZEN_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';
export const DEMO_METER_ID = '1KAA0000000001';
/** A registered, unlinked demo meter, to try linking: number and code as in the letter. */
export const DEMO_FREE_METER = { id: '1KAA0000000002', code: 'DEMO-2222-3333' };
const FINE_DAYS = 35;
const LIVE_HOURS = 2;

const neighbours = [
  ...Array.from({ length: 7 }, (_, i) => ({
    id: `1KAA00000001${String(i).padStart(2, '0')}`,
    district: 'Kaarst',
    sector: 'HOUSEHOLD' as const,
    size: 3,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    id: `1KAB00000002${String(i).padStart(2, '0')}`,
    district: 'Büttgen',
    sector: 'BUSINESS' as const,
    size: null,
  })),
];

export async function seedEnergy(
  db: PrismaClient,
  { demoData, log }: { demoData: boolean; log: Logger },
): Promise<void> {
  if (!demoData || (await db.meter.findUnique({ where: { id: DEMO_METER_ID } }))) return;
  const now = Date.now();
  const ingest = new IngestService(db, null, log);
  const code = await hashActivationCode('DEMO-0000-0001');
  await db.meter.create({
    data: {
      id: DEMO_FREE_METER.id,
      activationCodeHash: await hashActivationCode(DEMO_FREE_METER.code),
      district: 'Kaarst',
    },
  });
  // Neighbours: monthly totals only, from a counter reading at each month start.
  const random = seededRandom(41564);
  for (const n of neighbours) {
    await db.meter.create({
      data: {
        id: n.id,
        activationCodeHash: code,
        district: n.district,
        sector: n.sector,
        householdSize: n.size,
      },
    });
    let counter = 10_000_000 + random() * 5_000_000;
    const readings: Reading[] = [];
    for (
      let month = addBerlinMonths(startOfBerlinMonth(now), -14);
      month <= now;
      month = addBerlinMonths(month, 1)
    ) {
      readings.push({ meterId: n.id, at: month, importWh: counter, exportWh: null, powerW: null });
      counter += (n.sector === 'BUSINESS' ? 3_000_000 : 280_000) * (0.7 + 0.6 * random());
    }
    readings.push({ meterId: n.id, at: now - HOUR, importWh: counter, exportWh: null, powerW: null });
    await ingest.ingest(
      readings.map((r) => ({ checked: { ok: true as const, value: r } })),
      now,
    );
  }

  const liveFrom = now - (now % QUARTER) - LIVE_HOURS * HOUR;
  const start = liveFrom - FINE_DAYS * DAY;
  await db.meter.create({
    data: {
      id: DEMO_METER_ID,
      activationCodeHash: code,
      district: 'Kaarst',
      householdSize: 3,
      label: 'Beispielhaushalt (Beispieldaten)',
      ownerId: DEMO_CITIZEN_ID,
      linkedAt: new Date(start),
      dataLevel: 'FINE',
      fineSince: new Date(start),
    },
  });
  await db.consentEvent.createMany({
    data: [
      { meterId: DEMO_METER_ID, ownerId: DEMO_CITIZEN_ID, level: 'MONTHLY', at: new Date(start) },
      { meterId: DEMO_METER_ID, ownerId: DEMO_CITIZEN_ID, level: 'FINE', at: new Date(start) },
    ],
  });
  await db.tariff.create({
    data: {
      meterId: DEMO_METER_ID,
      validFrom: new Date(start - 365 * DAY),
      name: 'Beispieltarif mit Nachtstrom (Beispieldaten)',
      monthlyFeeCents: 1250,
      energyCtPerKwh: 32.4,
      feedInCtPerKwh: 7.9,
      windows: [{ weekdays: [], fromMinute: 22 * 60, toMinute: 6 * 60, ctPerKwh: 24.9 }],
    },
  });
  const household = generateHousehold({ seed: 20, start, days: FINE_DAYS + LIVE_HOURS / 24 });
  const quarters = quarterHours(household);
  const fine = quarters.starts
    .map((s, i) => ({ start: s, importWh: quarters.importWh[i] as number, exportWh: 0 }))
    .filter((q) => q.start < liveFrom);
  await ingest.importProfile(DEMO_METER_ID, fine);
  // The last two hours as a reader sends them: counter and power every second.
  let counter = 4_200_000;
  const live: Reading[] = [];
  for (let s = Math.round((liveFrom - start) / 1000); s < household.watts.length; s++) {
    const watts = household.watts[s] as number;
    counter += watts / 3600;
    live.push({
      meterId: DEMO_METER_ID,
      at: start + s * 1000,
      importWh: Math.round(counter * 10) / 10,
      exportWh: null,
      powerW: Math.round(watts),
    });
  }
  for (let i = 0; i < live.length; i += 2000)
    await ingest.ingest(
      live.slice(i, i + 2000).map((r) => ({ checked: { ok: true as const, value: r } })),
      now,
    );
  log.info({ meters: neighbours.length + 2 }, 'energy sample data (invented) seeded');
}
