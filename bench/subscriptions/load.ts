/**
 * The load process: N graphql-ws clients subscribed to the same topic at the
 * gateway under test, and the bookings that produce the events, at a fixed
 * rate (open loop). Latency is measured from each booking's createdAt
 * (the database's insert time, returned by the mutation) to the moment a
 * client's socket delivered the event. Configuration: BENCH_LOAD (JSON of
 * LoadConfig) and the HUB_* keys in the environment.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type HubKeys, loadHubKeys, signContextToken, signSessionToken } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import type { ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import { DateTime } from 'luxon';
import WebSocket from 'ws';
import {
  ANNA,
  ANNA_NAME,
  AVAILABILITY_SUBSCRIPTION,
  BOOK_MUTATION,
  BOOKED_SUBSCRIPTION,
  distribution,
  LOCATION_ID,
  LOCATION_NAME,
  type LoadConfig,
  type LoadResult,
  now,
  SERVICE_ID,
  SERVICE_NAME,
  STAFF,
  send,
  sleep,
} from './shared.ts';

const config = JSON.parse(process.env.BENCH_LOAD as string) as LoadConfig;
const keys: HubKeys = await loadHubKeys();
const progress = (text: string) => send({ type: 'progress', text });
const ZONE = 'Europe/Berlin';
/** Bookings in flight at once; beyond this the publisher skips (and counts) a tick. */
const MAX_IN_FLIGHT = 100;

// ---- Slots to book: the location's opening hours on the 15-minute grid, day after day ----

interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}
const location = await subgraphRequest<{
  officeLocations: Array<{ id: string; counters: number; openingHours: Hours[] }>;
}>(
  config.appointmentsUrl,
  keys,
  null,
  '{ officeLocations { id counters openingHours { weekday opens closes } } }',
);
const office = location.data?.officeLocations.find((l) => l.id === LOCATION_ID);
if (!office) throw new Error(`no location ${LOCATION_ID}: ${JSON.stringify(location)}`);

interface Day {
  date: string;
  index: number;
  /** Slot starts (UTC ISO), each once per counter. */
  starts: string[];
  next: number;
}
let dayOffset = config.firstDay;
const days: Day[] = [];
function nextDay(): Day {
  for (;;) {
    const day = DateTime.now().setZone(ZONE).startOf('day').plus({ days: dayOffset++ });
    const starts: string[] = [];
    for (const h of office?.openingHours.filter((o) => o.weekday === day.weekday) ?? []) {
      const at = (hhmm: string) => {
        const [hour, minute] = hhmm.split(':').map(Number);
        return day.set({ hour, minute });
      };
      for (let t = at(h.opens); t.plus({ minutes: 15 }) <= at(h.closes); t = t.plus({ minutes: 15 })) {
        for (let c = 0; c < (office?.counters ?? 1); c++) starts.push(t.toUTC().toISO() as string);
      }
    }
    if (starts.length === 0) continue;
    const entry = { date: day.toISODate() as string, index: days.length, starts, next: 0 };
    days.push(entry);
    return entry;
  }
}
/** Consecutive bookings go to different days, so each day's events come seconds apart. */
const POOL = 60;
const pool: Day[] = Array.from({ length: POOL }, nextDay);
const dayByDate = new Map(days.map((d) => [d.date, d]));
function takeSlot(tick: number): { day: Day; start: string } {
  const slot = tick % POOL;
  let day = pool[slot] as Day;
  if (day.next >= day.starts.length) {
    day = nextDay();
    dayByDate.set(day.date, day);
    pool[slot] = day;
  }
  return { day, start: day.starts[day.next++] as string };
}

// ---- Bookings ----

interface Booking {
  tick: number;
  day: Day;
  sentAt: number;
  respondedAt: number;
  createdAt: number;
  code: string;
  measured: boolean;
}
const bookings: Booking[] = [];
const bookingByCode = new Map<string, Booking>();
let failedBookings = 0;
let skippedBookings = 0;
let firstFailure: string | undefined;
let inFlight = 0;

let citizenToken = await signContextToken(keys, ANNA);
const tokenTimer = setInterval(async () => {
  citizenToken = await signContextToken(keys, ANNA);
}, 20_000);

let measureStart = Number.POSITIVE_INFINITY;
let measureEnd = Number.POSITIVE_INFINITY;

async function book(tick: number): Promise<void> {
  const { day, start } = takeSlot(tick);
  const sentAt = now();
  inFlight++;
  try {
    const response = await fetch(config.appointmentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-context': citizenToken },
      body: JSON.stringify({
        query: BOOK_MUTATION,
        variables: {
          input: {
            serviceIds: [SERVICE_ID],
            locationId: LOCATION_ID,
            start,
            idempotencyKey: `bench-${start}-${tick}-${Math.random()}`,
          },
        },
      }),
    });
    const body = (await response.json()) as ExecutionResult<{
      bookAppointment: { code: string; createdAt: string };
    }>;
    const respondedAt = now();
    const booked = body.data?.bookAppointment;
    if (!booked) throw new Error(JSON.stringify(body.errors ?? body));
    const booking: Booking = {
      tick,
      day,
      sentAt,
      respondedAt,
      createdAt: Date.parse(booked.createdAt),
      code: booked.code,
      measured: sentAt >= measureStart && sentAt < measureEnd,
    };
    bookings.push(booking);
    bookingByCode.set(booking.code, booking);
  } catch (error) {
    failedBookings++;
    firstFailure ??= String((error as Error).message ?? error).slice(0, 300);
  } finally {
    inFlight--;
  }
}

let publishing = false;
let ticks = 0;
async function publish(): Promise<void> {
  publishing = true;
  const interval = 1000 / config.rate;
  const t0 = now();
  for (let tick = 0; publishing; tick++) {
    const wait = t0 + tick * interval - now();
    if (wait > 0) await sleep(wait);
    if (!publishing) break;
    ticks++;
    if (inFlight >= MAX_IN_FLIGHT) {
      skippedBookings++;
      continue;
    }
    void book(tick);
  }
}

// ---- Subscribers ----

/** Deliveries as (key, time) pairs in growing typed arrays: millions of them stay small. */
class Deliveries {
  keys = new Int32Array(1 << 20);
  times = new Float64Array(1 << 20);
  length = 0;
  add(key: number, time: number) {
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      const times = new Float64Array(this.times.length * 2);
      times.set(this.times);
      this.keys = keys;
      this.times = times;
    }
    this.keys[this.length] = key;
    this.times[this.length] = time;
    this.length++;
  }
}
const deliveries = new Deliveries();
/** Staff events are keyed by code; public ones by (day, n-th booking of that day). */
const codeIndex = new Map<string, number>();
const codes: string[] = [];
const ORDINAL_BITS = 12;
/**
 * Which of a day's bookings (1st, 2nd... in commit order) a public event
 * announces: days start empty, so it is the day's capacity minus freeSlots.
 * The outbox counts free slots when it publishes, so two bookings of one day
 * published in one batch both report the later count: the repeat then goes to
 * the latest earlier booking this client has not seen (both arrive together,
 * so the set of latencies is the same either way).
 */
function attribute(seen: Map<number, Set<number>>, day: Day, freeSlots: number): number | undefined {
  let ordinal = day.starts.length - freeSlots;
  const set = seen.get(day.index) ?? new Set<number>();
  seen.set(day.index, set);
  if (set.has(ordinal)) {
    staleEvents++;
    while (ordinal > 0 && set.has(ordinal)) ordinal--;
  }
  if (ordinal < 1) return undefined;
  set.add(ordinal);
  return ordinal;
}

function internCode(code: string): number {
  let key = codeIndex.get(code);
  if (key === undefined) {
    key = codes.length;
    codes.push(code);
    codeIndex.set(code, key);
  }
  return key;
}
let badEvents = 0;
let staleEvents = 0;
/** Everything the gateway delivered during the window (measured events or a backlog of earlier ones). */
let inWindow = 0;
let firstBadEvent: string | undefined;
let endedEarly = 0;
let firstEndReason: string | undefined;
let finished = false;
const received = new Int32Array(config.subscribers);

type AvailabilityEvent = {
  availabilityChanged?: { date?: string; freeSlots?: number; location?: { name?: string } };
};
type BookedEvent = {
  appointmentBooked?: {
    code?: string;
    createdAt?: string;
    services?: Array<{ name?: string }>;
    citizen?: { displayName?: string } | null;
  };
};

function bad(result: unknown) {
  badEvents++;
  firstBadEvent ??= JSON.stringify(result).slice(0, 500);
}

function subscriber(index: number): Promise<boolean> {
  const perDay = new Map<number, Set<number>>();
  const staff = config.kind === 'staff';
  return new Promise<boolean>((resolve) => {
    let settled = false;
    const settle = (ok: boolean) => {
      if (!settled) {
        settled = true;
        resolve(ok);
      }
    };
    const client = createClient({
      url: config.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: staff ? { authorization: `Bearer ${staffToken}` } : {},
      retryAttempts: 0,
      on: { connected: () => settle(true) },
    });
    client.subscribe(
      {
        query: staff ? BOOKED_SUBSCRIPTION : AVAILABILITY_SUBSCRIPTION,
        variables: { locationId: LOCATION_ID },
      },
      {
        next: (result) => {
          const time = now();
          received[index] = (received[index] as number) + 1;
          if (time >= measureStart && time < measureEnd) inWindow++;
          if (staff) {
            const event = (result.data as BookedEvent | undefined)?.appointmentBooked;
            const code = event?.code;
            if (
              result.errors ||
              !code ||
              event?.citizen?.displayName !== ANNA_NAME ||
              event?.services?.[0]?.name !== SERVICE_NAME ||
              !event?.createdAt
            )
              bad(result);
            if (code) deliveries.add(internCode(code), time);
          } else {
            const event = (result.data as AvailabilityEvent | undefined)?.availabilityChanged;
            if (
              result.errors ||
              typeof event?.freeSlots !== 'number' ||
              event?.location?.name !== LOCATION_NAME
            )
              bad(result);
            const day = event?.date ? dayByDate.get(event.date) : undefined;
            if (!day || typeof event?.freeSlots !== 'number') return; // a day of another phase
            const ordinal = attribute(perDay, day, event.freeSlots);
            if (ordinal !== undefined) deliveries.add((day.index << ORDINAL_BITS) | ordinal, time);
          }
        },
        error: (error) => {
          settle(false);
          if (!finished) {
            endedEarly++;
            firstEndReason ??= JSON.stringify(error instanceof Error ? error.message : error).slice(0, 300);
          }
        },
        complete: () => {
          settle(false);
          if (!finished) {
            endedEarly++;
            firstEndReason ??= 'completed by the server';
          }
        },
      },
    );
    setTimeout(() => settle(false), 60_000).unref();
  });
}

const staffToken = (await signSessionToken(keys, STAFF, 4 * 3600)).token;

/**
 * One reference subscriber straight at the appointments subgraph (no gateway),
 * signed as a gateway would sign it: when it sees an event is when the
 * subgraph published it, so "hop" = client time minus this time is what the
 * gateway (and its sockets) added.
 */
const direct = new Map<number, number>();
const directClient = createClient({
  url: config.appointmentsUrl.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { 'x-hub-context': await signContextToken(keys, config.kind === 'staff' ? STAFF : null) },
  retryAttempts: 0,
});
const directPerDay = new Map<number, Set<number>>();
await new Promise<void>((resolve, reject) => {
  directClient.on('connected', () => resolve());
  directClient.subscribe(
    {
      query:
        config.kind === 'staff'
          ? 'subscription ($l: ID!) { appointmentBooked(locationId: $l) { code } }'
          : 'subscription ($l: ID!) { availabilityChanged(locationId: $l) { date freeSlots } }',
      variables: { l: LOCATION_ID },
    },
    {
      next: (result) => {
        const time = now();
        if (config.kind === 'staff') {
          const code = (result.data as BookedEvent | undefined)?.appointmentBooked?.code;
          if (code) direct.set(internCode(code), time);
          return;
        }
        const event = (result.data as AvailabilityEvent | undefined)?.availabilityChanged;
        const day = event?.date ? dayByDate.get(event.date) : undefined;
        if (!day || typeof event?.freeSlots !== 'number') return;
        const ordinal = attribute(directPerDay, day, event.freeSlots);
        if (ordinal !== undefined) direct.set((day.index << ORDINAL_BITS) | ordinal, time);
      },
      error: (error) => reject(new Error(`direct subscriber: ${JSON.stringify(error)}`)),
      complete: () => {},
    },
  );
});
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

// ---- The run ----

const connectStarted = now();
let connected = 0;
for (let first = 0; first < config.subscribers; first += config.connectBatch) {
  const batch = Array.from({ length: Math.min(config.connectBatch, config.subscribers - first) }, (_, i) =>
    subscriber(first + i),
  );
  connected += (await Promise.all(batch)).filter(Boolean).length;
  if (first === 0 || connected % 1000 < config.connectBatch)
    progress(`connected ${connected}/${config.subscribers}`);
}
const connectSeconds = (now() - connectStarted) / 1000;
// Subscribe messages follow the ack; give the gateway a moment to open its upstream(s).
await sleep(1000);
send({ type: 'phase', phase: 'connected' });

progress(
  `warm-up: ${config.rate} bookings/s for ${config.warmupSeconds} s and until every subscriber has an event`,
);
void publish();
const warmupEnds = now() + config.warmupSeconds * 1000;
while (now() < warmupEnds || (received.some((n) => n === 0) && now() < warmupEnds + 20_000)) await sleep(100);
const silent = received.filter((n) => n === 0).length;
if (silent > 0) progress(`${silent} subscribers had no event after the warm-up`);

loopDelay.enable();
measureStart = now();
send({ type: 'phase', phase: 'measure-start' });
progress(`measuring for ${config.measureSeconds} s`);
await sleep(config.measureSeconds * 1000);
measureEnd = now();
send({ type: 'phase', phase: 'measure-end' });
publishing = false;
loopDelay.disable();

// Let the last events arrive: until all measured deliveries are in, nothing moves for 5 s, or 20 s pass.
while (inFlight > 0) await sleep(20);
const measured = bookings.filter((b) => b.measured);
const expected = measured.length * connected;
const countMeasured = () => {
  let n = 0;
  for (let i = 0; i < deliveries.length; i++) if (bookingOf(deliveries.keys[i] as number)?.measured) n++;
  return n;
};
// Public events map to bookings by day and order of commit (the outbox publishes in insert order).
const byDay = new Map<number, Booking[]>();
for (const b of bookings) {
  const list = byDay.get(b.day.index) ?? [];
  list.push(b);
  byDay.set(b.day.index, list);
}
for (const list of byDay.values())
  list.sort((a, b) => a.createdAt - b.createdAt || a.respondedAt - b.respondedAt);
function bookingOf(key: number): Booking | undefined {
  if (config.kind === 'staff') return bookingByCode.get(codes[key] as string);
  return byDay.get(key >>> ORDINAL_BITS)?.[(key & ((1 << ORDINAL_BITS) - 1)) - 1];
}
progress('draining');
const drainEnds = now() + 20_000;
let last = -1;
let lastChange = now();
for (;;) {
  const n = countMeasured();
  if (n >= expected || now() > drainEnds || now() - lastChange > 5000) break;
  if (n !== last) {
    last = n;
    lastChange = now();
  }
  await sleep(500);
}
finished = true;
clearInterval(tokenTimer);

const latencies: number[] = [];
const hops: number[] = [];
for (let i = 0; i < deliveries.length; i++) {
  const key = deliveries.keys[i] as number;
  const booking = bookingOf(key);
  if (!booking?.measured) continue;
  const time = deliveries.times[i] as number;
  latencies.push(time - booking.createdAt);
  const published = direct.get(key);
  if (published !== undefined) hops.push(time - published);
}
if (process.env.BENCH_DEBUG) {
  // Gateway hop per second of the window, to see a queue build up.
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < deliveries.length; i++) {
    const key = deliveries.keys[i] as number;
    const published = direct.get(key);
    if (published === undefined || !bookingOf(key)?.measured) continue;
    const second = Math.floor((published - measureStart) / 1000);
    const list = buckets.get(second) ?? [];
    list.push((deliveries.times[i] as number) - published);
    buckets.set(second, list);
  }
  for (const [second, list] of [...buckets].sort((a, b) => a[0] - b[0])) {
    const d = distribution(list);
    progress(`debug: second ${second}: hop p50 ${d.p50.toFixed(0)} p99 ${d.p99.toFixed(0)} n=${d.count}`);
  }
}
const publishDelays: number[] = [];
for (const [key, time] of direct) {
  const booking = bookingOf(key);
  if (booking?.measured) publishDelays.push(time - booking.createdAt);
}
void directClient.dispose();
const windowSeconds = (measureEnd - measureStart) / 1000;

const result: LoadResult = {
  subscribers: config.subscribers,
  kind: config.kind,
  connected,
  connectSeconds,
  measuredEvents: measured.length,
  achievedRate: measured.length / windowSeconds,
  deliveriesPerSecond: inWindow / windowSeconds,
  failedBookings,
  skippedBookings,
  delivered: latencies.length,
  expected,
  badEvents,
  ...(firstBadEvent ? { firstBadEvent } : {}),
  latency: distribution(latencies),
  hop: distribution(hops),
  publish: distribution(publishDelays),
  mutation: distribution(measured.map((b) => b.respondedAt - b.sentAt)),
  createdToResponse: distribution(measured.map((b) => b.respondedAt - b.createdAt)),
  endedEarly,
  ...(firstEndReason ? { firstEndReason } : {}),
  lastDay: dayOffset,
  loadLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  staleEvents,
  ticks,
  ...(firstFailure ? { firstFailure } : {}),
};
send({ type: 'result', result });
process.stdout.write('', () => process.exit(0));
