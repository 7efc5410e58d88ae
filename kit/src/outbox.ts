import { EventEmitter } from 'node:events';
import { Gauge, type Registry } from 'prom-client';
import { type ReplayedEvent, registerReplaySource, withEventId } from './live.ts';
import type { Logger } from './logger.ts';
import {
  NOTIFICATION_OUTBOX_TOPIC,
  type NotificationEvent,
  type NotificationEventLog,
} from './notification-events.ts';
import { listenForOutboxRows } from './outbox-notify.ts';
import { deliverLocally, type MissedEvents, onMissedEvents } from './pubsub.ts';
import type { PubSub } from './server.ts';

/**
 * The transactional outbox every subgraph with live events uses: a change
 * writes the events it announces into its own `outbox_event` table (id serial,
 * topic text, payload jsonb, "createdAt", "publishedAt") in the same
 * transaction, and this publisher drains them to the pubsub. So no committed
 * change goes unannounced, and nothing rolled back is ever announced.
 */

/** What the publisher needs of a Prisma client or transaction (any subgraph's). */
export interface OutboxSql {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

export interface OutboxDb<Client extends OutboxSql> extends OutboxSql {
  $transaction<R>(
    fn: (tx: Client) => Promise<R>,
    options?: { timeout?: number; maxWait?: number },
  ): Promise<R>;
}

/**
 * What the publisher needs of a `pg` pool (the subgraph's own, the one under its Prisma
 * adapter) to drain on it straight, without Prisma's interactive transaction.
 */
export interface OutboxPool {
  connect(): Promise<OutboxPoolClient>;
}

export interface OutboxPoolClient {
  // Without values: the simple query protocol, several statements in one round trip (an array of results).
  query(text: string): Promise<unknown>;
  release(destroy?: boolean | Error): void;
}

export interface OutboxRow {
  id: number;
  topic: string;
  payload: unknown;
}

/** The message a row becomes; null when there is nothing to announce any more (the record is gone). */
export type OutboxEventOf<Client> = (
  client: Client,
  row: OutboxRow,
) => Promise<{ topic: string; payload: unknown } | null>;

// Rung after a local commit, so publishers do not wait for their next poll.
const written = new EventEmitter();
written.setMaxListeners(0);
export const outboxWritten = () => written.emit('written');

/** How far back a resuming subscription is handed what it missed (a longer absence starts afresh). */
const RESUME_WINDOW_SECONDS = 15 * 60;

/** At most this many events are replayed after a broker gap: those published in it first, then waiting ones. */
const REPLAY_LIMIT = 1000;

/** How long one drain may hold its rows (and its connection) before it gives up and rolls back. */
const DRAIN_TIMEOUT_MS = 15_000;

/**
 * Default least time between the starts of two drains (ms). A commit wakes the publisher at
 * once when it has been idle that long; under a stream of commits the wakes that arrive
 * meanwhile are served by one drain, instead of one transaction (and one WAL flush) per commit.
 */
const MIN_INTERVAL_MS = 5;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects when `work` has not settled within `ms` (a broker that never answers). */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The rows of the last statement of a multi-statement simple query (pg answers an array of results). */
function lastRows(result: unknown): OutboxRow[] {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  return ((last as { rows?: OutboxRow[] } | undefined)?.rows ?? []) as OutboxRow[];
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
export function startOutboxPublisher<Client extends OutboxSql>(options: {
  db: OutboxDb<Client>;
  pubsub: PubSub;
  log: Logger;
  /** Default: the row's topic and payload as written (rows that are their own event). */
  eventOf?: OutboxEventOf<Client | OutboxSql>;
  /** The safety-net poll; commits wake the publisher directly (outboxWritten, and LISTEN when listenUrl is set). */
  pollMs?: number;
  batch?: number;
  /** Least time between the starts of two drains (ms; default 5): wakes meanwhile share one drain. */
  minIntervalMs?: number;
  /**
   * The subgraph's `pg` pool (the one its Prisma adapter runs on). With it, and without an
   * `eventOf` of its own (rows that are their own events), a drain is two round trips on one
   * pooled connection (`BEGIN; SELECT … FOR UPDATE SKIP LOCKED`, then `UPDATE …; COMMIT`)
   * instead of a Prisma interactive transaction, whose query compiler and transaction machinery
   * cost more than the drain itself. Same rows, same locks, same order. An `eventOf` reads
   * through Prisma in the drain's transaction, so with one the pool is not used.
   */
  pool?: OutboxPool;
  metrics?: Registry;
  /**
   * A PostgreSQL URL (with `schema=`) to LISTEN on for rows committed by any replica
   * (the `outbox_notify` trigger). Unset on the embedded PGlite, which serves LISTEN
   * to no other connection: there the in-process wake-up and the poll do the work.
   */
  listenUrl?: string;
  /**
   * Rows of the topic NOTIFICATION_OUTBOX_TOPIC are appended here instead of published
   * (the notifications subgraph consumes them). Required when the subgraph writes such rows:
   * without it they would be published to nobody and marked done.
   */
  notifications?: NotificationEventLog;
}): OutboxPublisher {
  const { db, pubsub, log } = options;
  const eventOf = options.eventOf ?? (async (_client, row) => ({ topic: row.topic, payload: row.payload }));
  if (options.metrics) registerOutboxMetrics(db, options.metrics);
  const batch = options.batch ?? 100;
  const minIntervalMs = options.minIntervalMs ?? MIN_INTERVAL_MS;
  if (!Number.isSafeInteger(batch) || batch < 1)
    throw new Error(`outbox: batch must be a positive integer, not ${batch}`);
  const pool = options.eventOf ? undefined : options.pool;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  /** Publishes claimed rows in id order; rejects at the first the broker (or the log) refuses. */
  const publishRows = async (client: Client | OutboxSql, rows: OutboxRow[]) => {
    for (const row of rows) {
      if (row.topic === NOTIFICATION_OUTBOX_TOPIC) {
        // Stored in the durable log before the row counts as done (a crash in between repeats it; the consumer drops repeats by id).
        if (!options.notifications) throw new Error('outbox: a notification row, but no notification log');
        await options.notifications.append(row.payload as NotificationEvent);
        continue;
      }
      const event = await eventOf(client, row);
      if (event) await publishEvent(pubsub, { ...event, eventId: row.id });
    }
  };

  const drainWithPrisma = () =>
    db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT id, topic, payload FROM outbox_event
            WHERE "publishedAt" IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          batch,
        );
        await publishRows(tx, rows);
        if (rows.length > 0)
          await tx.$executeRawUnsafe(
            `UPDATE outbox_event SET "publishedAt" = now() WHERE id = ANY($1::int[])`,
            rows.map((r) => r.id),
          );
        return rows.length;
      },
      { timeout: DRAIN_TIMEOUT_MS, maxWait: DRAIN_TIMEOUT_MS },
    );

  // The same transaction on one pooled connection, in two round trips of the simple protocol
  // (no parameters: the limit is ours, the ids are the integers just read).
  const drainWithPool = async (on: OutboxPool) => {
    const client = await on.connect();
    let broken: Error | undefined;
    try {
      const rows = lastRows(
        await client.query(
          `BEGIN; SELECT id, topic, payload FROM outbox_event
            WHERE "publishedAt" IS NULL ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
        ),
      );
      const ids = rows.map((row) => Number(row.id));
      if (!ids.every(Number.isSafeInteger)) throw new Error('outbox: a row id that is no integer');
      await within(publishRows(db, rows), DRAIN_TIMEOUT_MS, 'publishing outbox events');
      await client.query(
        ids.length > 0
          ? `UPDATE outbox_event SET "publishedAt" = now() WHERE id = ANY('{${ids.join(',')}}'::int[]); COMMIT`
          : 'COMMIT',
      );
      return rows.length;
    } catch (error) {
      // Nothing is marked: the rows stay for the next drain (here or at another replica).
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  };

  const drainOnce = () => (pool ? drainWithPool(pool) : drainWithPrisma());

  let lastStart = Number.NEGATIVE_INFINITY;
  const drain = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      while (!stopped) {
        // A timer may fire a little early (it counts from the event loop's cached time): wait
        // again until the interval has really passed.
        let wait = lastStart + minIntervalMs - performance.now();
        while (wait > 0 && !stopped) {
          await sleep(wait);
          wait = lastStart + minIntervalMs - performance.now();
        }
        // A wake from here on may be for a row this drain's SELECT does not see yet: drain again.
        again = false;
        lastStart = performance.now();
        let count: number;
        try {
          count = await drainOnce();
        } catch (err) {
          log.warn({ err }, 'outbox publishing failed; will retry');
          break;
        }
        total += count;
        // A full batch may leave more behind; a short one took all there was, unless woken meanwhile.
        if (count < batch && !again) break;
      }
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
        // In a transaction of its own, as when draining: eventOf may keep per-transaction state.
        const rows = await db.$transaction(async (tx) => {
          const found = await tx.$queryRawUnsafe<OutboxRow[]>(
            `SELECT id, topic, payload FROM outbox_event
              WHERE "publishedAt" IS NULL OR "publishedAt" >= $1
              ORDER BY "publishedAt" IS NULL, id LIMIT $2`,
            gap.since,
            REPLAY_LIMIT,
          );
          for (const row of found) {
            if (row.topic === NOTIFICATION_OUTBOX_TOPIC) continue; // for the durable log, not for subscribers
            const event = await eventOf(tx, row);
            if (event) await deliverLocally(pubsub, { ...event, eventId: row.id });
          }
          return found;
        });
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

  // A subscription resuming after its gateway lost the connection (live.ts): the events of its
  // topic after the last one it had, committed in the last RESUME_WINDOW, published or not yet.
  const stopResumes = registerReplaySource(db, (afterId, topic) =>
    db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
        `SELECT id, topic, payload FROM outbox_event
          WHERE id > $1 AND topic <> $2 AND "createdAt" > now() - make_interval(secs => $3)
          ORDER BY id LIMIT $4`,
        afterId,
        NOTIFICATION_OUTBOX_TOPIC,
        RESUME_WINDOW_SECONDS,
        REPLAY_LIMIT,
      );
      const events: ReplayedEvent[] = [];
      for (const row of rows) {
        const event = await eventOf(tx, row);
        if (event?.topic === topic)
          events.push({ eventId: row.id, payload: withEventId(event.payload, row.id) });
      }
      return events;
    }),
  );

  const onWritten = () => void drain();
  written.on('written', onWritten);
  const timer = setInterval(onWritten, options.pollMs ?? 1000);
  timer.unref();
  const listener = options.listenUrl ? listenForOutboxRows(options.listenUrl, onWritten, log) : null;
  void drain();
  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      written.off('written', onWritten);
      await listener?.stop();
      stopReplays();
      stopResumes();
      await Promise.all([running, replaying]);
    },
  };
}

/** Backlog and age of the oldest unpublished event: alert when they grow (the broker is down). */
function registerOutboxMetrics(db: OutboxSql, registry: Registry): void {
  const pending = async () => {
    const [row] = await db.$queryRawUnsafe<Array<{ backlog: bigint | number; oldest: Date | null }>>(
      `SELECT count(*) AS backlog, min("createdAt") AS oldest FROM outbox_event WHERE "publishedAt" IS NULL`,
    );
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
