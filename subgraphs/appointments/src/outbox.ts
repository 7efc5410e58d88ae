import {
  type Logger,
  type NotificationEventLog,
  type OutboxDb,
  type OutboxPublisher,
  outboxWritten,
  type PubSub,
  startOutboxPublisher as startKitOutboxPublisher,
} from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { Registry } from 'prom-client';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';
import { appointmentInclude } from './models.ts';
import { queueTopic } from './queue/events.ts';
import { loadSnapshot } from './queue/snapshot.ts';
import { countFreeSlots } from './search.ts';
import { ZONE } from './slots.ts';

/** What a booking or cancellation announces, written in its own transaction. */
export type OutboxMessage =
  | { topic: 'appointmentBooked'; payload: { appointmentId: string; locationId: string } }
  | { topic: 'availabilityChanged'; payload: { locationId: string; date: string } }
  | { topic: 'queueChanged'; payload: { locationId: string; calledTicketId?: string } };

export const subscriptionTopic = (field: OutboxMessage['topic'], locationId: string) =>
  field === 'queueChanged' ? queueTopic(locationId) : `${field}:${locationId}`;

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

type Tx = Prisma.TransactionClient;

export { outboxWritten };

const batchSnapshots = new WeakMap<object, Map<string, ReturnType<typeof loadSnapshot>>>();

async function eventPayload(tx: Tx, message: OutboxMessage): Promise<Record<string, unknown> | null> {
  if (message.topic === 'appointmentBooked') {
    const appointment = await tx.appointment.findUnique({
      where: { id: message.payload.appointmentId },
      include: appointmentInclude,
    });
    return appointment ? { appointmentBooked: appointment } : null;
  }
  if (message.topic === 'queueChanged') {
    // One snapshot per change serves every subscriber (display, staff, citizens) of the location;
    // the rows of one drained batch share it (they all see the same committed state).
    const perBatch = batchSnapshots.get(tx) ?? new Map<string, ReturnType<typeof loadSnapshot>>();
    batchSnapshots.set(tx, perBatch);
    const { locationId } = message.payload;
    if (!perBatch.has(locationId)) perBatch.set(locationId, loadSnapshot(tx, locationId));
    const snapshot = await (perBatch.get(locationId) as ReturnType<typeof loadSnapshot>);
    return { queue: { ...snapshot, newCallTicketId: message.payload.calledTicketId ?? null } };
  }
  const location = await tx.location.findUnique({
    where: { id: message.payload.locationId },
    include: { openingHours: true },
  });
  if (!location) return null;
  const freeSlots = await countFreeSlots(tx, location, message.payload.date);
  return { availabilityChanged: { date: message.payload.date, freeSlots, location } };
}

/** The kit's outbox publisher, turning this subgraph's rows into its subscription events. */
export function startOutboxPublisher(options: {
  db: PrismaClient;
  pubsub: PubSub;
  log: Logger;
  pollMs?: number;
  batch?: number;
  metrics?: Registry;
  listenUrl?: string;
  notifications?: NotificationEventLog;
}): OutboxPublisher {
  return startKitOutboxPublisher<Tx>({
    ...options,
    db: options.db as unknown as OutboxDb<Tx>,
    eventOf: async (client, row) => {
      const message = { topic: row.topic, payload: row.payload } as OutboxMessage;
      const payload = await eventPayload(client as Tx, message);
      return payload && { topic: subscriptionTopic(message.topic, message.payload.locationId), payload };
    },
  });
}
