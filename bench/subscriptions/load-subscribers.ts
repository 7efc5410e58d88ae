/**
 * The subscribers: N graphql-ws clients (one WebSocket each) on the same
 * topic at the gateway under test, recording when each event arrived; and
 * one reference subscriber straight at the appointments subgraph, which tells
 * when the subgraph published each event.
 */
import { type HubKeys, signContextToken } from '@kaarst/kit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { MeasureWindow } from './load-bookings.ts';
import {
  type AvailabilityEvent,
  type BookedEvent,
  Deliveries,
  type EventKeys,
  publicEventKey,
} from './load-events.ts';
import { type Result, rawSubscriberFactory } from './load-raw-subscribers.ts';
import type { Day } from './load-slots.ts';
import {
  ANNA_NAME,
  AVAILABILITY_SUBSCRIPTION,
  BOOKED_SUBSCRIPTION,
  LOCATION_ID,
  LOCATION_NAME,
  type LoadConfig,
  now,
  SERVICE_NAME,
  STAFF,
} from './shared.ts';

export interface PoolCounts {
  /** Events (of any booking) each subscriber received: the warm-up waits until none has 0. */
  received: Int32Array;
  /** Everything the gateway delivered during the window (measured events or a backlog of earlier ones). */
  inWindow: number;
  /** Events whose payload carried errors or missed a field. */
  badEvents: number;
  firstBadEvent?: string;
  /** Subscriptions that ended or failed before the end. */
  endedEarly: number;
  /** Events a raw subscriber got twice or before one it had already got (graphql-ws clients: not checked). */
  outOfOrder: number;
  firstEndReason?: string;
}

export interface SubscriberPool {
  deliveries: Deliveries;
  counts: PoolCounts;
  /** Connects and subscribes everyone, config.connectBatch at a time; resolves to how many made it. */
  connect(progress: (text: string) => void): Promise<number>;
  /** From now on a subscription that ends is the run ending, not a failure. */
  finish(): void;
}

export function subscriberPool(
  config: LoadConfig,
  staffToken: string,
  dayByDate: Map<string, Day>,
  keys: EventKeys,
  window: MeasureWindow,
): SubscriberPool {
  const deliveries = new Deliveries();
  const counts: PoolCounts = {
    received: new Int32Array(config.subscribers),
    inWindow: 0,
    badEvents: 0,
    endedEarly: 0,
    outOfOrder: 0,
  };
  const received = counts.received;
  let finished = false;

  function bad(result: unknown) {
    counts.badEvents++;
    counts.firstBadEvent ??= JSON.stringify(result).slice(0, 500);
  }

  const staff = config.kind === 'staff';
  /** Per subscriber: which of a day's bookings it has seen (public events, see EventKeys.attribute). */
  const perDay: Array<Map<number, Set<number>>> = [];

  /** One event at one subscriber: counted, checked, and its delivery time stored under its key. */
  function onResult(index: number, result: Result, time: number) {
    received[index] = (received[index] as number) + 1;
    if (time >= window.start && time < window.end) counts.inWindow++;
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
      if (code) deliveries.add(keys.internCode(code), time);
    } else {
      const event = (result.data as AvailabilityEvent | undefined)?.availabilityChanged;
      if (result.errors || typeof event?.freeSlots !== 'number' || event?.location?.name !== LOCATION_NAME)
        bad(result);
      const day = event?.date ? dayByDate.get(event.date) : undefined;
      if (!day || typeof event?.freeSlots !== 'number') return; // a day of another phase
      let seen = perDay[index];
      if (!seen) {
        seen = new Map();
        perDay[index] = seen;
      }
      const ordinal = keys.attribute(seen, day, event.freeSlots);
      if (ordinal !== undefined) deliveries.add(publicEventKey(day, ordinal), time);
    }
  }

  function ended(reason: string) {
    if (finished) return;
    counts.endedEarly++;
    counts.firstEndReason ??= reason.slice(0, 300);
  }

  function subscriber(index: number): Promise<boolean> {
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
          next: (result) => onResult(index, result as Result, now()),
          error: (error) => {
            settle(false);
            // A CloseEvent stringifies to {}: name its code and reason (1013 = the gateway's slow-consumer close).
            const close = error as { code?: number; reason?: string };
            ended(
              typeof close.code === 'number'
                ? `WebSocket closed ${close.code} ${close.reason ?? ''}`
                : JSON.stringify(error instanceof Error ? error.message : error),
            );
          },
          complete: () => {
            settle(false);
            ended('completed by the server');
          },
        },
      );
      setTimeout(() => settle(false), 60_000).unref();
    });
  }

  return {
    deliveries,
    counts,
    async connect(progress) {
      let connected = 0;
      const open =
        config.client === 'graphql-ws'
          ? subscriber
          : rawSubscriberFactory({
              url: config.gatewayUrl,
              query: staff ? BOOKED_SUBSCRIPTION : AVAILABILITY_SUBSCRIPTION,
              variables: { locationId: LOCATION_ID },
              connectionParams: staff ? { authorization: `Bearer ${staffToken}` } : {},
              onResult,
              onEnd: (_index, reason) => ended(reason),
              onOutOfOrder: () => counts.outOfOrder++,
              repeatsAllowed: !staff,
              now,
            });
      for (let first = 0; first < config.subscribers; first += config.connectBatch) {
        const batch = Array.from(
          { length: Math.min(config.connectBatch, config.subscribers - first) },
          (_, i) => open(first + i),
        );
        connected += (await Promise.all(batch)).filter(Boolean).length;
        if (first === 0 || connected % 1000 < config.connectBatch)
          progress(`connected ${connected}/${config.subscribers}`);
      }
      return connected;
    },
    finish() {
      finished = true;
    },
  };
}

export interface DirectSubscriber {
  /** When the reference subscriber saw each event, by event key. */
  published: Map<number, number>;
  dispose(): void;
}

/**
 * One reference subscriber straight at the appointments subgraph (no gateway),
 * signed as a gateway would sign it: when it sees an event is when the
 * subgraph published it, so "hop" = client time minus this time is what the
 * gateway (and its sockets) added. Resolves once it is connected.
 */
export async function directSubscriber(
  config: LoadConfig,
  hubKeys: HubKeys,
  dayByDate: Map<string, Day>,
  keys: EventKeys,
): Promise<DirectSubscriber> {
  const published = new Map<number, number>();
  const directClient = createClient({
    url: config.appointmentsUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: {
      'x-hub-context': await signContextToken(hubKeys, config.kind === 'staff' ? STAFF : null),
    },
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
            if (code) published.set(keys.internCode(code), time);
            return;
          }
          const event = (result.data as AvailabilityEvent | undefined)?.availabilityChanged;
          const day = event?.date ? dayByDate.get(event.date) : undefined;
          if (!day || typeof event?.freeSlots !== 'number') return;
          const ordinal = keys.attribute(directPerDay, day, event.freeSlots);
          if (ordinal !== undefined) published.set(publicEventKey(day, ordinal), time);
        },
        error: (error) => reject(new Error(`direct subscriber: ${JSON.stringify(error)}`)),
        complete: () => {},
      },
    );
  });
  return { published, dispose: () => void directClient.dispose() };
}
