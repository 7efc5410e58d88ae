/**
 * A meter's energy over a period with its costs: rollups read column-wise,
 * priced quarter by quarter where fine data exists (time-of-use windows and
 * dynamic prices need it), else at the energy price of the tariff.
 */
import { badInput, forbidden } from '@kaarst/kit';
import { type CostSummary, costOf } from './domain/costs.ts';
import type { Tariff } from './domain/tariffs.ts';
import { bucketStart, DAY, type Resolution } from './domain/time.ts';
import type { Meter, PrismaClient } from './generated/prisma/client.ts';
import type { RawPool } from './store/binary.ts';
import { rollupColumns } from './store/sql.ts';
import { tariffFor } from './tariff-store.ts';

const MAX_DAYS: Record<Resolution, number> = { QUARTER: 370, HOUR: 400, DAY: 800, MONTH: 3700 };

export interface SeriesResult {
  resolution: Resolution;
  starts: number[];
  importWh: number[];
  exportWh: number[];
  estimatedWh: number[];
  costCents: number[] | null;
  costs: CostSummary | null;
}

export function checkPeriod(from: Date, to: Date, resolution: Resolution): { from: number; to: number } {
  const a = from.getTime();
  const b = to.getTime();
  if (!(a < b)) throw badInput('from is before to.', 'from');
  if (b - a > MAX_DAYS[resolution] * DAY)
    throw badInput(`At most ${MAX_DAYS[resolution]} days at ${resolution.toLowerCase()} resolution.`, 'to');
  return { from: a, to: b };
}

export function allowedResolution(meter: Meter, resolution: Resolution): void {
  if (meter.dataLevel !== 'FINE' && resolution !== 'MONTH')
    throw forbidden('Only monthly totals are kept for this meter; opt in to 15-minute values first.');
}

/** Without fine data there is no time of day: coarse intervals are priced at the energy price. */
const withoutTimeOfDay = (tariff: Tariff): Tariff => ({
  versions: tariff.versions.map((v) => ({ ...v, windows: [] })),
  dynamicPrices: [],
});

/**
 * Where a series is read from: the Prisma client, and the `pg` pool under it for the binary
 * read of long series (store/binary.ts; without it every read goes through Prisma).
 */
export interface SeriesStore {
  db: PrismaClient;
  pool?: RawPool | undefined;
}

export async function seriesOf(
  { db, pool }: SeriesStore,
  meter: Meter,
  resolution: Resolution,
  from: number,
  to: number,
): Promise<SeriesResult> {
  allowedResolution(meter, resolution);
  const [columns, tariff] = await Promise.all([
    rollupColumns(db, pool, meter.id, resolution, from, to),
    tariffFor(db, pool, meter.id, from, to),
  ]);
  if (!tariff) return { resolution, ...columns, costCents: null, costs: null };
  const priced =
    meter.dataLevel === 'FINE' && resolution !== 'QUARTER'
      ? await rollupColumns(db, pool, meter.id, 'QUARTER', from, to)
      : null;
  if (!priced) {
    const costs = costOf(columns, resolution === 'QUARTER' ? tariff : withoutTimeOfDay(tariff), from, to);
    return { resolution, ...columns, costCents: Array.from(costs.intervalCents), costs };
  }
  // Price each quarter, then add the cents up into the requested intervals.
  const costs = costOf(priced, tariff, from, to);
  const index = new Map(columns.starts.map((start, i) => [start, i]));
  const costCents = new Array<number>(columns.starts.length).fill(0);
  for (let i = 0; i < priced.starts.length; i++) {
    const at = index.get(bucketStart(resolution, priced.starts[i] as number));
    if (at !== undefined) costCents[at] = (costCents[at] ?? 0) + (costs.intervalCents[i] as number);
  }
  return { resolution, ...columns, costCents, costs };
}
