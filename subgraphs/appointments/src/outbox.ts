import { EventEmitter } from 'node:events';
import type { Logger, PubSub } from '@kaarst/kit';
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

export interface OutboxPublisher {
  /** Publishes what is pending now; resolves with the number of events published. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Drains the outbox to the pubsub. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so several replicas share the work without announcing an event
 * twice; a row is marked published only after the broker took it, so when
 * the broker is down events wait in the table instead of being lost.
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
        const rows = await tx.$queryRaw<
          Array<{ id: number; topic: string; payload: OutboxMessage['payload'] }>
        >`
          SELECT id, topic, payload FROM outbox_event
          WHERE "publishedAt" IS NULL ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
        for (const row of rows) {
          const message = { topic: row.topic, payload: row.payload } as OutboxMessage;
          const payload = await eventPayload(tx, message);
          if (payload) {
            await pubsub.publish({
              topic: subscriptionTopic(message.topic, message.payload.locationId),
              payload,
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
      await running;
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
