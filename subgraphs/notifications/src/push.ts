import { badInput, env, isProduction, type Logger } from '@kaarst/kit';
import webpush from 'web-push';
import type { VapidKeys } from './vapid.ts';

export interface StoredSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What a browser's push message carries (the service worker shows it). */
export interface PushPayload {
  id: string;
  topic: string;
  title: string;
  body: string;
  url: string;
}

/** A day: a reminder or a status older than that is not worth waking a phone for. */
export const TTL_SECONDS = 24 * 60 * 60;
const TIMEOUT_MS = 10_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Push services are https. Plain http only to this machine and only when
 * WEB_PUSH_ALLOW_LOOPBACK_HTTP=1 outside production (a local test endpoint): otherwise the
 * hub would post to whatever address a caller names.
 */
export function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw badInput('The endpoint is not a URL.', 'endpoint');
  }
  if (endpoint.length > 2000) throw badInput('The endpoint is longer than 2000 characters.', 'endpoint');
  const loopbackAllowed =
    url.protocol === 'http:' &&
    LOOPBACK.has(url.hostname) &&
    env('WEB_PUSH_ALLOW_LOOPBACK_HTTP') === '1' &&
    !isProduction();
  if (url.protocol !== 'https:' && !loopbackAllowed)
    throw badInput('The endpoint must be https.', 'endpoint');
  if (url.username || url.password) throw badInput('The endpoint must not carry credentials.', 'endpoint');
  return url.toString();
}

/** The browser's keys as RFC 8291 needs them: a P-256 point (65 bytes) and a 16-byte secret, base64url. */
export function checkKeys(keys: { p256dh: string; auth: string }) {
  const base64url = /^[A-Za-z0-9_-]+={0,2}$/;
  const bytes = (text: string) => (base64url.test(text) ? Buffer.from(text, 'base64url').length : -1);
  if (bytes(keys.p256dh) !== 65 || Buffer.from(keys.p256dh, 'base64url')[0] !== 4)
    throw badInput(
      'keys.p256dh must be an uncompressed P-256 public key (65 bytes, base64url).',
      'keys.p256dh',
    );
  if (bytes(keys.auth) !== 16) throw badInput('keys.auth must be 16 bytes, base64url.', 'keys.auth');
}

/**
 * What became of one try: `sent`; `gone` (404/410: the browser dropped the subscription);
 * `retry` (429, 5xx, a network error or timeout: worth another try, not before `retryAfterMs`
 * when the push service said so in Retry-After); `failed` (any other refusal: no use trying again).
 */
export type PushOutcome =
  | { outcome: 'sent' }
  | { outcome: 'gone' }
  | { outcome: 'retry'; error: string; retryAfterMs?: number }
  | { outcome: 'failed'; error: string };

/** Retry-After (RFC 9110 § 10.2.3): delay-seconds or an HTTP-date; ms from `now`, or undefined. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * Encrypts (RFC 8291, aes128gcm) and signs (VAPID) with `web-push`, then posts with fetch:
 * web-push's own sender speaks https only. `ttlSeconds`: how long the push service may keep it.
 */
export async function sendPush(
  vapid: VapidKeys,
  subscription: StoredSubscription,
  payload: PushPayload,
  log: Logger,
  { ttlSeconds = TTL_SECONDS, now = new Date() }: { ttlSeconds?: number; now?: Date } = {},
): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    { vapidDetails: vapid, TTL: Math.max(0, Math.floor(ttlSeconds)), contentEncoding: 'aes128gcm' },
  );
  const host = new URL(request.endpoint).host;
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    if (response.status === 404 || response.status === 410) return { outcome: 'gone' };
    if (response.ok) return { outcome: 'sent' };
    log.warn({ status: response.status, host }, 'push refused');
    const error = `HTTP ${response.status}`;
    if (response.status === 429 || response.status >= 500) {
      const after = retryAfterMs(response.headers.get('retry-after'), now);
      return { outcome: 'retry', error, ...(after === undefined ? {} : { retryAfterMs: after }) };
    }
    return { outcome: 'failed', error };
  } catch (err) {
    log.warn({ err, host }, 'push failed');
    return { outcome: 'retry', error: err instanceof Error ? err.message.slice(0, 200) : 'network error' };
  }
}
