import mqemitter, { type Message, type MQEmitter } from 'mqemitter';
import mqemitterRedis from 'mqemitter-redis';
import { env } from './config.ts';
import { withEventId } from './live.ts';
import { createLogger, type Logger } from './logger.ts';

type RedisOptions = NonNullable<Parameters<typeof mqemitterRedis>[0]>;
type Listener = (message: Message, done: () => void) => void;

/** The parts of an ioredis connection this module watches (mqemitter-redis keeps two). */
interface RedisConnection {
  status: string;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  ping(): Promise<unknown>;
  disconnect(): void;
}

interface RedisEmitter extends MQEmitter {
  subConn: RedisConnection;
  pubConn: RedisConnection;
  state: { on(event: 'error', listener: (err: Error) => void): unknown };
  /** mqemitter's own emit: delivers to this process's listeners only (what a message from Redis goes through). */
  _emit(message: Message, callback?: (error?: Error) => void): void;
}

/** How long a publish may wait for a (re)connecting broker before it fails and is retried by its caller. */
const PUBLISH_WAIT_MS = 1000;
/** A publish the broker has not acknowledged by then counts as failed (it may still arrive: at least once). */
const PUBLISH_TIMEOUT_MS = 2000;
/** Event ids each listener remembers, to drop a message it has already had (a replay, a retried publish). */
const REMEMBERED_IDS = 1000;
/**
 * How far before the moment the subscriber connection was lost events count as possibly missed:
 * messages the broker had sent but the socket had not delivered, and clock differences between replicas.
 */
const GAP_MARGIN_MS = 5000;

/** A span of time in which this process's broker subscriptions may have missed messages. */
export interface MissedEvents {
  since: Date;
}

interface Recovery {
  onMissed(listener: (gap: MissedEvents) => void): () => void;
  deliverLocally(message: Message): Promise<void>;
}

const recoveries = new WeakMap<object, Recovery>();

/**
 * Messages carrying an `eventId` reach each listener at most once (the last
 * REMEMBERED_IDS ids are kept per listener): a publisher may send an event
 * again (at least once), and a replay may overlap what the broker delivered.
 */
function deduplicating(listener: Listener): Listener {
  const seen = new Set<string>();
  return (message, done) => {
    const id = message.eventId;
    if (id !== undefined && id !== null) {
      const key = String(id);
      if (seen.has(key)) return done();
      seen.add(key);
      if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
      // The id rides along with the payload, for subscriptions that resume (live.ts).
      return listener({ ...message, payload: withEventId(message.payload, id) }, done);
    }
    listener(message, done);
  };
}

/**
 * Prefixes every topic, so that services sharing one Redis (two deployments,
 * or test runs side by side) never see each other's events, while replicas of
 * one service on one database share theirs.
 */
function namespaced(inner: MQEmitter, namespace: string, publish: MQEmitter['emit']): MQEmitter {
  const topic = (name: string) => `${namespace}/${name}`;
  const wrapped = new WeakMap<Listener, Map<string, Listener>>();
  const emitter: MQEmitter = {
    get current() {
      return inner.current;
    },
    get concurrent() {
      return inner.concurrent;
    },
    on(name, listener, callback) {
      const byTopic = wrapped.get(listener) ?? new Map<string, Listener>();
      wrapped.set(listener, byTopic);
      const once = deduplicating(listener);
      byTopic.set(name, once);
      inner.on(topic(name), once, callback);
      return emitter;
    },
    emit(message, callback) {
      publish({ ...message, topic: topic(message.topic) }, callback);
    },
    removeListener(name, listener, callback) {
      const once = wrapped.get(listener)?.get(name) ?? listener;
      wrapped.get(listener)?.delete(name);
      inner.removeListener(topic(name), once, callback);
    },
    close(callback) {
      inner.close(callback);
    },
  };
  return emitter;
}

/** What ioredis reads from a URL's query (e.g. `?family=6`), as it would itself. */
const queryOptions = (params: URLSearchParams): Record<string, string | number> =>
  Object.fromEntries(
    [...params].map(([key, value]) => [
      key,
      key === 'family' && Number.isFinite(Number.parseInt(value, 10)) ? Number.parseInt(value, 10) : value,
    ]),
  );

/**
 * ioredis options from REDIS_URL (redis://, rediss:// or a socket path), read
 * as ioredis would: mqemitter-redis passes a URL on without further options.
 */
export function redisOptions(url: string): RedisOptions {
  const resilience: RedisOptions = {
    // Subscriptions made while the broker is away wait for it instead of failing
    // after 20 reconnects (mqemitter-redis would drop that failure silently, and
    // the subscription would never be made). Publishing has its own time limits.
    maxRetriesPerRequest: null,
    // Reconnect within a second of the broker's return (ioredis' default waits up to 2 s).
    retryStrategy: (times: number) => Math.min(times * 100, 1000),
  };
  if (url.startsWith('/')) {
    const [path = url, query = ''] = url.split('?');
    return { ...queryOptions(new URLSearchParams(query)), path, ...resilience };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(
      `REDIS_URL must be a redis:// or rediss:// URL or a socket path, got "${parsed.protocol}"`,
    );
  const db = Number.parseInt(parsed.pathname.slice(1) || '0', 10);
  return {
    ...queryOptions(parsed.searchParams),
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(Number.isFinite(db) && db > 0 ? { db } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    ...resilience,
  };
}

/**
 * Redis through mqemitter-redis, made safe for a broker that goes away:
 * connection errors are logged instead of crashing the process; a publish
 * reports failure (instead of waiting in the offline queue, or vanishing)
 * when the broker is not connected, so the outbox keeps the event; and a
 * subscriber connection that was lost is announced, once its subscriptions
 * are restored, as a gap in which events may have been missed (Redis pub/sub
 * keeps nothing for absent subscribers).
 */
function redisEmitter(
  url: string,
  log: Logger,
): { inner: RedisEmitter; publish: MQEmitter['emit']; recovery: Recovery } {
  const inner = mqemitterRedis(redisOptions(url)) as unknown as RedisEmitter;
  const { pubConn, subConn } = inner;
  let closing = false;
  let outageLogged = false;
  inner.state.on('error', (err) => {
    if (closing || outageLogged) return;
    outageLogged = true;
    log.warn({ err }, 'pubsub broker (Redis) unreachable; reconnecting');
  });

  const gapListeners = new Set<(gap: MissedEvents) => void>();
  let lostAt: number | null = null;
  let connectedOnce = false;
  subConn.on('close', () => {
    if (connectedOnce && lostAt === null && !closing) lostAt = Date.now();
  });
  subConn.on('ready', () => {
    const lost = lostAt;
    connectedOnce = true;
    if (lost === null) return;
    // ioredis resubscribes before 'ready' reaches us; a PING answered after those
    // SUBSCRIBEs means the subscriptions are in place again.
    subConn
      .ping()
      .then(() => {
        if (lostAt !== lost) return; // lost again meanwhile: the next 'ready' reports it
        lostAt = null;
        outageLogged = false;
        log.info({ downMs: Date.now() - lost }, 'pubsub broker (Redis) back; subscriptions restored');
        const gap = { since: new Date(lost - GAP_MARGIN_MS) };
        for (const listener of gapListeners) listener(gap);
      })
      .catch(() => {}); // the connection dropped again: the next 'ready' tries again
  });

  const whenReady = (connection: RedisConnection, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (connection.status === 'ready') return resolve();
      const timer = setTimeout(() => {
        connection.off('ready', onReady);
        reject(new Error('The pubsub broker (Redis) is not connected'));
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      connection.once('ready', onReady);
    });

  const publish: MQEmitter['emit'] = (message, callback) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (callback) callback(error);
      else if (error) log.warn({ err: error, topic: message.topic }, 'pubsub publish failed');
    };
    whenReady(pubConn, PUBLISH_WAIT_MS).then(
      () => {
        // Sent on a connection that drops meanwhile, ioredis keeps the command for the next one.
        timer = setTimeout(
          () => settle(new Error('The pubsub broker (Redis) did not acknowledge the message in time')),
          PUBLISH_TIMEOUT_MS,
        );
        inner.emit(message, (error) => settle(error ?? undefined));
      },
      (error: Error) => settle(error),
    );
  };

  const recovery: Recovery = {
    onMissed(listener) {
      gapListeners.add(listener);
      return () => gapListeners.delete(listener);
    },
    deliverLocally: (message) =>
      new Promise<void>((resolve, reject) =>
        inner._emit(message, (error) => (error ? reject(error) : resolve())),
      ),
  };
  // mqemitter-redis quits both connections on close and waits for their end; a
  // broker that is away never answers QUIT: then drop the connections and go.
  const close = inner.close.bind(inner);
  inner.close = (callback) => {
    closing = true;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(force);
      callback();
    };
    const force = setTimeout(() => {
      pubConn.disconnect();
      subConn.disconnect();
      setTimeout(finish, 100).unref();
    }, 1000);
    close(finish);
  };
  return { inner, publish, recovery };
}

/**
 * The emitter behind mercurius' pubsub: in memory by default (one instance),
 * Redis when REDIS_URL is set, so events reach subscribers on every instance.
 * Topics live under PUBSUB_NAMESPACE (default "kaarst") / service / database schema.
 */
export function createPubSubEmitter(
  service: string,
  schema: string,
  redisUrl = env('REDIS_URL'),
  log: Logger = createLogger(service),
): { emitter: MQEmitter; close(): Promise<void> } {
  const namespace = [env('PUBSUB_NAMESPACE') ?? 'kaarst', service, schema]
    .map((part) => part.replace(/[/+#]/g, '_'))
    .join('/');
  const prefix = (message: Message) => ({ ...message, topic: `${namespace}/${message.topic}` });
  let inner: MQEmitter;
  let emitter: MQEmitter;
  if (redisUrl) {
    const redis = redisEmitter(redisUrl, log);
    inner = redis.inner;
    emitter = namespaced(inner, namespace, redis.publish);
    recoveries.set(emitter, {
      onMissed: redis.recovery.onMissed,
      deliverLocally: (message) => redis.recovery.deliverLocally(prefix(message)),
    });
  } else {
    const memory = mqemitter();
    inner = memory;
    emitter = namespaced(memory, namespace, memory.emit.bind(memory));
  }
  return {
    emitter,
    close: () => new Promise<void>((resolve) => inner.close(() => resolve())),
  };
}

/**
 * Subscribes to the gaps of a pubsub (mercurius' pubsub or an emitter from
 * createPubSubEmitter): after the broker connection was lost and restored,
 * `listener` learns since when events may have been missed here, so that the
 * owner of the events can hand them again with deliverLocally. An in-memory
 * pubsub has no gaps. Returns the function that unsubscribes.
 */
export function onMissedEvents(pubsub: unknown, listener: (gap: MissedEvents) => void): () => void {
  return recoveryOf(pubsub)?.onMissed(listener) ?? (() => {});
}

/**
 * Hands a message to this process's subscribers only (not through the
 * broker): a replay after a gap. Give it the `eventId` the event was
 * published with, so that listeners which already had it drop it.
 */
export async function deliverLocally(pubsub: unknown, message: Message): Promise<void> {
  await recoveryOf(pubsub)?.deliverLocally(message);
}

function recoveryOf(pubsub: unknown): Recovery | undefined {
  if (!pubsub || typeof pubsub !== 'object') return undefined;
  // mercurius' PubSub keeps the emitter it was given as `emitter`.
  const emitter = (pubsub as { emitter?: unknown }).emitter ?? pubsub;
  return typeof emitter === 'object' && emitter ? recoveries.get(emitter) : undefined;
}
