/**
 * What the Kaarst App's push tests share: a hub with VAPID keys of the test's own and a local push
 * endpoint (headless Chromium has no reachable push service), Chromium, the app opened on a phone
 * and signed in to its Postfach, and a push message handed to the app's service worker.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { ensureAppBuilt } from '../../clients/app/scripts/ensure-build.ts';
import { type Browser, launchChromium, openPage, type Page, UNTIL } from '../../clients/web/test/browser.ts';
import {
  type PushEndpoint,
  startPushEndpoint,
  testVapidKeys,
} from '../../subgraphs/notifications/test/push-endpoint.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';
import { PHONE } from './phone.ts';

export interface AppPushSetting {
  hub: TestHub;
  browser: Browser;
  endpoint: PushEndpoint;
  /** The app's URL (/app/ of the hub). */
  app: string;
  /** The VAPID public key the hub signs its pushes with (the test's own). */
  vapidPublicKey: string;
}

/** Starts (beforeAll) and stops (afterAll) the hub with these subgraphs besides notifications. */
export function useAppPushSetting(subgraphs: readonly string[]): AppPushSetting {
  const vapid = testVapidKeys();
  const setting = { vapidPublicKey: vapid.publicKey } as AppPushSetting;
  const saved = { ...process.env };
  beforeAll(async () => {
    process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
    process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
    process.env.VAPID_SUBJECT = 'mailto:hub-test@example.org';
    // The local endpoint is plain http on 127.0.0.1, which the hub refuses unless told.
    process.env.WEB_PUSH_ALLOW_LOOPBACK_HTTP = '1';
    ensureAppBuilt({ typecheck: true });
    [setting.hub, setting.browser, setting.endpoint] = await Promise.all([
      startHub({
        subgraphs: [...subgraphs, 'notifications'],
        gateway: { trustedDocuments: { enforce: true } },
      }),
      launchChromium(),
      startPushEndpoint(),
    ]);
    setting.app = new URL('/app/', setting.hub.url).toString();
  }, 480_000);
  afterAll(async () => {
    await setting.browser?.close();
    await setting.hub?.close();
    await setting.endpoint?.close();
    process.env = saved;
  });
  return setting;
}

/** The app on a phone, its service worker in control, Anna signed in on the Postfach page. */
export async function openPostfachAsAnna(setting: AppPushSetting): Promise<Page> {
  const page = await openPage(setting.browser, PHONE);
  await page.context().grantPermissions(['notifications'], { origin: new URL(setting.app).origin });
  await page.goto(setting.app);
  await expect
    .poll(
      () => page.evaluate('navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)'),
      { ...UNTIL, message: 'the service worker controls the page' },
    )
    .toBe(true);
  // From the start page through the top bar's link, as a user finds it.
  await page.getByRole('banner').getByRole('link', { name: 'Postfach' }).click();
  await page.getByRole('heading', { level: 1, name: 'Postfach' }).waitFor();
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await page.getByLabel('E-Mail-Adresse').fill(ANNA);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  return page;
}

/** Hands a push message to the app's service worker as the browser's push service would. */
export async function deliverToServiceWorker(setting: AppPushSetting, page: Page, data: string) {
  const cdp = await page.context().newCDPSession(page);
  const registrations: Array<{ registrationId: string; scopeURL: string }> = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: typeof registrations }) =>
    registrations.push(...event.registrations),
  );
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrations.some((r) => r.scopeURL === setting.app), UNTIL).toBe(true);
  const registration = registrations.find((r) => r.scopeURL === setting.app);
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: new URL(setting.app).origin,
    registrationId: registration?.registrationId ?? '',
    data,
  });
}
