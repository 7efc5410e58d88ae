import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { dataDir, env } from './config.ts';
import type { Logger } from './logger.ts';
import { redisOptions } from './pubsub.ts';

/**
 * Events about accounts that every subgraph must act on (GDPR erasure). Unlike
 * the pub/sub that feeds subscriptions, this log keeps each event until every
 * consumer group (one per subgraph) has handled it: a subgraph that was down
 * when an account was deleted erases its records when it comes back.
 */
export interface AccountEvent {
  id: string;
  type: 'account.deleted';
  accountId: string;
  /** ISO 8601 instant of the deletion. */
  at: string;
}

export interface AccountEventsOptions {
  /** Redis Streams when set (production: several instances per subgraph); else a folder. */
  redisUrl?: string;
  /** The stream's key; every subgraph of one hub must use the same (ACCOUNT_EVENTS_STREAM). */
  stream?: string;
  /** The folder of the embedded log (ACCOUNT_EVENTS_DIR, default <data dir>/events/accounts). */
  dir?: string;
  /** How often the folder is looked at, or a stream read waits for news (ms). */
  pollMs?: number;
  /** A failed handling (or a consumer that died holding an event) is retried after this long (ms). */
  retryAfterMs?: number;
}

export interface AccountEventConsumer {
  stop(): Promise<void>;
}

export interface AccountEventLog {
  /** Resolves once the event is stored (then it reaches every group, at least once). */
  append(event: AccountEvent): Promise<void>;
  /** Hands each event to `handle` once per group; a failed handling is retried later. */
  consume(group: string, handle: (event: AccountEvent) => Promise<void>, log: Logger): AccountEventConsumer;
  close(): Promise<void>;
}

const RETRY_AFTER_MS = 30_000;
const BATCH = 50;

export function openAccountEventLog(options: AccountEventsOptions = {}): AccountEventLog {
  const redisUrl = options.redisUrl ?? env('REDIS_URL');
  const timing = { pollMs: options.pollMs ?? 1000, retryAfterMs: options.retryAfterMs ?? RETRY_AFTER_MS };
  if (redisUrl)
    return redisStreamLog(
      redisUrl,
      options.stream ?? env('ACCOUNT_EVENTS_STREAM') ?? 'kaarst:account-events',
      timing,
    );
  return folderLog(
    options.dir ?? env('ACCOUNT_EVENTS_DIR') ?? path.join(dataDir(), 'events', 'accounts'),
    timing,
  );
}

const parseEvent = (text: string): AccountEvent => JSON.parse(text) as AccountEvent;

/** Runs `step` until stopped, `idleMs` apart; a failing step is logged and retried after `retryMs`. */
function loop(step: () => Promise<void>, idleMs: number, retryMs: number, log: Logger): AccountEventConsumer {
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
        log.warn({ err }, 'account events: will retry');
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

function redisStreamLog(url: string, stream: string, { pollMs, retryAfterMs }: Timing): AccountEventLog {
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
          if (text) await handle(parseEvent(text));
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
function folderLog(dir: string, { pollMs, retryAfterMs }: Timing): AccountEventLog {
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
              await handle(parseEvent(readFileSync(path.join(dir, name), 'utf8')));
            } catch (err) {
              failedAt.set(name, Date.now());
              log.warn({ err, event: name }, 'account event failed; retried later');
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
