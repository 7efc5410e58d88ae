import path from 'node:path';
import { dataDir, env, isProduction, loadOrCreateSecretFile } from '@kaarst/kit';
import webpush from 'web-push';

/** The hub's VAPID identity (RFC 8292): push services accept messages signed with it. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** A mailto: or https: contact for the push services. */
  subject: string;
}

const DEFAULT_SUBJECT = 'mailto:hub@example.org';

/**
 * VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT; outside production, when unset, a key
 * pair made once into <data dir>/keys/vapid.json (the browsers' subscriptions are bound to the
 * public key: a new one would orphan them all).
 */
export async function loadVapidKeys(): Promise<VapidKeys> {
  const publicKey = env('VAPID_PUBLIC_KEY');
  const privateKey = env('VAPID_PRIVATE_KEY');
  const subject = env('VAPID_SUBJECT') ?? DEFAULT_SUBJECT;
  if (publicKey && privateKey) return { publicKey, privateKey, subject };
  if (isProduction())
    throw new Error('In production set VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT');
  const stored = await loadOrCreateSecretFile(path.join(dataDir(), 'keys', 'vapid.json'), async () =>
    webpush.generateVAPIDKeys(),
  );
  return { ...stored, subject };
}
