import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { dataDir, env } from './config.ts';
import type { Logger } from './logger.ts';
import { redisOptions } from './pubsub.ts';

/**
 * A durable event log: unlike the pub/sub that feeds subscriptions, it keeps each
 * event until every consumer group (one per subgraph) has handled it, so a
 * subgraph that was down when the event was written handles it when it comes
 * back. Redis Streams in production, a folder on the embedded default. Typed by
 * the events it carries (account deletions, notifications: account-events.ts,
 * notification-events.ts); delivery is at least once, so handlers are idempotent
 * by the event's id.
 *
 * Retention (personal data: account ids, notification titles): an entry is deleted once it is
 * older than the retention (EVENT_LOG_RETENTION_DAYS, default 30, one month being what GDPR
 * Art. 12(3) allows for answering an erasure), handled or not; a subgraph down for longer
 * misses it. On top, `remove` deletes the entries matching a test at once (an erased
 * account's notifications: notifications subgraph).
 */
export interface DurableEvent {
  id: string;
}

export interface DurableLogOptions {
  /** Redis Streams when set (production: several instances per subgraph); else a folder. */
  redisUrl?: string;
  /** The stream's key; every subgraph of one hub must use the same. */
  stream?: string;
  /** The folder of the embedded log. */
  dir?: string;
  /** How often the folder is looked at, or a stream read waits for news (ms). */
  pollMs?: number;
  /** A failed handling (or a consumer that died holding an event) is retried after this long (ms). */
  retryAfterMs?: number;
  /** Entries older than this are deleted (ms); default EVENT_LOG_RETENTION_DAYS (30) days. */
  retentionMs?: number;
}

export interface DurableLogConsumer {
  stop(): Promise<void>;
}

export interface DurableEventLog<E extends DurableEvent> {
  /** Resolves once the event is stored (then it reaches every group, at least once). */
  append(event: E): Promise<void>;
  /** Hands each event to `handle` once per group; a failed handling is retried later. */
  consume(group: string, handle: (event: E) => Promise<void>, log: Logger): DurableLogConsumer;
  /** Deletes every entry `matches` (also one not yet handled); resolves with how many. */
  remove(matches: (event: E) => boolean): Promise<number>;
  /** The entries kept now, oldest first (tests, operators). */
  stored(): Promise<E[]>;
  close(): Promise<void>;
}

const RETRY_AFTER_MS = 30_000;
const BATCH = 50;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Old entries are looked for at most this often by a consumer (besides at each append). */
const TRIM_EVERY_MS = 60_000;

/**
 * Opens a log: Redis Streams when REDIS_URL (or options.redisUrl) is set, its key from the
 * options, the env `streamEnv` or `stream`; else the folder from the options, the env
 * `dirEnv` or `<data dir>/events/<folder>`.
 */
export function openDurableEventLog<E extends DurableEvent>(
  defaults: { stream: string; folder: string; streamEnv: string; dirEnv: string },
  options: DurableLogOptions = {},
): DurableEventLog<E> {
  const redisUrl = options.redisUrl ?? env('REDIS_URL');
  const days = Number(env('EVENT_LOG_RETENTION_DAYS') ?? 30);
  const timing = {
    pollMs: options.pollMs ?? 1000,
    retryAfterMs: options.retryAfterMs ?? RETRY_AFTER_MS,
    retentionMs: options.retentionMs ?? (days > 0 ? days : 30) * DAY_MS,
  };
  if (redisUrl)
    return redisStreamLog<E>(redisUrl, options.stream ?? env(defaults.streamEnv) ?? defaults.stream, timing);
  return folderLog<E>(
    options.dir ?? env(defaults.dirEnv) ?? path.join(dataDir(), 'events', defaults.folder),
    timing,
  );
}

/** Runs `step` until stopped, `idleMs` apart; a failing step is logged and retried after `retryMs`. */
function loop(step: () => Promise<void>, idleMs: number, retryMs: number, log: Logger): DurableLogConsumer {
  let stopped = false;
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const running = (async () => {
    while (!stopped) {
      let wait = idleMs;
      try {
        await step();
      } catch (err) {
        if (stopped) break;
        log.warn({ err }, 'durable event log: will retry');
        wait = retryMs;
      }
      if (!stopped && wait > 0) await pause(wait);
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await running;
    },
  };
}

interface Timing {
  pollMs: number;
  retryAfterMs: number;
  retentionMs: number;
}

function redisStreamLog<E extends DurableEvent>(
  url: string,
  stream: string,
  { pollMs, retryAfterMs, retentionMs }: Timing,
): DurableEventLog<E> {
  const connections: Redis[] = [];
  const connect = () => {
    const connection = new Redis({ ...redisOptions(url), lazyConnect: false });
    connection.on('error', () => {}); // reconnects on its own; failures surface in the commands
    connections.push(connection);
    return connection;
  };
  let writer: Redis | undefined;
  return {
    async append(event) {
      writer ??= connect();
      // Entries older than the retention go as a new one comes (entry ids are milliseconds).
      await writer.xadd(stream, 'MINID', Date.now() - retentionMs, '*', 'event', JSON.stringify(event));
    },
    async remove(matches) {
      writer ??= connect();
      let removed = 0;
      let start = '-';
      for (;;) {
        const page = (await writer.xrange(stream, start, '+', 'COUNT', 500)) as Array<[string, string[]]>;
        const doomed = page
          .filter(([, fields]) => {
            const text = fields[fields.indexOf('event') + 1];
            return text !== undefined && matches(JSON.parse(text) as E);
          })
          .map(([id]) => id);
        if (doomed.length > 0) removed += await writer.xdel(stream, ...doomed);
        const last = page.at(-1);
        if (!last || page.length < 500) return removed;
        start = `(${last[0]}`;
      }
    },
    async stored() {
      writer ??= connect();
      const entries = (await writer.xrange(stream, '-', '+')) as Array<[string, string[]]>;
      return entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('event') + 1] ?? 'null') as E);
    },
    consume(group, handle, log) {
      // Its own connection: XREADGROUP BLOCK holds it.
      const reader = connect();
      const consumer = `${os.hostname()}:${process.pid}`;
      let groupMade = false;
      let stopping = false;
      let trimmedAt = 0;
      const handleEntries = async (entries: Array<[string, string[] | null]>) => {
        for (const [entryId, fields] of entries) {
          // A pending entry removed meanwhile comes without fields (or not at all): nothing to handle.
          const text = fields ? fields[fields.indexOf('event') + 1] : undefined;
          if (text) await handle(JSON.parse(text) as E);
          await reader.xack(stream, group, entryId);
        }
      };
      const consumerLoop = loop(
        async () => {
          if (!groupMade) {
            await reader.xgroup('CREATE', stream, group, '0', 'MKSTREAM').catch((err: Error) => {
              if (!err.message.includes('BUSYGROUP')) throw err;
            });
            groupMade = true;
          }
          if (Date.now() - trimmedAt > TRIM_EVERY_MS) {
            await reader.xtrim(stream, 'MINID', Date.now() - retentionMs);
            trimmedAt = Date.now();
          }
          // Events another consumer of this group took and never acknowledged (it died, or failed).
          const [, claimed] = (await reader.xautoclaim(
            stream,
            group,
            consumer,
            retryAfterMs,
            '0-0',
            'COUNT',
            BATCH,
          )) as [string, Array<[string, string[]]>];
          await handleEntries(claimed);
          const read = (await reader.xreadgroup(
            'GROUP',
            group,
            consumer,
            'COUNT',
            BATCH,
            'BLOCK',
            pollMs,
            'STREAMS',
            stream,
            '>',
          )) as Array<[string, Array<[string, string[]]>]> | null;
          if (stopping) return;
          for (const [, entries] of read ?? []) await handleEntries(entries);
        },
        0, // XREADGROUP's BLOCK is the wait
        pollMs,
        log,
      );
      return {
        async stop() {
          stopping = true;
          reader.disconnect();
          await consumerLoop.stop();
        },
      };
    },
    async close() {
      for (const connection of connections) connection.disconnect();
    },
  };
}

/** Writes a file whole or not at all (readers never see half of it). */
function writeAtomically(file: string, text: string) {
  const temporary = `${file}.${randomUUID()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * The embedded default: one file per event in a folder all subgraphs of one
 * machine share, and per group a file naming the events it has handled. One
 * process per group (the embedded hub runs one of each subgraph).
 */
function folderLog<E extends DurableEvent>(
  dir: string,
  { pollMs, retryAfterMs, retentionMs }: Timing,
): DurableEventLog<E> {
  const groupsDir = path.join(dir, '.groups');
  const ensureDirs = () => mkdirSync(groupsDir, { recursive: true });
  const entryNames = () =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  /** Deletes the entries older than the retention (their names begin with the time they were written). */
  const trim = () => {
    const cutoff = Date.now() - retentionMs;
    for (const name of entryNames())
      if (Number(name.slice(0, 15)) < cutoff) rmSync(path.join(dir, name), { force: true });
  };
  return {
    async append(event) {
      ensureDirs();
      trim();
      // Names sort by time; the id keeps two events of one millisecond apart.
      writeAtomically(
        path.join(dir, `${String(Date.now()).padStart(15, '0')}-${event.id}.json`),
        JSON.stringify(event),
      );
    },
    consume(group, handle, log) {
      ensureDirs();
      const stateFile = path.join(groupsDir, `${group}.json`);
      const handled = new Set<string>();
      try {
        for (const name of JSON.parse(readFileSync(stateFile, 'utf8')) as string[]) handled.add(name);
      } catch {
        // first start of this group: nothing handled yet
      }
      const failedAt = new Map<string, number>();
      let trimmedAt = 0;
      return loop(
        async () => {
          if (Date.now() - trimmedAt > TRIM_EVERY_MS) {
            trim();
            trimmedAt = Date.now();
            // Names of deleted entries need not be remembered.
            const kept = new Set(entryNames());
            for (const name of handled) if (!kept.has(name)) handled.delete(name);
          }
          const pending = entryNames().filter((name) => !handled.has(name));
          for (const name of pending) {
            if (Date.now() - (failedAt.get(name) ?? 0) < retryAfterMs) continue;
            let text: string;
            try {
              text = readFileSync(path.join(dir, name), 'utf8');
            } catch {
              continue; // removed meanwhile
            }
            try {
              await handle(JSON.parse(text) as E);
            } catch (err) {
              failedAt.set(name, Date.now());
              log.warn({ err, event: name }, 'durable event failed; retried later');
              continue;
            }
            handled.add(name);
            writeAtomically(stateFile, JSON.stringify([...handled]));
          }
        },
        pollMs,
        pollMs,
        log,
      );
    },
    async remove(matches) {
      ensureDirs();
      let removed = 0;
      for (const name of entryNames()) {
        const file = path.join(dir, name);
        let event: E;
        try {
          event = JSON.parse(readFileSync(file, 'utf8')) as E;
        } catch {
          continue; // removed meanwhile
        }
        if (!matches(event)) continue;
        rmSync(file, { force: true });
        removed += 1;
      }
      return removed;
    },
    async stored() {
      ensureDirs();
      return entryNames().map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as E);
    },
    async close() {},
  };
}
