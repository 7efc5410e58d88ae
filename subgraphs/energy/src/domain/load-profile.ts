/**
 * CSV import of 15-minute load profiles as metering operators' portals export
 * them: one row per quarter, its start time and the energy of that quarter in
 * kWh (import, optionally export). German exports use `;`, a decimal comma and
 * local time ("01.12.2026 00:15"); in the autumn the hour 02:00-03:00 appears
 * twice, and the order of the rows tells which is which.
 */
import { MAX_POWER_W, type Refusal, type RefusalReason } from './readings.ts';
import { berlinOffset, HOUR, QUARTER } from './time.ts';

export interface IntervalValue {
  start: number;
  importWh: number;
  exportWh: number;
  /** The CSV line it came from. */
  line?: number;
}

export interface RowRefusal extends Refusal {
  line: number;
}

export interface ParsedProfile {
  intervals: IntervalValue[];
  refused: RowRefusal[];
}

const MAX_QUARTER_WH = MAX_POWER_W / 4;

/** Berlin wall-clock time to an instant; `after` picks the later of two in the repeated autumn hour. */
function berlinWallToInstant(wall: number, after: number): number | null {
  const candidates = [wall - 2 * HOUR, wall - HOUR].filter((utc) => utc + berlinOffset(utc) === wall);
  if (candidates.length === 0) return null; // the skipped spring hour
  return candidates.find((utc) => utc > after) ?? candidates[0] ?? null;
}

function parseTime(text: string, after: number): number | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (german) {
    const [, d, mo, y, h, mi] = german.map(Number) as number[];
    return berlinWallToInstant(Date.UTC(y as number, (mo as number) - 1, d, h, mi), after);
  }
  if (/(Z|[+-]\d\d:?\d\d)$/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  }
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (local) {
    const [, y, mo, d, h, mi] = local.map(Number) as number[];
    return berlinWallToInstant(Date.UTC(y as number, (mo as number) - 1, d, h, mi), after);
  }
  return null;
}

function parseKwh(text: string | undefined, scale: number): number | null {
  if (text === undefined || text.trim() === '') return 0;
  const cleaned = text.trim().replace(/\s/g, '');
  // "1.234,5" (German thousands) and "1234.5" both occur.
  const normalised = cleaned.includes(',') ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  const value = Number(normalised);
  return Number.isFinite(value) ? Math.round(value * scale * 1000) / 1000 : null;
}

type Row = IntervalValue | { reason: RefusalReason; detail: string };

function parseRow(cells: string[], previous: number, now: number, scale: number): Row {
  const start = parseTime(cells[0] ?? '', previous);
  if (start === null)
    return {
      reason: 'BAD_TIMESTAMP',
      detail: `"${cells[0]}" is not a time of day (or does not exist in Berlin)`,
    };
  if (start % QUARTER !== 0)
    return { reason: 'BAD_TIMESTAMP', detail: `${cells[0]} does not start a quarter hour` };
  if (start + QUARTER > now) return { reason: 'FUTURE_TIMESTAMP', detail: `${cells[0]} has not ended yet` };
  const importWh = parseKwh(cells[1], scale);
  const exportWh = parseKwh(cells[2], scale);
  if (importWh === null || exportWh === null || !cells[1])
    return { reason: 'NOT_A_NUMBER', detail: `"${cells[1] ?? ''}" / "${cells[2] ?? ''}" are not numbers` };
  if (importWh < 0 || exportWh < 0)
    return { reason: 'NEGATIVE_VALUE', detail: 'energy in a quarter is not negative' };
  if (importWh > MAX_QUARTER_WH || exportWh > MAX_QUARTER_WH)
    return {
      reason: 'IMPLAUSIBLE_VALUE',
      detail: `${cells[1]} kWh in 15 minutes is beyond any household or business`,
    };
  return { start, importWh, exportWh };
}

/** Parses a load profile; each bad row is refused with its line number, the others are kept. */
export function parseLoadProfile(csv: string, now: number): ParsedProfile {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const separator = first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
  const intervals: IntervalValue[] = [];
  const refused: RowRefusal[] = [];
  const seen = new Set<number>();
  let scale = 1000;
  let previous = Number.NEGATIVE_INFINITY;
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const cells = raw.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
    const isFirst = intervals.length === 0 && refused.length === 0;
    if (isFirst && /[a-z]/i.test(cells[0] ?? '') && parseTime(cells[0] ?? '', previous) === null) {
      // The header: it may say the values are in Wh.
      if (/\bWh\b/.test(raw) && !/kWh/.test(raw)) scale = 1;
      continue;
    }
    const row = parseRow(cells, previous, now, scale);
    if ('reason' in row) refused.push({ line: index + 1, ...row });
    else if (seen.has(row.start))
      refused.push({
        line: index + 1,
        reason: 'CONFLICTING_DUPLICATE',
        detail: `${cells[0]} appears twice in the file`,
      });
    else {
      seen.add(row.start);
      previous = row.start;
      intervals.push({ ...row, line: index + 1 });
    }
  }
  return { intervals, refused };
}
