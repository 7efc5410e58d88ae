/**
 * Throttles guessing (passwords, appointment codes): each attempt is counted
 * per key (an account, a client address) before it is checked; after `free`
 * attempts the key is locked, first for `firstLockSeconds`, then twice as long
 * after each further attempt, up to `maxLockSeconds`. While a key is locked,
 * attempts are refused without being checked (RATE_LIMITED with the seconds to
 * wait), so parallel guesses gain nothing. A success forgets the account's
 * count and gives the client back its attempt.
 *
 * Counts live in Redis when a URL is given, so every replica of a subgraph
 * (behind every gateway) shares them; else in this process. Should Redis fail,
 * this process's own counts take over (logged once a minute): guessing stays
 * throttled, per replica, and sign-in keeps working.
 */
import { Redis } from 'ioredis';
import { HubError } from './errors.ts';
import type { Logger } from './logger.ts';
import { redisOptions } from './pubsub.ts';

export interface ThrottlePolicy {
  /** Attempts before the first lock. */
  free: number;
  firstLockSeconds: number;
  maxLockSeconds: number;
  /** A key's attempts are forgotten this long after its last one. */
  forgetAfterSeconds: number;
}

/** One key and its policy, e.g. `{ key: 'sign-in:account:anna@example.org', policy }`. */
export interface Throttled {
  key: string;
  policy: ThrottlePolicy;
  /** On success: forget the count (an account) or give the attempt back (a client address). */
  onSuccess: 'forget' | 'refund';
}

export interface Throttle {
  /** Counts an attempt on every key; RATE_LIMITED (counting nothing) while any of them is locked. */
  attempt(keys: Throttled[]): Promise<void>;
  /** The attempt succeeded. */
  succeeded(keys: Throttled[]): Promise<void>;
  close(): Promise<void>;
}

export function rateLimited(retryAfterSeconds: number): HubError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new HubError('RATE_LIMITED', `Too many attempts. Try again in ${seconds} seconds.`, {
    retryAfterSeconds: seconds,
  });
}

/** The lock after the `count`th attempt, in milliseconds (0: none yet). */
export function lockAfter(count: number, policy: ThrottlePolicy): number {
  if (count < policy.free) return 0;
  return Math.min(policy.firstLockSeconds * 2 ** (count - policy.free), policy.maxLockSeconds) * 1000;
}

interface Entry {
  count: number;
  lockedUntil: number;
  forgetAt: number;
}

export function memoryThrottle(now: () => number = Date.now): Throttle {
  const entries = new Map<string, Entry>();
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.forgetAt <= now()) entries.delete(key);
    return entries.get(key);
  };
  return {
    async attempt(keys) {
      const at = now();
      const wait = Math.max(0, ...keys.map(({ key }) => (live(key)?.lockedUntil ?? 0) - at));
      if (wait > 0) throw rateLimited(wait / 1000);
      for (const { key, policy } of keys) {
        const entry = live(key) ?? { count: 0, lockedUntil: 0, forgetAt: 0 };
        entry.count += 1;
        const lock = lockAfter(entry.count, policy);
        if (lock > 0) entry.lockedUntil = at + lock;
        entry.forgetAt = at + lock + policy.forgetAfterSeconds * 1000;
        entries.set(key, entry);
      }
    },
    async succeeded(keys) {
      for (const { key, onSuccess } of keys) {
        const entry = live(key);
        if (!entry) continue;
        if (onSuccess === 'forget') entries.delete(key);
        else entry.count = Math.max(0, entry.count - 1);
      }
    },
    async close() {
      entries.clear();
    },
  };
}

// One round trip, atomic across replicas, on Redis' clock. KEYS: the hashes;
// ARGV: per key free, firstLockMs, maxLockMs, forgetMs. Returns ms to wait (0: counted).
const ATTEMPT_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local wait = 0
for _, key in ipairs(KEYS) do
  local locked = tonumber(redis.call('HGET', key, 'lockedUntil') or '0')
  if locked - now > wait then wait = locked - now end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  local base = (i - 1) * 4
  local free = tonumber(ARGV[base + 1])
  local first = tonumber(ARGV[base + 2])
  local max = tonumber(ARGV[base + 3])
  local forget = tonumber(ARGV[base + 4])
  local count = redis.call('HINCRBY', key, 'count', 1)
  local lock = 0
  if count >= free then
    lock = math.min(first * 2 ^ (count - free), max)
    redis.call('HSET', key, 'lockedUntil', now + lock)
  end
  redis.call('PEXPIRE', key, lock + forget)
end
return 0`;

// Forget: delete. Refund: one attempt back, never below zero.
const SUCCESS_SCRIPT = `
for i, key in ipairs(KEYS) do
  if ARGV[i] == 'forget' then
    redis.call('DEL', key)
  elseif tonumber(redis.call('HGET', key, 'count') or '0') > 0 then
    redis.call('HINCRBY', key, 'count', -1)
  end
end
return 0`;

export interface ThrottleOptions {
  /** Shared counts in Redis; without it, this process counts alone. */
  redisUrl?: string;
  /** Prefix of the Redis keys, e.g. per subgraph and database schema. */
  namespace: string;
  log: Logger;
}

function redisThrottle(options: ThrottleOptions & { redisUrl: string }): Throttle {
  const redis = new Redis({
    ...redisOptions(options.redisUrl),
    // Fail fast while Redis is away (this process's counts take over) instead of queueing.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  const fallback = memoryThrottle();
  let warnedAt = 0;
  const warn = (error: unknown) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    options.log.warn({ err: error }, 'throttle Redis unavailable; counting in this process');
  };
  redis.on('error', warn);
  // Commands fail at once while not connected (no offline queue): give a connection
  // that is still coming up a moment first, e.g. right after start.
  const connected = async () => {
    if (redis.status === 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise((resolve) => redis.once('ready', resolve)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, 1000);
      }),
    ]);
    clearTimeout(timer);
  };
  const keysOf = (keys: Throttled[]) => keys.map(({ key }) => `${options.namespace}${key}`);
  return {
    async attempt(keys) {
      let wait: number;
      try {
        const args = keys.flatMap(({ policy }) => [
          policy.free,
          policy.firstLockSeconds * 1000,
          policy.maxLockSeconds * 1000,
          policy.forgetAfterSeconds * 1000,
        ]);
        await connected();
        wait = Number(await redis.eval(ATTEMPT_SCRIPT, keys.length, ...keysOf(keys), ...args));
      } catch (error) {
        warn(error);
        return fallback.attempt(keys);
      }
      if (wait > 0) throw rateLimited(wait / 1000);
    },
    async succeeded(keys) {
      try {
        await connected();
        await redis.eval(SUCCESS_SCRIPT, keys.length, ...keysOf(keys), ...keys.map((k) => k.onSuccess));
      } catch (error) {
        warn(error);
      }
      await fallback.succeeded(keys);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export function createThrottle(options: ThrottleOptions): Throttle {
  return options.redisUrl ? redisThrottle({ ...options, redisUrl: options.redisUrl }) : memoryThrottle();
}
