/**
 * "Meine Wartemarke" in the Kaarst App, in Chromium in phone emulation against a real hub
 * (citizens, appointments, notifications; trusted documents enforced): Anna drew a ticket at the
 * kiosk, follows it in the app's Postfach by its code and switches the topic on; when staff call
 * the ticket before hers, the hub pushes "wird gleich aufgerufen" to her phone (a local endpoint;
 * the test decrypts it), the service worker shows it and the inbox lists it; when hers is called,
 * the push names the counter. A wrong code is refused in plain words. Screenshots app-4*.png.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppSubscribePushDocument } from '../../clients/app/src/generated/graphql.ts';
import {
  WorkbenchCallNextDocument,
  WorkbenchFinishTicketDocument,
  WorkbenchKioskDrawDocument,
  WorkbenchOpenCounterDocument,
  WorkbenchStartServingDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import { ANNA, STAFF } from '../harness.ts';
import { deliverToServiceWorker, openPostfachAsAnna, useAppPushSetting } from './app-push.ts';

const runBrowserTests = browserTestsRun('Kaarst App queue ticket');
const OFFICE = 'rathaus-kaarst';
const KIOSK = 'kiosk.rathaus@example.org';

describe.runIf(runBrowserTests)(
  'Kaarst App: following a walk-in ticket, in Chromium',
  { timeout: 240_000 },
  () => {
    const setting = useAppPushSetting(['appointments']);
    const openPostfach = async () => {
      const page = await openPostfachAsAnna(setting);
      await page.getByRole('heading', { level: 2, name: 'Meine Wartemarke' }).waitFor();
      return page;
    };

    it('tells Anna on her phone when her kiosk ticket is next and when it is called', async () => {
      const [staff, kiosk, anna] = await Promise.all([
        setting.hub.signIn(STAFF),
        setting.hub.signIn(KIOSK),
        setting.hub.signIn(ANNA),
      ]);
      const opened = await setting.hub.execute(
        WorkbenchOpenCounterDocument,
        { locationId: OFFICE, counter: 1 },
        staff,
      );
      expect(opened.errors).toBeUndefined();
      const draw = async () => {
        const drawn = await setting.hub.execute(
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
      const subscribed = await setting.hub.execute(
        AppSubscribePushDocument,
        { input: setting.endpoint.subscription },
        anna,
      );
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
        setting.hub.execute(
          WorkbenchCallNextDocument,
          { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
          staff,
        );
      const first = await call();
      expect(first.data?.callNextQueueTicket?.label).toBe(before.label);
      const next = await setting.endpoint.next(60_000);
      const message = JSON.parse(next.text) as { title: string; topic: string; url: string };
      expect(message).toMatchObject({
        topic: 'queue-called-next',
        title: `Ihre Wartemarke ${hers.label} wird gleich aufgerufen`,
        url: `/#/wartemarke/${hers.code}`,
      });
      await deliverToServiceWorker(setting, page, next.text);
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
        (await setting.hub.execute(WorkbenchStartServingDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect(
        (await setting.hub.execute(WorkbenchFinishTicketDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect((await call()).data?.callNextQueueTicket?.label).toBe(hers.label);
      const called = JSON.parse((await setting.endpoint.next(60_000)).text) as { title: string };
      expect(called.title).toBe(`Wartemarke ${hers.label}: bitte zu Schalter 1`);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Meine Wartemarke' }).waitFor();
      await expect.poll(() => item.textContent(), UNTIL).toContain('Aufgerufen: bitte zu Schalter 1');
      await page.locator('.inbox > li', { hasText: called.title }).waitFor();
      await expectAccessible(page, 'app-41-queue-ticket-called');
      expect(setting.endpoint.received).toEqual([]);
    });
  },
);
