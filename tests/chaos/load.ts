/**
 * The chaos test's load: a few workers sending a fixed mix of operations
 * through the gateway at a bounded rate, each operation recorded with its
 * HTTP status, duration, error codes and data.
 */
import { nextLocal, WEDNESDAY } from '../dates.ts';

/** Which subgraphs an operation needs. */
export type OpKind =
  | 'appointments' // catalogue or free slots: appointments only
  | 'citizens' // me: citizens only
  | 'both' // locations and me with its appointments
  | 'book' // a booking answered from appointments only
  | 'book+citizen'; // a booking with the citizen's name from citizens

export const TOUCHES_CITIZENS: Record<OpKind, boolean> = {
  appointments: false,
  citizens: true,
  both: true,
  book: false,
  'book+citizen': true,
};

export interface OpRecord {
  kind: OpKind;
  /** Date.now() when it was sent and when its answer was read. */
  start: number;
  end: number;
  /** HTTP status; 0 when no answer came (connection failed, time limit). */
  status: number;
  codes: string[];
  data: Record<string, unknown> | null;
  /** What went wrong below HTTP, if anything. */
  failure?: string;
  /** The confirmation code, for bookings the API reported as made. */
  bookedCode?: string;
}

/** Whether the answer is complete: data for every field and no errors. */
export type Verdict = 'full' | 'partial' | 'wrong';

const SLOTS_QUERY = `query ($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {
  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) { start location { id } } }`;
const CATALOGUE_QUERY = '{ appointmentServices { id name durationMinutes } officeLocations { id name } }';
const ME_QUERY = '{ me { id displayName email } }';
const BOTH_QUERY = '{ officeLocations { id } me { displayName appointments { code } } }';
const BOOK = (extra: string) =>
  `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code start ${extra} } }`;

export const LOCATION = 'rathaus-kaarst';
const ANNA_NAME = 'Anna Schmitz';

/**
 * Distinct 15-minute slots at Rathaus Kaarst, Monday to Friday mornings
 * (08:00 to 12:15 starts), week after week: every booking can succeed.
 */
export function* slotStarts(): Generator<string> {
  const times: string[] = [];
  for (let minutes = 8 * 60; minutes <= 12 * 60 + 15; minutes += 15)
    times.push(
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    );
  for (let week = 0; ; week++)
    for (let weekday = 1; weekday <= 5; weekday++)
      for (const time of times) yield nextLocal(weekday, time, 2 + 7 * week);
}

const isNonEmptyArray = (value: unknown) => Array.isArray(value) && value.length > 0;

/** Judges an answer by what its kind asks for. */
export function verdict(op: OpRecord): Verdict {
  const d = op.data;
  if (op.status !== 200 || !d) return 'wrong';
  const unavailableOnly = op.codes.length > 0 && op.codes.every((c) => c === 'SUBGRAPH_UNAVAILABLE');
  const clean = op.codes.length === 0;
  const me = d.me as { displayName?: string } | null | undefined;
  const booked = d.bookAppointment as
    | { code?: string; citizen?: { displayName?: string } | null }
    | undefined;
  switch (op.kind) {
    case 'appointments':
      return clean && (isNonEmptyArray(d.appointmentServices) || isNonEmptyArray(d.availableSlots))
        ? 'full'
        : 'wrong';
    case 'citizens':
      if (clean && me?.displayName === ANNA_NAME) return 'full';
      return unavailableOnly && me === null ? 'partial' : 'wrong';
    case 'both':
      if (!isNonEmptyArray(d.officeLocations)) return 'wrong';
      if (clean && me?.displayName === ANNA_NAME) return 'full';
      return unavailableOnly && me === null ? 'partial' : 'wrong';
    case 'book':
      return clean && booked?.code ? 'full' : 'wrong';
    case 'book+citizen':
      if (!booked?.code) return 'wrong';
      if (clean && booked.citizen?.displayName === ANNA_NAME) return 'full';
      return unavailableOnly && booked.citizen === null ? 'partial' : 'wrong';
  }
}

/** The operations of one kind, with variables; bookings take the next free slot. */
function operation(kind: OpKind, slots: Iterator<string>, serial: number) {
  switch (kind) {
    case 'appointments':
      return serial % 2 === 0
        ? { query: CATALOGUE_QUERY }
        : {
            query: SLOTS_QUERY,
            variables: {
              serviceIds: ['personalausweis'],
              from: nextLocal(WEDNESDAY, '08:00'),
              to: nextLocal(WEDNESDAY, '12:30'),
            },
          };
    case 'citizens':
      return { query: ME_QUERY };
    case 'both':
      return { query: BOTH_QUERY };
    case 'book':
    case 'book+citizen': {
      const start = slots.next().value as string;
      return {
        query: BOOK(kind === 'book' ? '' : 'citizen { displayName }'),
        variables: {
          input: {
            serviceIds: ['personalausweis'],
            locationId: LOCATION,
            start,
            idempotencyKey: `chaos-${start}`,
          },
        },
      };
    }
  }
}

async function send(
  url: string,
  token: string,
  kind: OpKind,
  body: { query: string; variables?: Record<string, unknown> },
): Promise<OpRecord> {
  const start = Date.now();
  const record: OpRecord = { kind, start, end: start, status: 0, codes: [], data: null };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    record.status = response.status;
    const text = await response.text();
    try {
      const json = JSON.parse(text) as {
        data?: Record<string, unknown> | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      record.data = json.data ?? null;
      record.codes = (json.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    } catch {
      record.failure = `not JSON: ${text.slice(0, 200)}`;
    }
  } catch (error) {
    record.failure = (error as Error).message;
  }
  record.end = Date.now();
  const code = (record.data?.bookAppointment as { code?: string } | undefined)?.code;
  if (code) record.bookedCode = code;
  return record;
}

/** The mix each worker walks through: bookings are two in seven, citizens' operations three in seven. */
const MIX: OpKind[] = [
  'appointments',
  'book',
  'citizens',
  'both',
  'book+citizen',
  'appointments',
  'citizens',
];

export interface LoadOptions {
  url: string;
  token: string;
  workers: number;
  /** Each worker sends at most one operation per period. */
  periodMs: number;
  /** Stop when this returns true (checked before each operation). */
  done(): boolean;
}

/** Runs the load until `done()`; resolves with every operation's record, in order of sending. */
export async function runLoad(options: LoadOptions): Promise<OpRecord[]> {
  const records: OpRecord[] = [];
  const slots = slotStarts();
  let serial = 0;
  const worker = async (offset: number) => {
    for (let i = offset; !options.done(); i++) {
      const started = Date.now();
      const kind = MIX[i % MIX.length] as OpKind;
      const body = operation(kind, slots, serial++);
      records.push(await send(options.url, options.token, kind, body));
      const wait = options.periodMs - (Date.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, w) => worker(w * 2)));
  return records.sort((a, b) => a.start - b.start);
}
