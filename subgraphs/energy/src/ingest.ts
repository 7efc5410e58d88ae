/**
 * Ingest: readings from MQTT, the HTTP push and the seed all come through here,
 * in batches. In one transaction per batch: the meters are locked (one meter's
 * readings are placed one batch at a time), the stored neighbours are read,
 * every reading is placed (domain/counters.ts), and rows, rollups and refusal
 * counts are written column-wise. Refused readings are counted, never stored.
 * A meter at MONTHLY keeps only its newest counter reading and monthly
 * rollups; power and older readings are not kept (skipped).
 */
import type { Logger } from '@kaarst/kit';
import { type Neighbours, placeReading, type Segment, type StoredReading } from './domain/counters.ts';
import type { IntervalValue } from './domain/load-profile.ts';
import type { Checked, Reading, RefusalReason } from './domain/readings.ts';
import { type Increment, IncrementSum } from './domain/rollups.ts';
import { berlinParts, QUARTER, RESOLUTIONS, type Resolution } from './domain/time.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { LivePower } from './live.ts';
import {
  addToRollups,
  countRefusals,
  keepOnlyLatest,
  lockMeters,
  neighbourhoods,
  profileStarts,
  type RawSql,
  readingsOf,
  writeReadings,
} from './store/sql.ts';

export interface IngestRefusal {
  index: number;
  meterId: string | null;
  reason: RefusalReason;
  detail: string;
}

export interface IngestResult {
  stored: number;
  duplicates: number;
  /** Valid, but not kept at the meter's data level (power, older readings at MONTHLY). */
  skipped: number;
  refused: IngestRefusal[];
}

/** A reading as it arrived: checked or refused by parseReading; `meterId` is the topic's or key's meter. */
export interface Incoming {
  checked: Checked<Reading>;
  meterId?: string;
}

export const TRANSACTION = { maxWait: 20_000, timeout: 60_000 };
const MONTH_ONLY: readonly Resolution[] = ['MONTH'];
/** Power is derived from counters only over short segments; longer ones say little about "now". */
const LIVE_FROM_COUNTERS_MS = 60_000;

export function berlinDay(ms: number): string {
  const { year, month, day } = berlinParts(ms);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The index of the first row at or after `at` (rows ascending by time). */
function lowerBound(rows: StoredReading[], at: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid] as StoredReading).at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function neighboursIn(rows: StoredReading[], reading: Reading): { index: number; neighbours: Neighbours } {
  const index = lowerBound(rows, reading.at);
  const same = rows[index]?.at === reading.at ? (rows[index] as StoredReading) : null;
  if (reading.importWh === null) return { index, neighbours: { same, previous: null, next: null } };
  let previous: StoredReading | null = null;
  for (let i = index - 1; i >= 0 && !previous; i--)
    if (rows[i]?.importWh !== null) previous = rows[i] ?? null;
  let next: StoredReading | null = null;
  for (let i = same ? index + 1 : index; i < rows.length && !next; i++)
    if (rows[i]?.importWh !== null) next = rows[i] ?? null;
  return { index, neighbours: { same, previous, next } };
}

/** True when a segment would cover a quarter that came from a load profile (that energy is counted already). */
function overlapsProfile(segments: Segment[], quarters: number[]): boolean {
  return segments.some((s) => quarters.some((q) => q < s.to && q + QUARTER > s.from));
}

interface BatchState {
  result: IngestResult;
  toWrite: Map<string, StoredReading>;
  increments: Array<Increment & { meterId: string }>;
  refusals: Map<string, number>;
  live: Array<{ meterId: string; at: number; watts: number }>;
  latestMonthly: Array<{ meterId: string; at: number }>;
}

export class IngestService {
  constructor(
    private readonly db: PrismaClient,
    private readonly live: LivePower | null,
    private readonly log: Logger,
  ) {}

  async ingest(items: Incoming[], now = Date.now()): Promise<IngestResult> {
    const state: BatchState = {
      result: { stored: 0, duplicates: 0, skipped: 0, refused: [] },
      toWrite: new Map(),
      increments: [],
      refusals: new Map(),
      live: [],
      latestMonthly: [],
    };
    const day = berlinDay(now);
    const refuse = (index: number, meterId: string | null, reason: RefusalReason, detail: string) => {
      state.result.refused.push({ index, meterId, reason, detail });
      const key = `${meterId ?? ''}\u0000${reason}`;
      state.refusals.set(key, (state.refusals.get(key) ?? 0) + 1);
    };
    const byMeter = new Map<string, Array<{ index: number; reading: Reading }>>();
    items.forEach((item, index) => {
      if (!item.checked.ok) refuse(index, item.meterId ?? null, item.checked.reason, item.checked.detail);
      else {
        const list = byMeter.get(item.checked.value.meterId) ?? [];
        list.push({ index, reading: item.checked.value });
        byMeter.set(item.checked.value.meterId, list);
      }
    });

    await this.db.$transaction(async (tx) => {
      const levels = byMeter.size ? await lockMeters(tx, [...byMeter.keys()]) : new Map();
      const fine: string[] = [];
      const monthly: string[] = [];
      for (const [meterId, list] of byMeter) {
        const level = levels.get(meterId);
        if (level === 'FINE') fine.push(meterId);
        else if (level === 'MONTHLY') monthly.push(meterId);
        else
          for (const { index } of list)
            refuse(index, null, 'UNKNOWN_METER', `meter ${meterId} is not registered`);
        list.sort((a, b) => a.reading.at - b.reading.at || a.index - b.index);
      }
      await this.placeFine(tx, fine, byMeter, state, refuse);
      await this.placeMonthly(tx, monthly, byMeter, state, refuse);
      await writeReadings(tx, [...state.toWrite.values()]);
      await keepOnlyLatest(tx, state.latestMonthly);
      await addToRollups(tx, state.increments);
      await countRefusals(
        tx,
        [...state.refusals].map(([key, count]) => {
          const [meterId = '', reason = ''] = key.split('\u0000');
          return { meterId, day, reason, count };
        }),
      );
    }, TRANSACTION);

    state.result.refused.sort((a, b) => a.index - b.index);
    for (const power of state.live) this.live?.offer(power.meterId, power.at, power.watts);
    if (state.result.refused.length > 0)
      this.log.debug({ refused: state.result.refused.length }, 'readings refused (counted, not stored)');
    return state.result;
  }

  private async placeFine(
    tx: RawSql,
    meterIds: string[],
    byMeter: Map<string, Array<{ index: number; reading: Reading }>>,
    state: BatchState,
    refuse: (index: number, meterId: string | null, reason: RefusalReason, detail: string) => void,
  ): Promise<void> {
    if (meterIds.length === 0) return;
    const windows = meterIds.map((meterId) => {
      const list = byMeter.get(meterId) ?? [];
      return { meterId, from: list[0]?.reading.at ?? 0, to: list.at(-1)?.reading.at ?? 0 };
    });
    const stored = await neighbourhoods(tx, windows);
    // Load-profile quarters anywhere near the batch (a wide window: segments may span gaps).
    const profiles = await profileStarts(
      tx,
      windows.map((w) => {
        const around = stored.filter((r) => r.meterId === w.meterId).map((r) => r.at);
        return {
          meterId: w.meterId,
          from: Math.min(w.from, ...around) - QUARTER,
          to: Math.max(w.to, ...around),
        };
      }),
    );
    for (const meterId of meterIds) {
      const rows = stored.filter((r) => r.meterId === meterId).sort((a, b) => a.at - b.at);
      const quarters = profiles.filter((p) => p.meterId === meterId).map((p) => p.start);
      const sums = new IncrementSum();
      for (const { index, reading } of byMeter.get(meterId) ?? []) {
        const { index: position, neighbours } = neighboursIn(rows, reading);
        const placement = placeReading(reading, neighbours);
        if (placement.kind === 'duplicate') {
          state.result.duplicates++;
          continue;
        }
        if (placement.kind === 'refused') {
          refuse(index, meterId, placement.reason, placement.detail);
          continue;
        }
        if (overlapsProfile(placement.add, quarters)) {
          refuse(index, meterId, 'OVERLAPS_LOAD_PROFILE', 'a load profile covers this time already');
          continue;
        }
        for (const segment of placement.remove) sums.addSegment(segment, RESOLUTIONS, -1);
        for (const segment of placement.add) sums.addSegment(segment, RESOLUTIONS);
        let row: StoredReading;
        if (placement.merge && neighbours.same) {
          row = neighbours.same;
          row.importWh ??= reading.importWh;
          row.exportWh ??= reading.exportWh;
          row.powerW ??= reading.powerW;
          row.reset ||= placement.reset;
        } else {
          row = { ...reading, reset: placement.reset };
          rows.splice(position, 0, row);
        }
        state.toWrite.set(`${meterId}\u0000${row.at}`, row);
        state.result.stored++;
        const watts = reading.powerW ?? derivedWatts(placement.add[0], reading.at);
        if (watts !== null) state.live.push({ meterId, at: reading.at, watts });
      }
      for (const increment of sums.list()) state.increments.push({ ...increment, meterId });
    }
  }

  private async placeMonthly(
    tx: RawSql,
    meterIds: string[],
    byMeter: Map<string, Array<{ index: number; reading: Reading }>>,
    state: BatchState,
    refuse: (index: number, meterId: string | null, reason: RefusalReason, detail: string) => void,
  ): Promise<void> {
    if (meterIds.length === 0) return;
    const stored = await readingsOf(tx, meterIds);
    for (const meterId of meterIds) {
      let latest =
        stored
          .filter((r) => r.meterId === meterId && r.importWh !== null)
          .sort((a, b) => a.at - b.at)
          .at(-1) ?? null;
      const sums = new IncrementSum();
      let changed = false;
      for (const { index, reading } of byMeter.get(meterId) ?? []) {
        if (reading.importWh === null || (latest && reading.at < latest.at)) {
          state.result.skipped++;
          continue;
        }
        const counterOnly: Reading = { ...reading, powerW: null };
        const same = latest && latest.at === reading.at ? latest : null;
        const placement = placeReading(counterOnly, { same, previous: same ? null : latest, next: null });
        if (placement.kind === 'duplicate') state.result.duplicates++;
        else if (placement.kind === 'refused') refuse(index, meterId, placement.reason, placement.detail);
        else if (!same) {
          for (const segment of placement.add) sums.addSegment(segment, MONTH_ONLY);
          latest = { ...counterOnly, reset: placement.reset };
          changed = true;
          state.result.stored++;
        } else state.result.skipped++;
      }
      if (latest && changed) {
        state.toWrite.set(`${meterId}\u0000${latest.at}`, latest);
        state.latestMonthly.push({ meterId, at: latest.at });
      }
      for (const increment of sums.list()) state.increments.push({ ...increment, meterId });
    }
  }

  /**
   * Stores 15-minute load-profile values (the meter is FINE: the caller checks).
   * A value for a stored quarter is a duplicate when equal, else refused; a
   * quarter inside the span of counter readings is refused (counted already).
   */
  async importProfile(
    meterId: string,
    intervals: IntervalValue[],
  ): Promise<{
    stored: number;
    duplicates: number;
    refused: Array<{ index: number; reason: RefusalReason; detail: string }>;
  }> {
    const refused: Array<{ index: number; reason: RefusalReason; detail: string }> = [];
    let stored = 0;
    let duplicates = 0;
    await this.db.$transaction(async (tx) => {
      await lockMeters(tx, [meterId]);
      const existing = new Map(
        (
          await tx.$queryRawUnsafe<Array<{ start: number; importWh: number; exportWh: number }>>(
            `SELECT round(extract(epoch from start) * 1000)::float8 AS start, "importWh", "exportWh"
             FROM profile_value WHERE "meterId" = $1`,
            meterId,
          )
        ).map((r) => [Number(r.start), r]),
      );
      const [span] = await tx.$queryRawUnsafe<Array<{ lo: number | null; hi: number | null }>>(
        `SELECT round(extract(epoch from min(at)) * 1000)::float8 AS lo, round(extract(epoch from max(at)) * 1000)::float8 AS hi
         FROM reading WHERE "meterId" = $1 AND "importWh" IS NOT NULL`,
        meterId,
      );
      const sums = new IncrementSum();
      const fresh: IntervalValue[] = [];
      intervals.forEach((interval, index) => {
        const old = existing.get(interval.start);
        if (old) {
          if (
            Math.abs(old.importWh - interval.importWh) < 1e-6 &&
            Math.abs(old.exportWh - interval.exportWh) < 1e-6
          )
            duplicates++;
          else
            refused.push({
              index,
              reason: 'CONFLICTING_DUPLICATE',
              detail: 'another value is stored for this quarter',
            });
          return;
        }
        if (
          span?.lo != null &&
          span.hi != null &&
          interval.start < Number(span.hi) &&
          interval.start + QUARTER > Number(span.lo)
        ) {
          refused.push({
            index,
            reason: 'OVERLAPS_METER_READINGS',
            detail: 'meter readings cover this quarter already',
          });
          return;
        }
        existing.set(interval.start, interval);
        fresh.push(interval);
        sums.addInterval(interval.start, interval.importWh, interval.exportWh, RESOLUTIONS);
      });
      if (fresh.length > 0)
        await tx.$executeRawUnsafe(
          `INSERT INTO profile_value ("meterId", start, "importWh", "exportWh")
           SELECT $1, to_timestamp(s / 1000.0), i, e FROM unnest($2::float8[], $3::float8[], $4::float8[]) AS u(s, i, e)`,
          meterId,
          fresh.map((f) => f.start),
          fresh.map((f) => f.importWh),
          fresh.map((f) => f.exportWh),
        );
      await addToRollups(
        tx,
        sums.list().map((i) => ({ ...i, meterId })),
      );
      stored = fresh.length;
    }, TRANSACTION);
    return { stored, duplicates, refused };
  }
}

function derivedWatts(segment: Segment | undefined, at: number): number | null {
  if (!segment || segment.to !== at || segment.to - segment.from > LIVE_FROM_COUNTERS_MS) return null;
  return (segment.importWh * 3_600_000) / (segment.to - segment.from);
}
