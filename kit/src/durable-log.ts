import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
}

export interface DurableLogConsumer {
  stop(): Promise<void>;
}

export interface DurableEventLog<E extends DurableEvent> {
  /** Resolves once the event is stored (then it reaches every group, at least once). */
  append(event: E): Promise<void>;
  /** Hands each event to `handle` once per group; a failed handling is retried later. */
  consume(group: string, handle: (event: E) => Promise<void>, log: Logger): DurableLogConsumer;
  close(): Promise<void>;
}

const RETRY_AFTER_MS = 30_000;
const BATCH = 50;

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
  const timing = { pollMs: options.pollMs ?? 1000, retryAfterMs: options.retryAfterMs ?? RETRY_AFTER_MS };
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
}

function redisStreamLog<E extends DurableEvent>(
  url: string,
  stream: string,
  { pollMs, retryAfterMs }: Timing,
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
      // Trimmed only far beyond any backlog a consumer group could have.
      await writer.xadd(stream, 'MAXLEN', '~', 100_000, '*', 'event', JSON.stringify(event));
    },
    consume(group, handle, log) {
      // Its own connection: XREADGROUP BLOCK holds it.
      const reader = connect();
      const consumer = `${os.hostname()}:${process.pid}`;
      let groupMade = false;
      let stopping = false;
      const handleEntries = async (entries: Array<[string, string[]]>) => {
        for (const [entryId, fields] of entries) {
          const text = fields[fields.indexOf('event') + 1];
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
  { pollMs, retryAfterMs }: Timing,
): DurableEventLog<E> {
  const groupsDir = path.join(dir, '.groups');
  const ensureDirs = () => mkdirSync(groupsDir, { recursive: true });
  return {
    async append(event) {
      ensureDirs();
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
      return loop(
        async () => {
          const pending = readdirSync(dir)
            .filter((name) => name.endsWith('.json') && !handled.has(name))
            .sort();
          for (const name of pending) {
            if (Date.now() - (failedAt.get(name) ?? 0) < retryAfterMs) continue;
            try {
              await handle(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as E);
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
    async close() {},
  };
}
