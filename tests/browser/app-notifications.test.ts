/**
 * Notifications in the Kaarst App, in Chromium in phone emulation against a real hub
 * (citizens, requests, notifications; trusted documents enforced):
 *
 * - Anna switches on push for her requests' status in the app's settings;
 * - a push subscription is registered whose endpoint is a local HTTP server and whose keys
 *   (P-256 ECDH, auth secret) the test made: headless Chromium has no reachable push service,
 *   so its own subscribe() never settles;
 * - staff move her request on; the message reaches the local endpoint, and the test decrypts
 *   the aes128gcm payload itself (RFC 8291) and checks the VAPID signature;
 * - the decrypted message handed to the app's service worker (DevTools' deliverPushMessage)
 *   shows a notification, and the open inbox shows the entry; it is marked read;
 * - offline every change is refused in plain words (nothing queued).
 *
 * axe-core checks each state; screenshots in test-results/portal/ (app-3*.png).
 */
import { randomUUID } from 'node:crypto';
import { SubmitRequestDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '../../clients/app/scripts/ensure-build.ts';
import { AppSubscribePushDocument } from '../../clients/app/src/generated/graphql.ts';
import { WorkbenchChangeRequestStatusDocument } from '../../clients/staff/src/generated/graphql.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import {
  type PushEndpoint,
  startPushEndpoint,
  testVapidKeys,
} from '../../subgraphs/notifications/test/push-endpoint.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';
import { PHONE } from './phone.ts';

const runBrowserTests = browserTestsRun('Kaarst App notifications');

describe.runIf(runBrowserTests)('Kaarst App: notifications, in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let endpoint: PushEndpoint;
  let app: string;
  const vapid = testVapidKeys();
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
    process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
    process.env.VAPID_SUBJECT = 'mailto:hub-test@example.org';
    // The local endpoint is plain http on 127.0.0.1, which the hub refuses unless told.
    process.env.WEB_PUSH_ALLOW_LOOPBACK_HTTP = '1';
    ensureAppBuilt({ typecheck: true });
    [hub, browser, endpoint] = await Promise.all([
      startHub({
        subgraphs: ['requests', 'notifications'],
        gateway: { trustedDocuments: { enforce: true } },
      }),
      launchChromium(),
      startPushEndpoint(),
    ]);
    app = new URL('/app/', hub.url).toString();
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await endpoint?.close();
    process.env = saved;
  });

  async function openInbox(): Promise<Page> {
    const page = await openPage(browser, PHONE);
    await page.context().grantPermissions(['notifications'], { origin: new URL(app).origin });
    await page.goto(app);
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
    await page.getByRole('heading', { level: 1, name: 'Postfach' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mitteilungen' }).waitFor();
    return page;
  }

  /** Hands a push message to the app's service worker as the browser's push service would. */
  async function deliverToServiceWorker(page: Page, data: string) {
    const cdp = await page.context().newCDPSession(page);
    const registrations: Array<{ registrationId: string; scopeURL: string }> = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: typeof registrations }) =>
      registrations.push(...event.registrations),
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.some((r) => r.scopeURL === app), UNTIL).toBe(true);
    const registration = registrations.find((r) => r.scopeURL === app);
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(app).origin,
      registrationId: registration?.registrationId ?? '',
      data,
    });
  }

  it('pushes a status change of her request to her phone, encrypted, and lists it in the inbox', async () => {
    const token = await hub.signIn(ANNA);
    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: {
          typeCode: 'frage',
          description: 'Wann hat das Fundbüro geöffnet?',
          idempotencyKey: randomUUID(),
        },
      },
      token,
    );
    const request = submitted.data?.submitRequest;
    if (!request) throw new Error(`no request: ${JSON.stringify(submitted.errors)}`);

    const page = await openInbox();
    await page.getByText('Noch keine Mitteilungen.').waitFor();
    const topic = page.getByRole('checkbox', { name: 'Mein Anliegen hat einen neuen Status' });
    await topic.check();
    await page.getByText('Eingeschaltet.').waitFor();
    await expectAccessible(page, 'app-30-notifications-settings');

    // What the phone's pushManager.subscribe() would have handed the app, registered with the app's own document.
    const subscribed = await hub.execute(AppSubscribePushDocument, { input: endpoint.subscription }, token);
    expect(subscribed.data?.subscribePush).toBe(true);

    const admin = await hub.signIn('admin@example.org');
    const changed = await hub.execute(
      WorkbenchChangeRequestStatusDocument,
      { requestId: request.id, status: 'IN_PROGRESS', reason: 'Wir klären das mit dem Fundbüro.' },
      admin,
    );
    expect(changed.errors).toBeUndefined();

    const push = await endpoint.next(60_000);
    const message = JSON.parse(push.text) as { title: string; body: string; url: string; topic: string };
    expect(message).toMatchObject({
      topic: 'request-status',
      title: `Anliegen ${request.referenceNumber}: in Bearbeitung`,
      url: '/#/anliegen',
    });
    expect(push.vapid.publicKey).toBe(vapid.publicKey);
    expect(push.vapid.claims.aud).toBe(new URL(endpoint.subscription.endpoint).origin);

    // The service worker shows it; the open inbox hears of it and lists the entry, unread.
    await deliverToServiceWorker(page, push.text);
    await expect
      .poll(
        () =>
          page.evaluate<string[]>(
            'navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((all) => all.map((n) => n.title))',
          ),
        UNTIL,
      )
      .toContain(message.title);
    const entry = page.locator('.inbox > li', { hasText: message.title });
    await entry.waitFor();
    await expect.poll(() => entry.textContent(), UNTIL).toContain('ungelesen');
    await expectAccessible(page, 'app-31-notifications-inbox');
    await entry.getByRole('button', { name: /^Als gelesen markieren/ }).click();
    await expect.poll(() => entry.textContent(), UNTIL).not.toContain('ungelesen');
  });

  it('refuses every change offline in plain words', async () => {
    const page = await openInbox();
    await page.context().setOffline(true);
    await page.getByText('Sie sind offline: Änderungen gehen nur mit Netz.').first().waitFor();
    expect(
      await page.getByRole('checkbox', { name: 'Mein Anliegen hat einen neuen Status' }).isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: /^Push auf diesem Handy/ }).isDisabled()).toBe(true);
    await expectAccessible(page, 'app-32-notifications-offline');
  });
});
