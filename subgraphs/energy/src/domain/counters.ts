/**
 * Where a reading goes among the meter's stored readings. Counters only grow,
 * except when the meter is exchanged or its register overflows (a reset: the
 * new value is small). Replays of a stored reading are recognised; readings
 * that arrive late are put between their neighbours, and the energy of the
 * segment they split is handed out again (rollups.ts).
 */
import { MAX_POWER_W, type Reading, type Refusal } from './readings.ts';
import { HOUR } from './time.ts';

/** A reading as stored: `reset` marks the first reading after a counter restart. */
export interface StoredReading extends Reading {
  reset: boolean;
}

/** The energy between two counter readings, spread evenly over their time (rollups.ts). */
export interface Segment {
  from: number;
  to: number;
  importWh: number;
  exportWh: number;
}

export type Placement =
  | { kind: 'duplicate' }
  | ({ kind: 'refused' } & Refusal)
  | {
      kind: 'store';
      /** An existing row at the same time gains values it lacked (a power reading gets its counters). */
      merge: boolean;
      reset: boolean;
      /** Segments whose energy is taken back (the one a late reading splits), and the new ones. */
      remove: Segment[];
      add: Segment[];
    };

const EPSILON = 1e-6;
/** A restarted counter shows little: at most a tenth of the last value, and at most 1,000 kWh. */
const RESET_LIMIT_WH = 1_000_000;

export interface Neighbours {
  /** A stored reading at exactly this time. */
  same: StoredReading | null;
  /** The nearest stored counter readings (importWh not null) before and after. */
  previous: StoredReading | null;
  next: StoredReading | null;
}

const refused = (reason: Refusal['reason'], detail: string): Placement => ({
  kind: 'refused',
  reason,
  detail,
});

function sameValues(stored: StoredReading, reading: Reading): 'equal' | 'adds' | 'conflict' {
  let adds = false;
  for (const field of ['importWh', 'exportWh', 'powerW'] as const) {
    const fresh = reading[field];
    const old = stored[field];
    if (fresh === null) continue;
    if (old === null) adds = true;
    else if (Math.abs(old - fresh) > EPSILON) return 'conflict';
  }
  return adds ? 'adds' : 'equal';
}

/** The energy of a segment ending at `to`, or why the two cannot follow each other. */
export function segmentBetween(from: StoredReading, to: StoredReading): Segment | Refusal {
  const importWh = to.reset ? (to.importWh ?? 0) : (to.importWh ?? 0) - (from.importWh ?? 0);
  const exportWh =
    to.exportWh === null || (!to.reset && from.exportWh === null)
      ? 0
      : to.reset
        ? to.exportWh
        : to.exportWh - (from.exportWh ?? 0);
  if (importWh < -EPSILON || exportWh < -EPSILON)
    return {
      reason: 'COUNTER_BACKWARDS',
      detail: `counter at ${new Date(to.at).toISOString()} is below the one at ${new Date(from.at).toISOString()}`,
    };
  const hours = (to.at - from.at) / HOUR;
  const watts = (Math.max(importWh, exportWh) / hours) | 0;
  if (watts > MAX_POWER_W)
    return { reason: 'IMPLAUSIBLE_JUMP', detail: `the counter rose as if ${watts} W were drawn` };
  return { from: from.at, to: to.at, importWh: Math.max(0, importWh), exportWh: Math.max(0, exportWh) };
}

const isRefusal = (value: Segment | Refusal): value is Refusal => 'reason' in value;

function looksLikeReset(previous: StoredReading, reading: Reading): boolean {
  const value = reading.importWh ?? 0;
  const before = previous.importWh ?? 0;
  return value < before && value <= Math.min(before / 10, RESET_LIMIT_WH);
}

/** Decides what storing `reading` means, given its stored neighbours. */
export function placeReading(reading: Reading, { same, previous, next }: Neighbours): Placement {
  if (same) {
    const comparison = sameValues(same, reading);
    if (comparison === 'equal') return { kind: 'duplicate' };
    if (comparison === 'conflict')
      return refused('CONFLICTING_DUPLICATE', 'a different reading is stored for this meter and time');
    // The stored row had no counter (power only): from here on it is a counter reading.
    if (same.importWh !== null || reading.importWh === null)
      return { kind: 'store', merge: true, reset: same.reset, remove: [], add: [] };
  }
  const merge = same !== null;
  if (reading.importWh === null) return { kind: 'store', merge, reset: false, remove: [], add: [] };

  const reset = previous !== null && looksLikeReset(previous, reading);
  const stored: StoredReading = { ...reading, reset };
  if (reset && next && !next.reset)
    return refused(
      'AMBIGUOUS_RESET',
      'a later reading continues the old counter; this one looks like a restart',
    );
  if (next?.reset && previous)
    return refused('AMBIGUOUS_RESET', 'the counter restarted between this reading and the next one');

  const add: Segment[] = [];
  if (previous) {
    const segment = segmentBetween(previous, stored);
    if (isRefusal(segment)) return { kind: 'refused', ...segment };
    add.push(segment);
  }
  const remove: Segment[] = [];
  if (next) {
    const segment = segmentBetween(stored, next);
    if (isRefusal(segment)) return { kind: 'refused', ...segment };
    add.push(segment);
    if (previous) {
      const old = segmentBetween(previous, next);
      if (!isRefusal(old)) remove.push(old);
    }
  }
  return { kind: 'store', merge, reset, remove, add };
}
