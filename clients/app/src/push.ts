/**
 * This phone's Web Push subscription: the browser subscribes with the hub's VAPID public key,
 * and the hub stores the subscription for the signed-in person (notifications subgraph).
 * Messages come only for the topics switched on; the service worker (public/push-handler.js)
 * shows them.
 */

import {
  AppSubscribePushDocument,
  AppUnsubscribePushDocument,
  AppWebPushPublicKeyDocument,
} from './generated/graphql.ts';
import { client, errorCode } from './graphql-client.ts';

/** A push service that cannot be reached leaves subscribe() pending for good: give up after this. */
const SUBSCRIBE_TIMEOUT_MS = 15_000;

export const pushSupported = () =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

const keyBytes = (base64url: string) => {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
};

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The subscription this phone has now, if any. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

/** Asks for permission, subscribes and registers it; the error message is German and says what to do. */
export async function enablePush(): Promise<void> {
  if (!pushSupported()) throw new Error('Dieser Browser kann keine Push-Mitteilungen empfangen.');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted')
    throw new Error(
      'Mitteilungen sind für diese App nicht erlaubt. Erlauben Sie sie in den Einstellungen des Browsers.',
    );
  const key = await client()
    .query(AppWebPushPublicKeyDocument, {}, { requestPolicy: 'network-only' })
    .toPromise();
  const publicKey = key.data?.webPushPublicKey;
  if (!publicKey) throw new Error('Keine Verbindung: Push einschalten geht nur mit Netz.');
  const registration = await navigator.serviceWorker.ready;
  const subscription = await withTimeout(
    registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }),
    SUBSCRIBE_TIMEOUT_MS,
    'Der Push-Dienst des Browsers antwortet nicht. Versuchen Sie es später noch einmal.',
  );
  const json = subscription.toJSON();
  const result = await client()
    .mutation(AppSubscribePushDocument, {
      input: {
        endpoint: subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
      },
    })
    .toPromise();
  if (!result.data?.subscribePush) {
    await subscription.unsubscribe();
    throw new Error(
      errorCode(result.error) === 'UNAUTHENTICATED'
        ? 'Bitte melden Sie sich erneut an.'
        : 'Push konnte nicht eingeschaltet werden. Versuchen Sie es später noch einmal.',
    );
  }
}

export async function disablePush(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  const result = await client()
    .mutation(AppUnsubscribePushDocument, { endpoint: subscription.endpoint })
    .toPromise();
  if (result.error) throw new Error('Keine Verbindung: Push ausschalten geht nur mit Netz.');
  await subscription.unsubscribe();
}
