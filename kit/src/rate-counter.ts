/**
 * Counts hits per key in fixed windows (e.g. requests per minute per API key):
 * in memory, or in Redis so that every process sharing it counts into one
 * budget. Should Redis fail, hits are allowed (a limiter must not take the
 * town's services down with it) and a warning is logged, at most once a minute.
 */
import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

export interface RateDecision {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

export interface RateCounter {
  /** Counts one hit for `key` and says whether it stays within `max` per window. */
  hit(key: string, max: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export interface RateCounterOptions {
  windowMs: number;
  /** Shared counts in Redis (keys under `namespace`); without it, this process counts alone. */
  redisUrl?: string;
  namespace?: string;
  log: Logger;
}

const decision = (count: number, max: number, ttlMs: number): RateDecision => ({
  allowed: count <= max,
  count,
  retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
});

function memoryCounter(windowMs: number): RateCounter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  let sweptAt = Date.now();
  return {
    async hit(key, max) {
      const now = Date.now();
      // Forget ended windows now and then, so keys seen once do not pile up.
      if (now - sweptAt > windowMs) {
        for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
        sweptAt = now;
      }
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        window = { count: 0, endsAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return decision(window.count, max, window.endsAt - now);
    },
    async close() {
      windows.clear();
    },
  };
}

// One round trip, atomic: count, start the window on the first hit, report its time left.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

function redisCounter(options: RateCounterOptions & { redisUrl: string }): RateCounter {
  const redis = new Redis(options.redisUrl, {
    // Fail fast while Redis is away (the hit is allowed) instead of queueing.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  let warnedAt = 0;
  const warn = (error: unknown) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    options.log.warn({ err: error }, 'rate-limit Redis unavailable; not limiting');
  };
  redis.on('error', warn);
  const prefix = options.namespace ?? 'kaarst-hub:rate:';
  return {
    async hit(key, max) {
      try {
        const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, `${prefix}${key}`, options.windowMs)) as [
          number,
          number,
        ];
        return decision(count, max, ttl);
      } catch (error) {
        warn(error);
        return { allowed: true, count: 0, retryAfterSeconds: 1 };
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export function createRateCounter(options: RateCounterOptions): RateCounter {
  return options.redisUrl
    ? redisCounter({ ...options, redisUrl: options.redisUrl })
    : memoryCounter(options.windowMs);
}
