/**
 * The bookings that make the events: fired open loop at the configured rate
 * straight at the appointments subgraph (signed as the gateway signs a
 * citizen's request), each recorded with its createdAt for the latencies.
 */
import { type HubKeys, signContextToken } from '@kaarst/kit';
import type { ExecutionResult } from 'graphql';
import type { Day, SlotCalendar } from './load-slots.ts';
import { ANNA, BOOK_MUTATION, LOCATION_ID, type LoadConfig, now, SERVICE_ID, sleep } from './shared.ts';

/** Bookings in flight at once; beyond this the publisher skips (and counts) a tick. */
const MAX_IN_FLIGHT = 100;

export interface Booking {
  tick: number;
  day: Day;
  sentAt: number;
  respondedAt: number;
  createdAt: number;
  code: string;
  measured: boolean;
}

/** The measured window, open-ended until the load sets it: bookings sent within it are measured. */
export interface MeasureWindow {
  start: number;
  end: number;
}

export interface BookingPublisher {
  /** Committed bookings, in order of response. */
  bookings: Booking[];
  bookingByCode: Map<string, Booking>;
  counts: {
    failedBookings: number;
    skippedBookings: number;
    /** Publisher ticks (bookings attempted or skipped). */
    ticks: number;
    firstFailure?: string;
  };
  inFlight(): number;
  /** Books at the configured rate until stop(). */
  start(): void;
  stop(): void;
  /** Ends the renewal of the citizen's context token. */
  close(): void;
}

export async function bookingPublisher(
  config: LoadConfig,
  keys: HubKeys,
  calendar: SlotCalendar,
  window: MeasureWindow,
): Promise<BookingPublisher> {
  const bookings: Booking[] = [];
  const bookingByCode = new Map<string, Booking>();
  const counts: BookingPublisher['counts'] = { failedBookings: 0, skippedBookings: 0, ticks: 0 };
  let inFlight = 0;

  // Context tokens live 60 s: a fresh one every 20 s.
  let citizenToken = await signContextToken(keys, ANNA);
  const tokenTimer = setInterval(async () => {
    citizenToken = await signContextToken(keys, ANNA);
  }, 20_000);

  async function book(tick: number): Promise<void> {
    const { day, start } = calendar.takeSlot(tick);
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
        measured: sentAt >= window.start && sentAt < window.end,
      };
      bookings.push(booking);
      bookingByCode.set(booking.code, booking);
    } catch (error) {
      counts.failedBookings++;
      counts.firstFailure ??= String((error as Error).message ?? error).slice(0, 300);
    } finally {
      inFlight--;
    }
  }

  let publishing = false;
  async function publish(): Promise<void> {
    publishing = true;
    const interval = 1000 / config.rate;
    const t0 = now();
    for (let tick = 0; publishing; tick++) {
      const wait = t0 + tick * interval - now();
      if (wait > 0) await sleep(wait);
      if (!publishing) break;
      counts.ticks++;
      if (inFlight >= MAX_IN_FLIGHT) {
        counts.skippedBookings++;
        continue;
      }
      void book(tick);
    }
  }

  return {
    bookings,
    bookingByCode,
    counts,
    inFlight: () => inFlight,
    start: () => void publish(),
    stop: () => {
      publishing = false;
    },
    close: () => clearInterval(tokenTimer),
  };
}
