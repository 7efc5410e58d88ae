/** The queue's live events: one outbox row per change of a location's queue. */
import { outboxWritten } from '@kaarst/kit';
import type { Prisma } from '../generated/prisma/client.ts';

/** The topic every queue subscription of a location listens on. */
export const queueTopic = (locationId: string) => `queue:${locationId}`;

/** Written in the transaction of the change; `calledTicketId` when it called a ticket (the display's sound). */
export function queueChangedRow(locationId: string, calledTicketId?: string): Prisma.OutboxEventCreateInput {
  return {
    topic: 'queueChanged',
    payload: { locationId, ...(calledTicketId ? { calledTicketId } : {}) },
  };
}

/** Rung after the commit: the publisher drains at once instead of at its next poll. */
export const queueWritten = outboxWritten;

/**
 * Interactive transactions wait for a connection and run longer than Prisma's
 * defaults (2 s, 5 s) allow when a busy office's requests queue up on the
 * embedded database's single connection.
 */
export const QUEUE_TX = { maxWait: 15_000, timeout: 15_000 };
