/**
 * What the owner and staff learn from the data: comparisons (previous period,
 * last year, similar households in groups of at least five), the hungry
 * appliances, the business view, and staff's aggregates (never fewer than five
 * meters, so no single household shows through).
 */
import { auditEntryData, badInput, requireRole, type Viewer } from '@kaarst/kit';
import { detectAppliances, MAX_SAMPLE_INTERVAL_MS } from './domain/appliances.ts';
import { changePercent, compareWithGroup, MIN_GROUP } from './domain/costs.ts';
import { coarseBreakdown, loadDurationCurve, peakShaving, topPeaks } from './domain/load-view.ts';
import {
  addBerlinMonths,
  berlinMidnight,
  berlinParts,
  DAY,
  startOfBerlinDay,
  startOfBerlinMonth,
} from './domain/time.ts';
import type { Meter, PrismaClient } from './generated/prisma/client.ts';
import { type SeriesStore, seriesOf } from './series.ts';
import { MS } from './store/sql.ts';

/** Without a tariff, appliances are priced at about the German household average. */
export const DEFAULT_CT_PER_KWH = 35;
export const MAX_APPLIANCE_DAYS = 7;
const MONTH = 30.44 * DAY;

export function shiftYears(ms: number, years: number): number {
  const { year, month, day } = berlinParts(ms);
  return berlinMidnight(year + years, month, day) + (ms - startOfBerlinDay(ms));
}

async function periodTotal(store: SeriesStore, meter: Meter, from: number, to: number) {
  const resolution = meter.dataLevel === 'FINE' ? 'DAY' : 'MONTH';
  const series = await seriesOf(store, meter, resolution, from, to);
  const importKwh = series.importWh.reduce((a, b) => a + b, 0) / 1000;
  return {
    from: new Date(from),
    to: new Date(to),
    importKwh,
    costEur: series.costs ? series.costs.totalCents / 100 : null,
  };
}

/** Whole months inside [from, to). */
function wholeMonths(from: number, to: number): { start: number; end: number; count: number } | null {
  let start = startOfBerlinMonth(from);
  if (start < from) start = addBerlinMonths(start, 1);
  let end = start;
  let count = 0;
  while (addBerlinMonths(end, 1) <= to) {
    end = addBerlinMonths(end, 1);
    count++;
  }
  return count > 0 ? { start, end, count } : null;
}

async function similarHouseholds(db: PrismaClient, meter: Meter, from: number, to: number) {
  const months = wholeMonths(from, to);
  if (!months) return null;
  const sameSize = meter.sector === 'HOUSEHOLD' && meter.householdSize !== null;
  const rows = await db.$queryRawUnsafe<Array<{ meterId: string; wh: number }>>(
    `SELECT r."meterId", sum(r."importWh")::float8 AS wh FROM rollup r JOIN meter m ON m.id = r."meterId"
     WHERE r.resolution = 'MONTH' AND r.start >= to_timestamp($1 / 1000.0) AND r.start < to_timestamp($2 / 1000.0)
       AND m.sector = $3::"Sector" AND m.district = $4 ${sameSize ? 'AND m."householdSize" = $6' : ''}
     GROUP BY r."meterId" HAVING count(*) = $5`,
    months.start,
    months.end,
    meter.sector,
    meter.district,
    months.count,
    ...(sameSize ? [meter.householdSize] : []),
  );
  const days = (months.end - months.start) / DAY;
  const perDay = new Map(rows.map((r) => [r.meterId, r.wh / 1000 / days]));
  const own = perDay.get(meter.id);
  if (own === undefined) return null;
  const comparison = compareWithGroup(own, [...perDay.values()]);
  if (!comparison) return null;
  const group = [
    meter.sector === 'HOUSEHOLD' ? 'Haushalte' : 'Betriebe',
    meter.district,
    ...(sameSize ? [`${meter.householdSize} Personen`] : []),
  ].join(', ');
  return { group, ownKwhPerDay: own, ...comparison };
}

export async function comparisonOf(store: SeriesStore, meter: Meter, from: number, to: number) {
  const span = to - from;
  const [current, previousPeriod, lastYear, similar] = await Promise.all([
    periodTotal(store, meter, from, to),
    periodTotal(store, meter, from - span, from),
    periodTotal(store, meter, shiftYears(from, -1), shiftYears(to, -1)),
    similarHouseholds(store.db, meter, from, to),
  ]);
  return {
    current,
    previousPeriod,
    lastYear,
    changeToPreviousPercent: changePercent(current.importKwh, previousPeriod.importKwh),
    changeToLastYearPercent: changePercent(current.importKwh, lastYear.importKwh),
    similarHouseholds: similar,
  };
}

async function powerSamples(db: PrismaClient, meterId: string, from: number, to: number) {
  const [row] = await db.$queryRawUnsafe<Array<{ at: number[] | null; watts: number[] | null }>>(
    `SELECT array_agg(${MS('at')} ORDER BY at) AS at, array_agg("powerW" ORDER BY at) AS watts FROM reading
     WHERE "meterId" = $1 AND at >= to_timestamp($2 / 1000.0) AND at < to_timestamp($3 / 1000.0) AND "powerW" IS NOT NULL`,
    meterId,
    from,
    to,
  );
  return { at: (row?.at ?? []).map(Number), watts: row?.watts ?? [] };
}

function medianStep(at: number[]): number {
  if (at.length < 2) return Number.POSITIVE_INFINITY;
  const steps = at
    .slice(1)
    .map((t, i) => t - (at[i] as number))
    .sort((a, b) => a - b);
  return steps[steps.length >> 1] as number;
}

export async function appliancesOf(store: SeriesStore, meter: Meter, from: number, to: number) {
  if (meter.dataLevel !== 'FINE')
    return { source: 'NONE' as const, totalKwh: 0, signatures: [], untrackedKwh: 0 };
  if (to - from > MAX_APPLIANCE_DAYS * DAY)
    throw badInput(`At most ${MAX_APPLIANCE_DAYS} days at once.`, 'to');
  const series = await seriesOf(store, meter, 'QUARTER', from, to);
  const totalKwh = series.importWh.reduce((a, b) => a + b, 0) / 1000;
  const ctPerKwh = series.costs?.effectiveCtPerKwh ?? DEFAULT_CT_PER_KWH;
  const samples = await powerSamples(store.db, meter.id, from, to);
  if (samples.at.length >= 600 && medianStep(samples.at) <= MAX_SAMPLE_INTERVAL_MS) {
    const found = detectAppliances(samples, ctPerKwh);
    const sorted = Float64Array.from(samples.watts).sort();
    const baseLoadW = sorted[Math.floor(sorted.length * 0.05)] ?? 0;
    const months = found.spanMs / MONTH;
    const explained = found.signatures.reduce((sum, s) => sum + s.kwhPerMonth * months, 0);
    const baseKwh = (baseLoadW * (to - from)) / 3_600_000 / 1000;
    return {
      source: 'POWER_SAMPLES' as const,
      totalKwh,
      baseLoadW,
      baseLoadKwhPerMonth: (baseLoadW * MONTH) / 3_600_000 / 1000,
      signatures: found.signatures,
      untrackedKwh: Math.max(0, totalKwh - baseKwh - explained),
    };
  }
  if (series.starts.length < 96)
    return { source: 'NONE' as const, totalKwh, signatures: [], untrackedKwh: totalKwh };
  const coarse = coarseBreakdown(series.starts, series.importWh, (ms) =>
    Math.floor(berlinParts(ms).minuteOfDay / 60),
  );
  return {
    source: 'QUARTER_HOURS' as const,
    totalKwh,
    baseLoadW: coarse.baseLoadW,
    baseLoadKwhPerMonth: (coarse.baseLoadW * MONTH) / 3_600_000 / 1000,
    signatures: [],
    largeConsumerKwh: coarse.largeConsumerKwh,
    largeConsumerPeakHour: coarse.largeConsumerPeakHour,
    untrackedKwh: coarse.otherKwh,
  };
}

export async function loadViewOf(store: SeriesStore, meter: Meter, from: number, to: number) {
  const series = await seriesOf(store, meter, 'QUARTER', from, to);
  const shaving = peakShaving(series.importWh, meter.capacityEurPerKwYear ?? 0, to - from);
  return {
    peakKw: shaving.peakKw,
    peaks: topPeaks(series.starts, series.importWh, 10).map((p) => ({ start: new Date(p.start), kw: p.kw })),
    durationCurve: loadDurationCurve(series.importWh),
    capacityChargeEur: shaving.chargeEur,
    shaving: shaving.options.map((o) => ({ ...o, reductionPercent: o.reduction * 100 })),
  };
}

/** Staff: sums of a sector and district over whole months, or null below five meters. */
export async function energyAggregate(
  db: PrismaClient,
  viewer: Viewer | null,
  sector: 'HOUSEHOLD' | 'BUSINESS',
  district: string,
  from: number,
  to: number,
) {
  const staff = requireRole(viewer, 'staff');
  const rows = await db.$queryRawUnsafe<Array<{ wh: number }>>(
    `SELECT sum(r."importWh")::float8 AS wh FROM rollup r JOIN meter m ON m.id = r."meterId"
     WHERE r.resolution = 'MONTH' AND r.start >= to_timestamp($1 / 1000.0) AND r.start < to_timestamp($2 / 1000.0)
       AND m.sector = $3::"Sector" AND m.district = $4
     GROUP BY r."meterId"`,
    from,
    to,
    sector,
    district,
  );
  await db.auditEntry.create({
    data: auditEntryData(staff, 'energy.aggregate', { type: 'EnergyAggregate', id: `${sector}/${district}` }),
  });
  if (rows.length < MIN_GROUP) return null;
  const values = rows.map((r) => r.wh / 1000).sort((a, b) => a - b);
  const mid = values.length >> 1;
  return {
    sector,
    district,
    meters: values.length,
    totalKwh: values.reduce((a, b) => a + b, 0),
    medianKwhPerMeter:
      values.length % 2
        ? (values[mid] as number)
        : ((values[mid - 1] as number) + (values[mid] as number)) / 2,
  };
}
