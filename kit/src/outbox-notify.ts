import pg from 'pg';
import { schemaOf } from './database.ts';
import type { Logger } from './logger.ts';

/** The channel the outbox trigger notifies (migration `outbox_notify`); the payload is the table's schema. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * The transaction-local setting by which a statement says its own process wakes its publisher
 * after the commit (`outboxWritten`), so the trigger sends no NOTIFY. PostgreSQL serialises every
 * committing transaction that notifies (one lock for the whole server, held through the commit's
 * WAL flush, so those commits cannot share a flush) and wakes the listening connection for each;
 * the writer's own publisher drains the row anyway (any replica may: SKIP LOCKED), and the poll
 * covers a writer that dies between its commit and its wake-up.
 */
export const OUTBOX_WAKE_SETTING = 'kaarst.outbox_wake';

/**
 * A SQL condition (always true) that sets OUTBOX_WAKE_SETTING for the rest of the transaction:
 * put it in the WHERE of the SELECT that feeds an outbox INSERT, in a statement whose caller calls
 * `outboxWritten()` after the commit. Nothing else changes: the rows, their order, their drain.
 */
export const OUTBOX_WAKES_LOCALLY_SQL = `set_config('${OUTBOX_WAKE_SETTING}', 'local', true) = 'local'`;

const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 5000;

export interface OutboxListener {
  stop(): Promise<void>;
}

/**
 * Listens on PostgreSQL for commits that wrote outbox rows in this schema (any
 * replica's): each subgraph's `outbox_notify` migration adds a statement
 * trigger that calls pg_notify at commit. One dedicated connection, outside
 * the pool; when it is lost it reconnects with backoff and wakes the publisher
 * once (rows committed meanwhile are drained; the poll stays the safety net).
 */
export function listenForOutboxRows(url: string, onRows: () => void, log: Logger): OutboxListener {
  const schema = schemaOf(url);
  const parsed = new URL(url);
  parsed.searchParams.delete('schema');
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = RECONNECT_MIN_MS;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: parsed.toString() });
    client = next;
    const lost = (err?: unknown) => {
      if (client !== next) return;
      client = null;
      next.removeAllListeners();
      next.on('error', () => {});
      void next.end().catch(() => {});
      if (stopped) return;
      log.warn({ err }, 'outbox LISTEN connection lost; reconnecting (the poll covers the gap)');
      timer = setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === OUTBOX_CHANNEL && (message.payload ?? schema) === schema) onRows();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
      delay = RECONNECT_MIN_MS;
      // Rows may have committed while this connection was not listening.
      onRows();
    } catch (err) {
      lost(err);
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        current.on('error', () => {});
        await current.end().catch(() => {});
      }
    },
  };
}

/**
 * The statement trigger that notifies OUTBOX_CHANNEL at commit (NOTIFY is
 * transactional: never for a rollback) with the schema as payload, so
 * subgraphs sharing one database wake only their own publishers; not when the
 * statement set OUTBOX_WAKE_SETTING (its writer wakes its own publisher). Installed at
 * start-up, idempotently, where the schema has an outbox_event table: Prisma's
 * migrations cannot carry it (the pg driver adapter splits a migration script
 * at every `;`, also inside a function body).
 */
export async function installOutboxTrigger(pool: pg.Pool): Promise<boolean> {
  // Installed and current: the trigger is there, and its function knows OUTBOX_WAKE_SETTING
  // (a schema set up before that is brought up to date here, once).
  const { rows } = await pool.query<{ table: string | null; installed: boolean }>(
    `SELECT to_regclass('outbox_event')::text AS "table",
            EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
                     WHERE t.tgname = 'outbox_event_notify' AND t.tgrelid = to_regclass('outbox_event')
                       AND position($1 IN f.prosrc) > 0) AS installed`,
    [OUTBOX_WAKE_SETTING],
  );
  if (!rows[0]?.table) return false;
  if (rows[0].installed) return true;
  // Replicas starting together: one installs, the others wait (concurrent CREATE OR REPLACE
  // of one function fails with "tuple concurrently updated").
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('kaarst.outbox_event_notify'))`);
    await client.query(`
      CREATE OR REPLACE FUNCTION outbox_event_notify() RETURNS trigger AS $$
      BEGIN
        IF current_setting('${OUTBOX_WAKE_SETTING}', true) IS DISTINCT FROM 'local' THEN
          PERFORM pg_notify('${OUTBOX_CHANNEL}', TG_TABLE_SCHEMA);
        END IF;
        RETURN NULL;
      END;
      $$ LANGUAGE plpgsql`);
    await client.query(`
      CREATE OR REPLACE TRIGGER outbox_event_notify
        AFTER INSERT ON outbox_event
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return true;
}
