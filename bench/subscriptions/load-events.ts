/**
 * Which booking an event announces. Each delivery is stored as a numeric key
 * and a time: staff events are keyed by their booking's code; public events
 * (which carry only a date and the free slots left) by day and the n-th
 * booking of that day. After the run the keys lead back to the bookings.
 */
import type { Booking } from './load-bookings.ts';
import type { Day } from './load-slots.ts';
import type { LoadConfig } from './shared.ts';

export type AvailabilityEvent = {
  availabilityChanged?: { date?: string; freeSlots?: number; location?: { name?: string } };
};
export type BookedEvent = {
  appointmentBooked?: {
    code?: string;
    createdAt?: string;
    services?: Array<{ name?: string }>;
    citizen?: { displayName?: string } | null;
  };
};

const ORDINAL_BITS = 12;

/** The key of a public event: its day in the high bits, the booking's ordinal in that day below. */
export const publicEventKey = (day: Day, ordinal: number) => (day.index << ORDINAL_BITS) | ordinal;

/** Deliveries as (key, time) pairs in growing typed arrays: millions of them stay small. */
export class Deliveries {
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

export interface EventKeys {
  /** The key of a staff event's code (the same code gets the same key in every subscriber). */
  internCode(code: string): number;
  /** The code behind a staff event's key. */
  codeOf(key: number): string | undefined;
  /** The ordinal of the booking a public event announces, for one subscriber's `seen` (see below). */
  attribute(seen: Map<number, Set<number>>, day: Day, freeSlots: number): number | undefined;
  /** Public events that repeated a count already seen for their day (bookings published in one batch). */
  staleEvents(): number;
}

export function eventKeys(): EventKeys {
  const codeIndex = new Map<string, number>();
  const codes: string[] = [];
  let staleEvents = 0;
  return {
    internCode(code) {
      let key = codeIndex.get(code);
      if (key === undefined) {
        key = codes.length;
        codes.push(code);
        codeIndex.set(code, key);
      }
      return key;
    },
    codeOf: (key) => codes[key],
    /**
     * Which of a day's bookings (1st, 2nd... in commit order) a public event
     * announces: days start empty, so it is the day's capacity (every start once per
     * counter, as freeSlots counts) minus freeSlots.
     * The outbox counts free slots when it publishes, so two bookings of one day
     * published in one batch both report the later count: the repeat then goes to
     * the latest earlier booking this client has not seen (both arrive together,
     * so the set of latencies is the same either way).
     */
    attribute(seen, day, freeSlots) {
      let ordinal = day.capacity - freeSlots;
      const set = seen.get(day.index) ?? new Set<number>();
      seen.set(day.index, set);
      if (set.has(ordinal)) {
        staleEvents++;
        while (ordinal > 0 && set.has(ordinal)) ordinal--;
      }
      if (ordinal < 1) return undefined;
      set.add(ordinal);
      return ordinal;
    },
    staleEvents: () => staleEvents,
  };
}

/**
 * The booking behind a delivery's key, once publishing has ended. Public
 * events map to bookings by day and order of commit (the outbox publishes in
 * insert order).
 */
export function bookingLookup(
  kind: LoadConfig['kind'],
  bookings: Booking[],
  bookingByCode: Map<string, Booking>,
  keys: EventKeys,
): (key: number) => Booking | undefined {
  const byDay = new Map<number, Booking[]>();
  for (const b of bookings) {
    const list = byDay.get(b.day.index) ?? [];
    list.push(b);
    byDay.set(b.day.index, list);
  }
  for (const list of byDay.values())
    list.sort((a, b) => a.createdAt - b.createdAt || a.respondedAt - b.respondedAt);
  return (key) => {
    if (kind === 'staff') return bookingByCode.get(keys.codeOf(key) as string);
    return byDay.get(key >>> ORDINAL_BITS)?.[(key & ((1 << ORDINAL_BITS) - 1)) - 1];
  };
}
