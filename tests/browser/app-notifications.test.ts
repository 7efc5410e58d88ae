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
import { describe, expect, it } from 'vitest';
import { AppSubscribePushDocument } from '../../clients/app/src/generated/graphql.ts';
import { WorkbenchChangeRequestStatusDocument } from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import { ANNA } from '../harness.ts';
import { deliverToServiceWorker, openPostfachAsAnna, useAppPushSetting } from './app-push.ts';

const runBrowserTests = browserTestsRun('Kaarst App notifications');

describe.runIf(runBrowserTests)('Kaarst App: notifications, in Chromium', { timeout: 240_000 }, () => {
  const setting = useAppPushSetting(['requests']);
  const openInbox = async () => {
    const page = await openPostfachAsAnna(setting);
    await page.getByRole('heading', { level: 1, name: 'Postfach' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mitteilungen' }).waitFor();
    return page;
  };

  it('pushes a status change of her request to her phone, encrypted, and lists it in the inbox', async () => {
    const token = await setting.hub.signIn(ANNA);
    const submitted = await setting.hub.execute(
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
    const subscribed = await setting.hub.execute(
      AppSubscribePushDocument,
      { input: setting.endpoint.subscription },
      token,
    );
    expect(subscribed.data?.subscribePush).toBe(true);

    const admin = await setting.hub.signIn('admin@example.org');
    const changed = await setting.hub.execute(
      WorkbenchChangeRequestStatusDocument,
      { requestId: request.id, status: 'IN_PROGRESS', reason: 'Wir klären das mit dem Fundbüro.' },
      admin,
    );
    expect(changed.errors).toBeUndefined();

    const push = await setting.endpoint.next(60_000);
    const message = JSON.parse(push.text) as { title: string; body: string; url: string; topic: string };
    expect(message).toMatchObject({
      topic: 'request-status',
      title: `Anliegen ${request.referenceNumber}: in Bearbeitung`,
      url: '/#/anliegen',
    });
    expect(push.vapid.publicKey).toBe(setting.vapidPublicKey);
    expect(push.vapid.claims.aud).toBe(new URL(setting.endpoint.subscription.endpoint).origin);

    // The service worker shows it; the open inbox hears of it and lists the entry, unread.
    await deliverToServiceWorker(setting, page, push.text);
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
