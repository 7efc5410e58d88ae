import { randomUUID } from 'node:crypto';
import { type DurableEventLog, type DurableLogOptions, openDurableEventLog } from './durable-log.ts';
import type { OutboxSql } from './outbox.ts';

/**
 * What a subgraph tells a person about (the notifications subgraph turns it into an
 * inbox entry and, where the person opted in to the topic, a Web Push message). Producers
 * never call the notifications subgraph: they write the event into their outbox in the
 * transaction of the change (notificationOutboxRow), and the outbox publisher appends it to
 * this durable log, so nothing is lost while the notifications subgraph is down.
 */
export const NOTIFICATION_TOPICS = [
  'request-status',
  'pass-decision',
  'queue-called-next',
  'appointment-reminder',
] as const;
export type NotificationTopicName = (typeof NOTIFICATION_TOPICS)[number];

export interface NotificationEvent {
  /** Unique per notification: the consumer stores each id once (replays repeat nothing). */
  id: string;
  type: 'notification';
  accountId: string;
  topic: NotificationTopicName;
  /** German, short: the push message's title and the inbox entry's heading. */
  title: string;
  body: string;
  /** Where a tap leads, a path of the app (e.g. `#/mitteilungen`). */
  url: string;
  /** ISO 8601 instant of the change. */
  at: string;
}

/** The outbox topic whose rows the publisher appends to the notification log instead of the pubsub. */
export const NOTIFICATION_OUTBOX_TOPIC = 'notification';

/** The outbox row (topic, payload) carrying one notification; written in the change's transaction. */
export function notificationOutboxRow(
  notification: Omit<NotificationEvent, 'id' | 'type' | 'at'> & { id?: string; at?: Date },
) {
  const { id, at, ...rest } = notification;
  const event: NotificationEvent = {
    ...rest,
    id: id ?? randomUUID(),
    type: 'notification',
    at: (at ?? new Date()).toISOString(),
  };
  return { topic: NOTIFICATION_OUTBOX_TOPIC, payload: event as unknown as object };
}

export type NotificationEventLog = DurableEventLog<NotificationEvent>;

/** Stream NOTIFICATION_EVENTS_STREAM (default kaarst:notification-events), folder NOTIFICATION_EVENTS_DIR (default <data dir>/events/notifications). */
export const openNotificationEventLog = (options: DurableLogOptions = {}): NotificationEventLog =>
  openDurableEventLog<NotificationEvent>(
    {
      stream: 'kaarst:notification-events',
      folder: 'notifications',
      streamEnv: 'NOTIFICATION_EVENTS_STREAM',
      dirEnv: 'NOTIFICATION_EVENTS_DIR',
    },
    options,
  );

/**
 * Erasure (GDPR Art. 17): a producer's outbox keeps its notification rows after they left,
 * with the account id and the title; they go with the account.
 */
export const eraseNotificationRows = (db: OutboxSql, accountId: string) =>
  db.$executeRawUnsafe(
    `DELETE FROM outbox_event WHERE topic = $1 AND payload->>'accountId' = $2`,
    NOTIFICATION_OUTBOX_TOPIC,
    accountId,
  );
