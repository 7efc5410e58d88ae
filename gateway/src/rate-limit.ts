/**
 * Rate limits with @fastify/rate-limit: per API key (its `ratePerMinute`), and
 * optionally per client address for requests without a key
 * (RATE_LIMIT_ANONYMOUS_PER_MINUTE; off unless set). Counts live in memory, or
 * in Redis when REDIS_URL is set so the limit holds across gateway instances.
 * Over the limit: HTTP 429, RATE_LIMITED, Retry-After. Should Redis fail, requests
 * pass (a rate limiter must not take the town's services down with it).
 */
import rateLimit from '@fastify/rate-limit';
import { env, envInt, HttpRefusal, type Logger } from '@kaarst/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { requestApiKey } from './api-keys.ts';

export interface RateLimitOptions {
  /** false: no limits at all (GATEWAY_CHECKS=off, benchmarks only). */
  enabled?: boolean;
  /** Requests per minute per address for callers without an API key; 0 = no limit. */
  anonymousPerMinute: number;
  redisUrl?: string;
  /** Counted once per refused request (metrics). */
  onRefused?: (kind: 'api_key' | 'anonymous') => void;
}

export function rateLimitsFromEnv(): RateLimitOptions {
  const redisUrl = env('REDIS_URL');
  return {
    anonymousPerMinute: envInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 0),
    ...(redisUrl ? { redisUrl } : {}),
  };
}

const WINDOW_MS = 60_000;
const isGraphQL = (request: FastifyRequest) => request.url.startsWith('/graphql');

/** Registers the limiter; call before the routes it guards. Returns a closer for its Redis connection. */
export async function registerRateLimits(
  app: FastifyInstance,
  options: RateLimitOptions,
  log: Logger,
): Promise<() => Promise<void>> {
  if (options.enabled === false) return async () => {};
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        // Fail fast while Redis is away (skipOnError lets the request through) instead of queueing.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
        lazyConnect: false,
      })
    : undefined;
  redis?.on('error', (error) => log.warn({ err: error }, 'rate-limit Redis unavailable; not limiting'));
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: WINDOW_MS,
    ...(redis ? { redis, nameSpace: 'kaarst-hub:rate:' } : {}),
    skipOnError: true,
    keyGenerator: (request) => {
      const key = requestApiKey(request);
      return key ? `key:${key.id}` : `ip:${request.ip}`;
    },
    allowList: (request) =>
      !isGraphQL(request) || (requestApiKey(request) === null && options.anonymousPerMinute === 0),
    max: (request) => requestApiKey(request)?.ratePerMinute ?? options.anonymousPerMinute,
    onExceeded: (request) => options.onRefused?.(requestApiKey(request) ? 'api_key' : 'anonymous'),
    errorResponseBuilder: (_request, context) => {
      const retryAfter = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpRefusal(
        429,
        'RATE_LIMITED',
        `Rate limit of ${context.max} requests per minute reached; retry after ${retryAfter} s.`,
        { retryAfterSeconds: retryAfter, limitPerMinute: context.max },
      );
    },
  });
  return async () => {
    if (redis) await redis.quit().catch(() => redis.disconnect());
  };
}
