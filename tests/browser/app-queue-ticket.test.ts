/**
 * "Meine Wartemarke" in the Kaarst App, in Chromium in phone emulation against a real hub
 * (citizens, appointments, notifications; trusted documents enforced): Anna drew a ticket at the
 * kiosk, follows it in the app's Postfach by its code and switches the topic on; when staff call
 * the ticket before hers, the hub pushes "wird gleich aufgerufen" to her phone (a local endpoint;
 * the test decrypts it), the service worker shows it and the inbox lists it; when hers is called,
 * the push names the counter. A wrong code is refused in plain words. Screenshots app-4*.png.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '../../clients/app/scripts/ensure-build.ts';
import { AppSubscribePushDocument } from '../../clients/app/src/generated/graphql.ts';
import {
  WorkbenchCallNextDocument,
  WorkbenchFinishTicketDocument,
  WorkbenchKioskDrawDocument,
  WorkbenchOpenCounterDocument,
  WorkbenchStartServingDocument,
} from '../../clients/staff/src/generated/graphql.ts';
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
import { ANNA, DEMO_PASSWORD, STAFF, startHub, type TestHub } from '../harness.ts';
import { PHONE } from './phone.ts';

const runBrowserTests = browserTestsRun('Kaarst App queue ticket');
const OFFICE = 'rathaus-kaarst';
const KIOSK = 'kiosk.rathaus@example.org';

describe.runIf(runBrowserTests)(
  'Kaarst App: following a walk-in ticket, in Chromium',
  { timeout: 240_000 },
  () => {
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
      process.env.WEB_PUSH_ALLOW_LOOPBACK_HTTP = '1';
      ensureAppBuilt({ typecheck: true });
      [hub, browser, endpoint] = await Promise.all([
        startHub({
          subgraphs: ['appointments', 'notifications'],
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

    async function openPostfach(): Promise<Page> {
      const page = await openPage(browser, PHONE);
      await page.context().grantPermissions(['notifications'], { origin: new URL(app).origin });
      await page.goto(app);
      await expect
        .poll(
          () =>
            page.evaluate('navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)'),
          { ...UNTIL, message: 'the service worker controls the page' },
        )
        .toBe(true);
      await page.getByRole('banner').getByRole('link', { name: 'Postfach' }).click();
      await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
      await page.getByLabel('E-Mail-Adresse').fill(ANNA);
      await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('heading', { level: 2, name: 'Meine Wartemarke' }).waitFor();
      return page;
    }

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

    it('tells Anna on her phone when her kiosk ticket is next and when it is called', async () => {
      const [staff, kiosk, anna] = await Promise.all([
        hub.signIn(STAFF),
        hub.signIn(KIOSK),
        hub.signIn(ANNA),
      ]);
      const opened = await hub.execute(
        WorkbenchOpenCounterDocument,
        { locationId: OFFICE, counter: 1 },
        staff,
      );
      expect(opened.errors).toBeUndefined();
      const draw = async () => {
        const drawn = await hub.execute(
          WorkbenchKioskDrawDocument,
          { input: { locationId: OFFICE, serviceIds: ['wohnsitz-anmelden'], idempotencyKey: randomUUID() } },
          kiosk,
        );
        if (!drawn.data) throw new Error(`no ticket: ${JSON.stringify(drawn.errors)}`);
        return drawn.data.drawQueueTicket;
      };
      const before = await draw();
      const hers = await draw();

      const page = await openPostfach();
      await page.getByRole('checkbox', { name: 'Meine Wartemarke wird gleich aufgerufen' }).check();
      await page.getByText('Eingeschaltet.').waitFor();
      // What the phone's pushManager.subscribe() would hand the app (headless Chromium's never settles).
      const subscribed = await hub.execute(AppSubscribePushDocument, { input: endpoint.subscription }, anna);
      expect(subscribed.data?.subscribePush).toBe(true);

      const code = page.getByLabel('Code der Wartemarke');
      await code.fill('ZZZZ-ZZZZ');
      await page.getByRole('button', { name: 'Wartemarke folgen' }).click();
      await page.getByText('Zu diesem Code gibt es keine Wartemarke.', { exact: false }).waitFor();
      await expect.poll(() => code.getAttribute('aria-invalid'), UNTIL).toBe('true');

      await code.fill(hers.code.toLowerCase());
      await page.getByRole('button', { name: 'Wartemarke folgen' }).click();
      await page.getByText(`Sie folgen der Wartemarke ${hers.label}.`).waitFor();
      const item = page
        .getByRole('region', { name: 'Meine Wartemarke' })
        .getByRole('listitem')
        .filter({ hasText: `Wartemarke ${hers.label}` });
      await expect.poll(() => item.textContent(), UNTIL).toContain('1 vor Ihnen');
      await expectAccessible(page, 'app-40-queue-ticket-followed');

      // Staff call the ticket before hers: hers is next.
      const call = () =>
        hub.execute(
          WorkbenchCallNextDocument,
          { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
          staff,
        );
      const first = await call();
      expect(first.data?.callNextQueueTicket?.label).toBe(before.label);
      const next = await endpoint.next(60_000);
      const message = JSON.parse(next.text) as { title: string; topic: string; url: string };
      expect(message).toMatchObject({
        topic: 'queue-called-next',
        title: `Ihre Wartemarke ${hers.label} wird gleich aufgerufen`,
        url: `/#/wartemarke/${hers.code}`,
      });
      await deliverToServiceWorker(page, next.text);
      await expect
        .poll(
          () =>
            page.evaluate<string[]>(
              'navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((all) => all.map((n) => n.title))',
            ),
          UNTIL,
        )
        .toContain(message.title);
      await page.locator('.inbox > li', { hasText: message.title }).waitFor();

      // Her ticket is called: the push names the counter; nothing is sent twice.
      const id = first.data?.callNextQueueTicket?.id as string;
      expect(
        (await hub.execute(WorkbenchStartServingDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect(
        (await hub.execute(WorkbenchFinishTicketDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect((await call()).data?.callNextQueueTicket?.label).toBe(hers.label);
      const called = JSON.parse((await endpoint.next(60_000)).text) as { title: string };
      expect(called.title).toBe(`Wartemarke ${hers.label}: bitte zu Schalter 1`);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Meine Wartemarke' }).waitFor();
      await expect.poll(() => item.textContent(), UNTIL).toContain('Aufgerufen: bitte zu Schalter 1');
      await page.locator('.inbox > li', { hasText: called.title }).waitFor();
      await expectAccessible(page, 'app-41-queue-ticket-called');
      expect(endpoint.received).toEqual([]);
    });
  },
);
