/**
 * Rate-limit settings: per API key (its `ratePerMinute`), and optionally per
 * client address for callers without a key (RATE_LIMIT_ANONYMOUS_PER_MINUTE;
 * off unless set). Counted by the access gate (access/gate.ts) at every entry
 * point, in memory or in Redis (REDIS_URL) so the limit holds across gateway
 * instances.
 */
import { env, envInt } from '@kaarst/kit/common';

export interface RateLimitOptions {
  /** false: no limits at all (GATEWAY_CHECKS=off, benchmarks only). */
  enabled?: boolean;
  /** Requests per minute per address for callers without an API key; 0 = no limit. */
  anonymousPerMinute: number;
  redisUrl?: string;
}

export function rateLimitsFromEnv(): RateLimitOptions {
  const redisUrl = env('REDIS_URL');
  return {
    anonymousPerMinute: envInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 0),
    ...(redisUrl ? { redisUrl } : {}),
  };
}
