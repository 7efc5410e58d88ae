/**
 * After the measured window: waiting for the last deliveries, then turning
 * deliveries into latencies (commit to client), gateway hops (reference
 * subscriber to client) and the subgraph's part (commit to reference).
 */
import type { Booking } from './load-bookings.ts';
import type { Deliveries } from './load-events.ts';
import { distribution, now, sleep } from './shared.ts';

type BookingOf = (key: number) => Booking | undefined;

/** Lets the last events arrive: until all measured deliveries are in, nothing moves for 5 s, or 20 s pass. */
export async function drain(
  deliveries: Deliveries,
  bookingOf: BookingOf,
  expected: number,
  progress: (text: string) => void,
): Promise<void> {
  const countMeasured = () => {
    let n = 0;
    for (let i = 0; i < deliveries.length; i++) if (bookingOf(deliveries.keys[i] as number)?.measured) n++;
    return n;
  };
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
}

export interface Delays {
  /** Commit (createdAt) to client, ms, one per delivery of a measured booking. */
  latencies: number[];
  /** Client time minus the reference subscriber's time, ms. */
  hops: number[];
  /** Commit to the reference subscriber, ms, one per measured booking it saw. */
  publishDelays: number[];
}

/** The delays of the measured bookings; `published` is the reference subscriber's times by key. */
export function measuredDelays(
  deliveries: Deliveries,
  published: Map<number, number>,
  bookingOf: BookingOf,
): Delays {
  const latencies: number[] = [];
  const hops: number[] = [];
  for (let i = 0; i < deliveries.length; i++) {
    const key = deliveries.keys[i] as number;
    const booking = bookingOf(key);
    if (!booking?.measured) continue;
    const time = deliveries.times[i] as number;
    latencies.push(time - booking.createdAt);
    const at = published.get(key);
    if (at !== undefined) hops.push(time - at);
  }
  const publishDelays: number[] = [];
  for (const [key, time] of published) {
    const booking = bookingOf(key);
    if (booking?.measured) publishDelays.push(time - booking.createdAt);
  }
  return { latencies, hops, publishDelays };
}

/** Gateway hop per second of the window (BENCH_DEBUG), to see a queue build up. */
export function reportHopPerSecond(
  deliveries: Deliveries,
  published: Map<number, number>,
  bookingOf: BookingOf,
  measureStart: number,
  progress: (text: string) => void,
): void {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < deliveries.length; i++) {
    const key = deliveries.keys[i] as number;
    const at = published.get(key);
    if (at === undefined || !bookingOf(key)?.measured) continue;
    const second = Math.floor((at - measureStart) / 1000);
    const list = buckets.get(second) ?? [];
    list.push((deliveries.times[i] as number) - at);
    buckets.set(second, list);
  }
  for (const [second, list] of [...buckets].sort((a, b) => a[0] - b[0])) {
    const d = distribution(list);
    progress(`debug: second ${second}: hop p50 ${d.p50.toFixed(0)} p99 ${d.p99.toFixed(0)} n=${d.count}`);
  }
}
