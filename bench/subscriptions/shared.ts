/**
 * What the processes of the subscription benchmark share: the child-process
 * protocol (one JSON object per stdout line), the hub keys passed through the
 * environment, the operations, and /proc readings of CPU time and RSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SignJWT } from 'jose';

/** The public subscription every gateway is compared on. */
export const AVAILABILITY_SUBSCRIPTION = /* GraphQL */ `
  subscription ($locationId: ID!) {
    availabilityChanged(locationId: $locationId) { date freeSlots location { name } }
  }
`;

/** The staff subscription (ours only): createdAt, and citizen.displayName from the citizens subgraph. */
export const BOOKED_SUBSCRIPTION = /* GraphQL */ `
  subscription ($locationId: ID!) {
    appointmentBooked(locationId: $locationId) {
      code start createdAt services { name } citizen { displayName }
    }
  }
`;

export const BOOK_MUTATION = /* GraphQL */ `
  mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code start createdAt } }
`;

/** Two counters; the bench's one citizen books each 15-minute slot once (a person's bookings never overlap). */
export const LOCATION_ID = 'rathaus-kaarst';
export const LOCATION_NAME = 'Rathaus Kaarst, Bürgerbüro';
export const SERVICE_ID = 'personalausweis';
export const SERVICE_NAME = 'Personalausweis beantragen';
/** Demo accounts of the citizens subgraph (fixed ids in its seed). */
export const ANNA = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen' as const] };
export const ANNA_NAME = 'Anna Schmitz';
export const STAFF = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff' as const],
  department: 'buergerbuero',
};

/** Children speak to the runner in JSON lines on stdout. */
export type ChildMessage =
  | { type: 'ready'; [key: string]: unknown }
  | { type: 'progress'; text: string }
  | { type: 'phase'; phase: 'connected' | 'measure-start' | 'measure-end' }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string };

export function send(message: ChildMessage): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** Wall-clock time in milliseconds with sub-millisecond resolution (comparable across processes). */
export const now = () => performance.timeOrigin + performance.now();

export interface LoadConfig {
  /** The gateway's GraphQL URL (http://...); subscribers use ws:// on it. */
  gatewayUrl: string;
  /** Bookings go straight to the appointments subgraph, signed as the gateway signs them. */
  appointmentsUrl: string;
  subscribers: number;
  kind: 'public' | 'staff';
  /** Bookings (and so events on the topic) per second. */
  rate: number;
  warmupSeconds: number;
  measureSeconds: number;
  /** Bookings start on this many days from today, so every phase books days of its own. */
  firstDay: number;
  /** Subscribers connecting at once. */
  connectBatch: number;
  /**
   * The subscribers' client: 'raw' (load-raw-subscribers.ts: raw sockets, each distinct message
   * parsed once; light enough for 10,000 on one core) or 'graphql-ws' (its client on ws, a full
   * JSON.parse per message and subscriber).
   */
  client: 'raw' | 'graphql-ws';
}

export interface Distribution {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export interface LoadResult {
  subscribers: number;
  kind: LoadConfig['kind'];
  /** Subscribers that were connected and subscribed when publishing began. */
  connected: number;
  connectSeconds: number;
  /** Bookings committed in the measured window, and the rate that came out. */
  measuredEvents: number;
  achievedRate: number;
  /** Deliveries (of any event) that reached the clients during the window, per second. */
  deliveriesPerSecond: number;
  /** Bookings that failed (any error) or were skipped because too many were in flight. */
  failedBookings: number;
  skippedBookings: number;
  /** Deliveries of measured events, and how many were expected (subscribers × events). */
  delivered: number;
  expected: number;
  /** Events whose payload carried errors or missed a field. */
  badEvents: number;
  firstBadEvent?: string;
  /** Events a subscriber got twice or after a later one (raw client only; 0 is checked). */
  outOfOrder: number;
  /** Commit (createdAt) to client, ms. */
  latency: Distribution;
  /** Gateway hop: client time minus the time a subscriber straight at the subgraph saw the event, ms. */
  hop: Distribution;
  /** Commit (createdAt) to the subscriber straight at the subgraph: the outbox and subgraph part, ms. */
  publish: Distribution;
  /** The booking mutation: sent to response, and createdAt to response, ms. */
  mutation: Distribution;
  createdToResponse: Distribution;
  /** Subscriptions that ended or failed before the end. */
  endedEarly: number;
  firstEndReason?: string;
  lastDay: number;
  /** Public events that repeated a count already seen for their day (bookings published in one batch). */
  staleEvents: number;
  /** The load process's event-loop delay, p99 ms: high means the load itself was saturated. */
  loadLoopDelayP99Ms: number;
  /** Publisher ticks (bookings attempted or skipped). */
  ticks: number;
  firstFailure?: string;
}

export function distribution(values: Float64Array | number[]): Distribution {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0)
    return { count: 0, p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, max: Number.NaN, mean: Number.NaN };
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))] as number;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { count: n, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[n - 1] as number, mean: sum / n };
}

/**
 * The token a peer gateway sends to the subgraphs: the claims of
 * signContextToken(keys, null) (anonymous, audience kaarst-subgraphs, HS256
 * with the hub's internal secret), but valid for 2 hours instead of 60 s,
 * because a peer cannot sign one per request.
 */
export async function peerContextToken(internalSecret: Uint8Array): Promise<string> {
  return new SignJWT({ anon: true })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('kaarst-subgraphs')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(internalSecret);
}

// ---- /proc readings (Linux) ----

const CLOCK_TICKS = 100; // getconf CLK_TCK on Linux x86-64 and arm64

interface ProcStat {
  pid: number;
  ppid: number;
  cpuTicks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    return {
      pid,
      ppid: Number(fields[1]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return undefined;
  }
}

/** The process and all its live descendants (a CLI that forks workers counts whole). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(stat.pid);
    children.set(stat.ppid, list);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** User + system CPU seconds of these processes (all their threads). */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) ticks += readStat(pid)?.cpuTicks ?? 0;
  return ticks / CLOCK_TICKS;
}

/** Resident set size of these processes, bytes. */
export function rssBytes(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb * 1024;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
