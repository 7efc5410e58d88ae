/**
 * Meter readings as they arrive: the JSON that SML readers publish (Tasmota,
 * vzlogger, hichi and the like: OBIS codes as keys) over MQTT, and the same
 * body from a gateway's HTTP push. A reading is checked on its own here; its
 * place among the meter's other readings is checked in counters.ts.
 */

/** Why a reading was refused; stable codes, counted per reason. */
export type RefusalReason =
  | 'MALFORMED'
  | 'NO_METER'
  | 'METER_MISMATCH'
  | 'NO_TIMESTAMP'
  | 'BAD_TIMESTAMP'
  | 'FUTURE_TIMESTAMP'
  | 'NO_VALUES'
  | 'NO_IMPORT_COUNTER'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE_VALUE'
  | 'UNKNOWN_UNIT'
  | 'IMPLAUSIBLE_VALUE'
  | 'IMPLAUSIBLE_JUMP'
  | 'COUNTER_BACKWARDS'
  | 'CONFLICTING_DUPLICATE'
  | 'AMBIGUOUS_RESET'
  | 'OVERLAPS_LOAD_PROFILE'
  | 'OVERLAPS_METER_READINGS'
  | 'UNKNOWN_METER'
  | 'NOT_AUTHORIZED';

export interface Refusal {
  reason: RefusalReason;
  detail: string;
}

/** One reading: counters in Wh (OBIS 1.8.0 import, 2.8.0 export), power in W (16.7.0). */
export interface Reading {
  meterId: string;
  /** Epoch milliseconds. */
  at: number;
  importWh: number | null;
  exportWh: number | null;
  powerW: number | null;
}

export type Checked<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

const refuse = (reason: RefusalReason, detail: string): { ok: false } & Refusal => ({
  ok: false,
  reason,
  detail,
});

/** A household or small business draws far less; more is a reader's glitch. */
export const MAX_POWER_W = 1_000_000;
/** A 6-digit kWh register (999,999.9999 kWh) with room for a business meter's 8 digits. */
export const MAX_COUNTER_WH = 1e11;
/** Clocks of readers drift; more than this ahead of the hub's clock is an error. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
const EARLIEST = Date.UTC(2000, 0, 1);
export const METER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

const OBIS = { import: '1.8.0', export: '2.8.0', power: '16.7.0' } as const;

/** "1-0:1.8.0*255", "1-0:1.8.0", "1.8.0" and Tasmota's "1_8_0" all name the same register. */
function obisKey(key: string): string | null {
  const match = /^(?:1-0[:_])?(1|2|16)[._](8|7)[._]0(?:\*255)?$/.exec(key.trim());
  return match ? `${match[1]}.${match[2]}.0` : null;
}

function valuesObject(body: Record<string, unknown>): Record<string, unknown> {
  for (const nested of ['values', 'obis', 'SML', 'sml']) {
    const inner = body[nested];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) return inner as Record<string, unknown>;
  }
  return body;
}

/** A number, a numeric string (decimal comma allowed) or `{ value, unit }`; converted to Wh or W. */
function quantity(raw: unknown, kind: 'energy' | 'power'): Checked<number> {
  let value: unknown = raw;
  let unit = kind === 'energy' ? 'kWh' : 'W';
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    value = (raw as Record<string, unknown>).value;
    const given = (raw as Record<string, unknown>).unit;
    if (given !== undefined) unit = String(given);
  }
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.replace(',', '.'))
        : Number.NaN;
  if (!Number.isFinite(number)) return refuse('NOT_A_NUMBER', `${JSON.stringify(raw)} is not a number`);
  if (number < 0) return refuse('NEGATIVE_VALUE', `${number} is negative`);
  const factors: Record<string, number> =
    kind === 'energy' ? { kWh: 1000, Wh: 1, MWh: 1_000_000 } : { W: 1, kW: 1000 };
  const factor = factors[unit];
  if (factor === undefined)
    return refuse('UNKNOWN_UNIT', `unit ${unit} is not one of ${Object.keys(factors).join(', ')}`);
  const converted = Math.round(number * factor * 1000) / 1000;
  const max = kind === 'energy' ? MAX_COUNTER_WH : MAX_POWER_W;
  if (converted > max) return refuse('IMPLAUSIBLE_VALUE', `${number} ${unit} is beyond any meter`);
  return { ok: true, value: converted };
}

/** ISO 8601 with a zone, or epoch seconds/milliseconds. Zone-less local times are ambiguous at the autumn switch. */
export function parseTimestamp(raw: unknown, now: number): Checked<number> {
  let ms: number;
  if (typeof raw === 'number') ms = raw < 1e11 ? raw * 1000 : raw;
  else if (typeof raw === 'string') {
    if (!/(Z|[+-]\d\d:?\d\d)$/.test(raw.trim()))
      return refuse('BAD_TIMESTAMP', `${raw} has no time zone (add Z or +01:00)`);
    ms = Date.parse(raw);
  } else return refuse('NO_TIMESTAMP', 'the reading has no time');
  if (!Number.isFinite(ms) || ms < EARLIEST) return refuse('BAD_TIMESTAMP', `${String(raw)} is not a time`);
  if (ms > now + MAX_CLOCK_AHEAD_MS)
    return refuse('FUTURE_TIMESTAMP', `${new Date(ms).toISOString()} is in the future`);
  return { ok: true, value: Math.round(ms) };
}

/**
 * Checks one reading body. `topicMeterId` is the meter named by the MQTT topic
 * or the push route; a body naming another meter is refused.
 */
export function parseReading(body: unknown, now: number, topicMeterId?: string): Checked<Reading> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return refuse('MALFORMED', 'a reading is a JSON object');
  const record = body as Record<string, unknown>;
  const named = record.meterId ?? record.meter ?? record.id;
  if (named !== undefined && typeof named !== 'string') return refuse('MALFORMED', 'meterId is a string');
  if (topicMeterId && named && named !== topicMeterId)
    return refuse('METER_MISMATCH', `the body names ${named}, the topic ${topicMeterId}`);
  const meterId = topicMeterId ?? named;
  if (!meterId || !METER_ID.test(meterId)) return refuse('NO_METER', 'no valid meter id');
  const at = parseTimestamp(record.time ?? record.timestamp ?? record.Time ?? record.ts, now);
  if (!at.ok) return at;

  const found: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(valuesObject(record))) {
    const code = obisKey(key);
    if (code) found[code] = value;
  }
  const reading: Reading = { meterId, at: at.value, importWh: null, exportWh: null, powerW: null };
  const fields = [
    [OBIS.import, 'importWh', 'energy'],
    [OBIS.export, 'exportWh', 'energy'],
    [OBIS.power, 'powerW', 'power'],
  ] as const;
  for (const [code, field, kind] of fields) {
    if (found[code] === undefined || found[code] === null) continue;
    const checked = quantity(found[code], kind);
    if (!checked.ok) return { ...checked, detail: `1-0:${code}: ${checked.detail}` };
    reading[field] = checked.value;
  }
  if (reading.importWh === null && reading.exportWh === null && reading.powerW === null)
    return refuse('NO_VALUES', 'none of 1-0:1.8.0, 1-0:2.8.0, 1-0:16.7.0');
  if (reading.importWh === null && reading.exportWh !== null)
    return refuse('NO_IMPORT_COUNTER', 'an export counter (2.8.0) comes with the import counter (1.8.0)');
  return { ok: true, value: reading };
}

/** A gateway's HTTP push: one reading object, or `{ readings: [...] }`. */
export function readingBodies(body: unknown): unknown[] {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const list = (body as Record<string, unknown>).readings;
    if (Array.isArray(list)) return list;
  }
  return Array.isArray(body) ? body : [body];
}
