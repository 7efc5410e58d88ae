import type { Registry } from 'prom-client';
import type { Logger } from './logger.ts';
import type { NotificationEventLog } from './notification-events.ts';
import {
  type OutboxDb,
  type OutboxPool,
  type OutboxPublisher,
  type OutboxSql,
  startOutboxPublisher,
} from './outbox.ts';
import type { PubSub } from './server.ts';

/**
 * The background work of a subgraph whose outbox rows are their own events (council, pass,
 * requests): the publisher on the subgraph's pool, notification rows to the durable log, woken
 * by LISTEN where there is a server. A subgraph with an `eventOf` of its own starts the
 * publisher itself.
 */
export function publishOutbox<Client extends OutboxSql>(services: {
  db: OutboxDb<Client>;
  pool: OutboxPool;
  pubsub: PubSub;
  log: Logger;
  metrics: Registry;
  notifications: NotificationEventLog;
  listenUrl?: string;
}): OutboxPublisher {
  const { db, pool, pubsub, log, metrics, notifications, listenUrl } = services;
  return startOutboxPublisher({
    db,
    pool,
    pubsub,
    log,
    metrics,
    notifications,
    ...(listenUrl ? { listenUrl } : {}),
  });
}
