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
const TTL_SECONDS = 24 * 60 * 60;
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

export type PushOutcome = 'sent' | 'gone' | 'failed';

/**
 * Encrypts (RFC 8291, aes128gcm) and signs (VAPID) with `web-push`, then posts with fetch:
 * web-push's own sender speaks https only. 404/410 mean the browser dropped the subscription.
 */
export async function sendPush(
  vapid: VapidKeys,
  subscription: StoredSubscription,
  payload: PushPayload,
  log: Logger,
): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    { vapidDetails: vapid, TTL: TTL_SECONDS, contentEncoding: 'aes128gcm' },
  );
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) {
      log.warn({ status: response.status, host: new URL(request.endpoint).host }, 'push refused');
      return 'failed';
    }
    return 'sent';
  } catch (err) {
    log.warn({ err, host: new URL(request.endpoint).host }, 'push failed');
    return 'failed';
  }
}
