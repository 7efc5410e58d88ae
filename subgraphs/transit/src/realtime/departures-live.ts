/**
 * What makes a stop's departures change, announced on one topic for departuresChanged:
 * a TripUpdates feed with new delays (trip-updates.ts), and each full minute, when a
 * departure leaves the list. Subscribers compute their stop's list anew on each (the
 * gateway shares that per stop and limit). Every replica ticks and reads the same feed;
 * the event ids (the minute, the feed's time) are the same everywhere, so a subscriber
 * hears each once.
 */
import type { Logger, PubSub } from '@kaarst/kit';
import { announce } from './poll.ts';

export const DEPARTURES_TOPIC = 'transitDeparturesChanged';

export interface DeparturesEvent {
  cause: 'MINUTE' | 'DELAYS';
  at: number;
}

const MINUTE = 60_000;

/** Announces every full minute (wall clock) until stopped. */
export function tickDepartures(pubsub: PubSub, log: Logger): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    const next = Math.floor(Date.now() / MINUTE) * MINUTE + MINUTE;
    timer = setTimeout(() => {
      announce(
        pubsub,
        DEPARTURES_TOPIC,
        { cause: 'MINUTE', at: next } satisfies DeparturesEvent,
        `minute:${next}`,
      );
      schedule();
    }, next - Date.now());
    timer.unref();
  };
  schedule();
  log.debug('departures announced every minute');
  return {
    async stop() {
      clearTimeout(timer);
    },
  };
}

/** A TripUpdates feed brought delays: announced once per feed time (each read when the producer sets none). */
export function announceDelays(pubsub: PubSub, producedAt: number | null): void {
  const at = producedAt ?? Date.now();
  announce(
    pubsub,
    DEPARTURES_TOPIC,
    { cause: 'DELAYS', at } satisfies DeparturesEvent,
    producedAt === null ? null : `delays:${producedAt}`,
  );
}
