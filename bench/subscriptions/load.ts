/**
 * The load process: N graphql-ws clients subscribed to the same topic at the
 * gateway under test, and the bookings that produce the events, at a fixed
 * rate (open loop). Latency is measured from each booking's createdAt
 * (the database's insert time, returned by the mutation) to the moment a
 * client's socket delivered the event. Configuration: BENCH_LOAD (JSON of
 * LoadConfig) and the HUB_* keys in the environment.
 *
 * Its parts: load-slots.ts (the days and slots to book), load-bookings.ts (the
 * booking publisher), load-subscribers.ts (the subscriber pool and the
 * reference subscriber), load-events.ts (which booking an event announces) and
 * load-tally.ts (draining and the delays).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type HubKeys, loadHubKeys, signSessionToken } from '@kaarst/kit';
import { bookingPublisher, type MeasureWindow } from './load-bookings.ts';
import { bookingLookup, eventKeys } from './load-events.ts';
import { fetchOffice, slotCalendar } from './load-slots.ts';
import { directSubscriber, subscriberPool } from './load-subscribers.ts';
import { drain, measuredDelays, reportHopPerSecond } from './load-tally.ts';
import { distribution, type LoadConfig, type LoadResult, now, STAFF, send, sleep } from './shared.ts';

const config = JSON.parse(process.env.BENCH_LOAD as string) as LoadConfig;
const keys: HubKeys = await loadHubKeys();
const progress = (text: string) => send({ type: 'progress', text });

// ---- Setting up: the slots, the publisher, the subscribers ----

const calendar = slotCalendar(await fetchOffice(config.appointmentsUrl, keys), config.firstDay);
/** Open until the warm-up is over: bookings and deliveries count as measured only within it. */
const measureWindow: MeasureWindow = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };
const publisher = await bookingPublisher(config, keys, calendar, measureWindow);
const events = eventKeys();
const staffToken = (await signSessionToken(keys, STAFF, 4 * 3600)).token;
const pool = subscriberPool(config, staffToken, calendar.dayByDate, events, measureWindow);
const direct = await directSubscriber(config, keys, calendar.dayByDate, events);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

// ---- The run ----

const connectStarted = now();
const connected = await pool.connect(progress);
const connectSeconds = (now() - connectStarted) / 1000;
// Subscribe messages follow the ack; give the gateway a moment to open its upstream(s).
await sleep(1000);
send({ type: 'phase', phase: 'connected' });

progress(
  `warm-up: ${config.rate} bookings/s for ${config.warmupSeconds} s and until every subscriber has an event`,
);
publisher.start();
const received = pool.counts.received;
const warmupEnds = now() + config.warmupSeconds * 1000;
while (now() < warmupEnds || (received.some((n) => n === 0) && now() < warmupEnds + 20_000)) await sleep(100);
const silent = received.filter((n) => n === 0).length;
if (silent > 0) progress(`${silent} subscribers had no event after the warm-up`);

loopDelay.enable();
measureWindow.start = now();
send({ type: 'phase', phase: 'measure-start' });
progress(`measuring for ${config.measureSeconds} s`);
await sleep(config.measureSeconds * 1000);
measureWindow.end = now();
send({ type: 'phase', phase: 'measure-end' });
publisher.stop();
loopDelay.disable();

// ---- The figures ----

while (publisher.inFlight() > 0) await sleep(20);
const measured = publisher.bookings.filter((b) => b.measured);
const expected = measured.length * connected;
const bookingOf = bookingLookup(config.kind, publisher.bookings, publisher.bookingByCode, events);
await drain(pool.deliveries, bookingOf, expected, progress);
pool.finish();
publisher.close();

const { latencies, hops, publishDelays } = measuredDelays(pool.deliveries, direct.published, bookingOf);
if (process.env.BENCH_DEBUG)
  reportHopPerSecond(pool.deliveries, direct.published, bookingOf, measureWindow.start, progress);
direct.dispose();
const windowSeconds = (measureWindow.end - measureWindow.start) / 1000;

const { counts } = pool;
const { failedBookings, skippedBookings, ticks, firstFailure } = publisher.counts;
const result: LoadResult = {
  subscribers: config.subscribers,
  kind: config.kind,
  connected,
  connectSeconds,
  measuredEvents: measured.length,
  achievedRate: measured.length / windowSeconds,
  deliveriesPerSecond: counts.inWindow / windowSeconds,
  failedBookings,
  skippedBookings,
  delivered: latencies.length,
  expected,
  badEvents: counts.badEvents,
  outOfOrder: counts.outOfOrder,
  ...(counts.firstBadEvent ? { firstBadEvent: counts.firstBadEvent } : {}),
  latency: distribution(latencies),
  hop: distribution(hops),
  publish: distribution(publishDelays),
  mutation: distribution(measured.map((b) => b.respondedAt - b.sentAt)),
  createdToResponse: distribution(measured.map((b) => b.respondedAt - b.createdAt)),
  endedEarly: counts.endedEarly,
  ...(counts.firstEndReason ? { firstEndReason: counts.firstEndReason } : {}),
  lastDay: calendar.nextDayOffset(),
  loadLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  staleEvents: events.staleEvents(),
  ticks,
  ...(firstFailure ? { firstFailure } : {}),
};
send({ type: 'result', result });
process.stdout.write('', () => process.exit(0));
