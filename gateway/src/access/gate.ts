/**
 * The one check every entry point of the gateway makes before anything runs:
 * GraphQL over HTTP and SSE (per request), over WebSocket (per operation), and
 * each REST route it forwards (OParl, Open311 with its `api_key`, attachments).
 * A key, if sent, must be the hub's, not revoked and not of a deleted account
 * (401 INVALID_API_KEY); a session of a deleted account is refused
 * (UNAUTHENTICATED); and each call counts against the caller's rate: the key's
 * `ratePerMinute`, or RATE_LIMIT_ANONYMOUS_PER_MINUTE per client address
 * (429 RATE_LIMITED with Retry-After). Counts live in Redis when REDIS_URL is
 * set, so the limit holds across gateway instances.
 */
import { type ApiKeyClaims, HttpRefusal, type RateCounter, type Viewer } from '@kaarst/kit/common';
import type { ApiKeyRegistry } from './api-keys.ts';

export const RATE_WINDOW_MS = 60_000;

export interface Credentials {
  /** The API key as sent (X-API-Key, or Open311's api_key); an array when sent twice. */
  apiKey: string | string[] | undefined;
  /** The client's address (behind a trusted proxy: the forwarded one). */
  address: string;
}

export interface AccessGateOptions {
  registry: ApiKeyRegistry;
  /** null: no rate limits (GATEWAY_CHECKS=off, benchmarks only). */
  counter: RateCounter | null;
  /** Requests per minute per address for callers without a key; 0 = no limit. */
  anonymousPerMinute: number;
  /** Counted once per refused call (metrics). */
  onRateLimited?: (kind: 'api_key' | 'anonymous') => void;
}

export const rateLimited = (limitPerMinute: number, retryAfterSeconds: number) =>
  new HttpRefusal(
    429,
    'RATE_LIMITED',
    `Rate limit of ${limitPerMinute} requests per minute reached; retry after ${retryAfterSeconds} s.`,
    { retryAfterSeconds, limitPerMinute },
  );

export const deletedAccount = () => new HttpRefusal(401, 'UNAUTHENTICATED', 'This account was deleted.');
export const endedSession = () =>
  new HttpRefusal(401, 'UNAUTHENTICATED', 'This session was ended (the password was reset). Sign in again.');

export class AccessGate {
  constructor(private readonly options: AccessGateOptions) {}

  /** Checks the key and counts one call; the key's claims (null without a key), or an HttpRefusal thrown. */
  async admit(credentials: Credentials): Promise<ApiKeyClaims | null> {
    const claims = await this.options.registry.verify(credentials.apiKey);
    const max = claims ? claims.ratePerMinute : this.options.anonymousPerMinute;
    const counter = this.options.counter;
    if (counter && max > 0) {
      const decision = await counter.hit(claims ? `key:${claims.id}` : `ip:${credentials.address}`, max);
      if (!decision.allowed) {
        this.options.onRateLimited?.(claims ? 'api_key' : 'anonymous');
        throw rateLimited(max, decision.retryAfterSeconds);
      }
    }
    return claims;
  }

  /** Refuses the session of a deleted account (its token stays valid until it expires), or one a password reset ended. */
  checkSession(viewer: Viewer | null, issuedAt?: Date): void {
    if (viewer && this.options.registry.isDeletedAccount(viewer.id)) throw deletedAccount();
    if (viewer && this.options.registry.isEndedSession(viewer.id, issuedAt)) throw endedSession();
  }
}
