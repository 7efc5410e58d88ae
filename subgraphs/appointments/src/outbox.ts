import { EventEmitter } from 'node:events';
import { deliverLocally, type Logger, type MissedEvents, onMissedEvents, type PubSub } from '@kaarst/kit';
import { DateTime } from 'luxon';
import { Gauge, type Registry } from 'prom-client';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';
import { appointmentInclude } from './models.ts';
import { countFreeSlots } from './search.ts';
import { ZONE } from './slots.ts';

/** What a booking or cancellation announces, written in its own transaction. */
export type OutboxMessage =
  | { topic: 'appointmentBooked'; payload: { appointmentId: string; locationId: string } }
  | { topic: 'availabilityChanged'; payload: { locationId: string; date: string } };

export const subscriptionTopic = (field: OutboxMessage['topic'], locationId: string) =>
  `${field}:${locationId}`;

/** The local date (Europe/Berlin) of an instant, YYYY-MM-DD. */
export const localDate = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() as string;

/** The outbox rows announcing a change at a location on the day of `start`. */
export function outboxRows(
  locationId: string,
  start: Date,
  bookedId?: string,
): Prisma.OutboxEventCreateManyInput[] {
  const rows: OutboxMessage[] = [
    { topic: 'availabilityChanged', payload: { locationId, date: localDate(start) } },
  ];
  if (bookedId)
    rows.unshift({ topic: 'appointmentBooked', payload: { appointmentId: bookedId, locationId } });
  return rows;
}

// Rung after a local commit, so the publisher does not wait for its next poll.
const written = new EventEmitter();
export const outboxWritten = () => written.emit('written');

type Tx = Prisma.TransactionClient;

/** At most this many events are replayed after a broker gap: those published in it first, then waiting ones. */
const REPLAY_LIMIT = 1000;

async function eventPayload(tx: Tx, message: OutboxMessage): Promise<Record<string, unknown> | null> {
  if (message.topic === 'appointmentBooked') {
    const appointment = await tx.appointment.findUnique({
      where: { id: message.payload.appointmentId },
      include: appointmentInclude,
    });
    return appointment ? { appointmentBooked: appointment } : null;
  }
  const location = await tx.location.findUnique({
    where: { id: message.payload.locationId },
    include: { openingHours: true },
  });
  if (!location) return null;
  const freeSlots = await countFreeSlots(tx, location, message.payload.date);
  return { availabilityChanged: { date: message.payload.date, freeSlots, location } };
}

/**
 * Publishes one event and resolves once the broker took it. mercurius' publish
 * reports through its callback (and returns nothing); a stand-in may return a
 * promise instead.
 */
function publishEvent(pubsub: PubSub, event: { topic: string; payload: unknown; eventId: number }) {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => (error ? reject(error) : resolve());
    const returned: unknown = pubsub.publish(event, done as () => void);
    if (returned && typeof (returned as PromiseLike<void>).then === 'function')
      (returned as PromiseLike<void>).then(() => resolve(), reject);
  });
}

type OutboxRow = { id: number; topic: string; payload: OutboxMessage['payload'] };

export interface OutboxPublisher {
  /** Publishes what is pending now; resolves with the number of events published. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Drains the outbox to the pubsub. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so several replicas share the work without announcing an event
 * twice; a row is marked published only after the broker took it, so when
 * the broker is down events wait in the table instead of being lost. Each
 * event carries its row id (`eventId`), so subscribers drop one they already had.
 *
 * The broker keeps nothing for a subscriber that is away: when this replica's
 * broker subscriptions were interrupted, it hands the events published since
 * (and those still waiting) to its own subscribers again, from the table.
 */
export function startOutboxPublisher(options: {
  db: PrismaClient;
  pubsub: PubSub;
  log: Logger;
  pollMs?: number;
  batch?: number;
  metrics?: Registry;
}): OutboxPublisher {
  const { db, pubsub, log } = options;
  if (options.metrics) registerOutboxMetrics(db, options.metrics);
  const batch = options.batch ?? 100;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const drainOnce = () =>
    db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT id, topic, payload FROM outbox_event
          WHERE "publishedAt" IS NULL ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
        for (const row of rows) {
          const message = { topic: row.topic, payload: row.payload } as OutboxMessage;
          const payload = await eventPayload(tx, message);
          if (payload) {
            await publishEvent(pubsub, {
              topic: subscriptionTopic(message.topic, message.payload.locationId),
              payload,
              eventId: row.id,
            });
          }
        }
        if (rows.length > 0) {
          await tx.outboxEvent.updateMany({
            where: { id: { in: rows.map((r) => r.id) } },
            data: { publishedAt: new Date() },
          });
        }
        return rows.length;
      },
      { timeout: 15_000, maxWait: 15_000 },
    );

  const drain = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        try {
          for (let n = await drainOnce(); n > 0 && !stopped; n = await drainOnce()) total += n;
        } catch (err) {
          log.warn({ err }, 'outbox publishing failed; will retry');
        }
      } while (again && !stopped);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  // Replays run one after another; a gap reported while one runs is replayed after it.
  let replaying: Promise<void> = Promise.resolve();
  const replay = (gap: MissedEvents) => {
    replaying = replaying.then(async () => {
      if (stopped) return;
      try {
        const rows = await db.$queryRaw<OutboxRow[]>`
          SELECT id, topic, payload FROM outbox_event
          WHERE "publishedAt" IS NULL OR "publishedAt" >= ${gap.since}
          ORDER BY "publishedAt" IS NULL, id LIMIT ${REPLAY_LIMIT}`;
        for (const row of rows) {
          const message = { topic: row.topic, payload: row.payload } as OutboxMessage;
          const payload = await eventPayload(db, message);
          if (payload)
            await deliverLocally(pubsub, {
              topic: subscriptionTopic(message.topic, message.payload.locationId),
              payload,
              eventId: row.id,
            });
        }
        log.info(
          { since: gap.since, events: rows.length },
          'outbox events replayed to local subscribers after a broker gap',
        );
      } catch (err) {
        log.error({ err }, 'replaying outbox events after a broker gap failed');
      }
    });
  };
  const stopReplays = onMissedEvents(pubsub, replay);

  const onWritten = () => void drain();
  written.on('written', onWritten);
  const timer = setInterval(onWritten, options.pollMs ?? 1000);
  timer.unref();
  void drain();
  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      written.off('written', onWritten);
      stopReplays();
      await Promise.all([running, replaying]);
    },
  };
}

/** Backlog and age of the oldest unpublished event: alert when they grow (the broker is down). */
function registerOutboxMetrics(db: PrismaClient, registry: Registry): void {
  const pending = async () => {
    const [row] = await db.$queryRaw<Array<{ backlog: bigint | number; oldest: Date | null }>>`
      SELECT count(*) AS backlog, min("createdAt") AS oldest FROM outbox_event WHERE "publishedAt" IS NULL`;
    return { backlog: Number(row?.backlog ?? 0), oldest: row?.oldest ?? null };
  };
  new Gauge({
    name: 'hub_outbox_backlog',
    help: 'Outbox events not yet published',
    registers: [registry],
    async collect() {
      this.set((await pending()).backlog);
    },
  });
  new Gauge({
    name: 'hub_outbox_oldest_age_seconds',
    help: 'Age of the oldest unpublished outbox event (0 when none)',
    registers: [registry],
    async collect() {
      const { oldest } = await pending();
      this.set(oldest ? (Date.now() - new Date(oldest).getTime()) / 1000 : 0);
    },
  });
}
