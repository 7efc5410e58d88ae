/**
 * The requests side of the staff workbench (clients/staff) in Chromium against a real hub
 * (trusted documents enforced): (a) the requests screen's map of located requests (Leaflet, no
 * tiles), choosing a request on the map; (e) a request taken, an internal note, a due date moved
 * into the past and flagged overdue (the citizen sees no note); (f) home visits on a map, a day's
 * route with its order and times drawn, confirmed to the citizens. axe-core checks every screen;
 * screenshots go to test-results/portal/staff-*.png.
 */
import { randomUUID } from 'node:crypto';
import { MyRequestsDocument, SubmitRequestDocument } from '@kaarst/contract';
import { describe, expect, it } from 'vitest';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import { STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff requests screens');

describe.runIf(runBrowserTests)(
  'staff workbench requests and home visits in Chromium',
  { timeout: 180_000 },
  () => {
    const suite = useWorkbenchSuite(['requests']);
    const { newPage, signIn } = suite;

    async function submitQuestion(description: string, place?: { latitude: number; longitude: number }) {
      const submitted = await suite.hub.execute(
        SubmitRequestDocument,
        {
          input: {
            typeCode: 'frage',
            description,
            idempotencyKey: randomUUID(),
            ...(place ? { ...place, address: 'Am Rathaus 1, 41564 Kaarst' } : {}),
          },
        },
        suite.anna,
      );
      expect(submitted.errors).toBeUndefined();
      return submitted.data?.submitRequest as { id: string; referenceNumber: string };
    }

    it('(a) located requests are drawn on the requests map; one chosen there opens', async () => {
      const located = await submitQuestion('Die Bank vor dem Rathaus ist kaputt.', {
        latitude: 51.2277,
        longitude: 6.6176,
      });
      const elsewhere = await submitQuestion('Die Bank am Bahnhof wackelt.', {
        latitude: 51.2365,
        longitude: 6.6402,
      });
      const nowhere = await submitQuestion('Wann ist das Bürgerbüro geöffnet?');

      const page = await newPage();
      await signIn(page, STAFF);
      await page.goto(`${suite.staffApp}#/anliegen`);
      await page.getByRole('heading', { level: 1, name: /Anliegen · Fachbereich buergerbuero/ }).waitFor();
      await page.getByTestId(`request-${nowhere.referenceNumber}`).waitFor();
      const map = page.getByRole('region', { name: 'Karte der Anliegen mit Ort' });
      await map.waitFor();
      // Two of the three have a place: two markers, no tiles asked for (no tile URL configured).
      const marker = (id: string) => map.locator(`path.map-feature-${id}`);
      await marker(located.id).waitFor();
      await marker(elsewhere.id).waitFor();
      expect(await map.locator(`.map-feature-${nowhere.id}`).count()).toBe(0);
      expect(await map.locator('.leaflet-tile').count()).toBe(0);
      expect(await page.getByTestId('request-map-note').textContent()).toMatch(/^2 von 3 Anliegen mit Ort/);
      // fitBounds put both in view: each marker lies inside the map's box.
      const box = await map.boundingBox();
      for (const id of [located.id, elsewhere.id]) {
        const at = await marker(id).boundingBox();
        expect(at && box && at.x >= box.x && at.x + at.width <= box.x + box.width).toBe(true);
        expect(at && box && at.y >= box.y && at.y + at.height <= box.y + box.height).toBe(true);
      }
      await expectAccessible(page, 'staff-20-request-map');

      // Chosen on the map, the request opens (as from its row), and its marker is highlighted.
      await marker(elsewhere.id).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(elsewhere.referenceNumber) }).waitFor();
      await expect.poll(() => marker(elsewhere.id).getAttribute('class'), UNTIL).toContain('map-selected');
      // The tooltip is text: the reference number and the address.
      await marker(elsewhere.id).hover();
      await expect
        .poll(() => page.locator('.leaflet-tooltip').textContent(), UNTIL)
        .toContain(`${elsewhere.referenceNumber}: Frage an die Verwaltung`);
      await expectAccessible(page, 'staff-21-request-map-chosen');
    });

    it('(e) a request is taken, noted internally, and flagged overdue once its due date has passed', async () => {
      const request = await submitQuestion('Brauche ich für die Ummeldung einen Termin?');
      const page = await newPage();
      await signIn(page, STAFF);
      await page.goto(`${suite.staffApp}#/anliegen`);
      const row = page.getByTestId(`request-${request.referenceNumber}`);
      await row.getByRole('button', { name: request.referenceNumber }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(request.referenceNumber) }).waitFor();

      await page.getByTestId('request-assignee').getByRole('button', { name: 'Übernehmen' }).click();
      await expect
        .poll(() => page.getByTestId('request-assignee').textContent(), UNTIL)
        .toBe('Ihnen zugewiesen.');

      await page
        .getByLabel('Interne Notiz (nur für Mitarbeitende)')
        .fill('Rückruf vereinbart, Termin nicht nötig.');
      await page.getByRole('button', { name: 'Notiz speichern' }).click();
      await page.getByRole('status').filter({ hasText: 'Interne Notiz gespeichert' }).waitFor();
      await page.getByText('interne Notiz: Rückruf vereinbart, Termin nicht nötig.').waitFor();

      // Due yesterday: overdue in the detail and the list, and the "overdue only" filter finds it.
      const yesterday = new Date(Date.now() - 86_400_000);
      const two = (n: number) => String(n).padStart(2, '0');
      const local = `${yesterday.getFullYear()}-${two(yesterday.getMonth() + 1)}-${two(yesterday.getDate())}T${two(yesterday.getHours())}:${two(yesterday.getMinutes())}`;
      await page.getByLabel('Fällig am').fill(local);
      await page.getByRole('button', { name: 'Frist ändern' }).click();
      await page.getByRole('status').filter({ hasText: '(überfällig)' }).waitFor();
      await expect.poll(() => row.textContent(), UNTIL).toContain('überfällig');
      await expectAccessible(page, 'staff-28-request-note-due');
      await page.getByLabel('Nur überfällige').check();
      await expect.poll(() => page.getByTestId('request-queue').locator('tbody tr').count(), UNTIL).toBe(1);
      await row.waitFor();
      await page.getByLabel('Nur überfällige').uncheck();
      await page.getByLabel('Nur mir zugewiesene').check();
      await expect.poll(() => page.getByTestId('request-queue').locator('tbody tr').count(), UNTIL).toBe(1);

      // The citizen sees the new due date's effect nowhere private: no internal note in their messages.
      const mine = (await suite.hub.execute(MyRequestsDocument, undefined, suite.anna)).data?.myRequests.find(
        (r) => r.referenceNumber === request.referenceNumber,
      );
      expect(mine?.messages).toEqual([]);
    });

    it('(f) home visits: open visits on the map, a day planned with its route drawn, windows confirmed', async () => {
      const homes = [
        { latitude: 51.2301, longitude: 6.6052, address: 'Maubisstraße 10, 41564 Kaarst' },
        { latitude: 51.2182, longitude: 6.6341, address: 'Büttgener Straße 5, 41564 Kaarst' },
        { latitude: 51.2405, longitude: 6.6288, address: 'Holzbüttgener Weg 3, 41564 Kaarst' },
      ];
      const visits: Array<{ id: string; referenceNumber: string }> = [];
      for (const home of homes) {
        const submitted = await suite.hub.execute(
          SubmitRequestDocument,
          {
            input: {
              typeCode: 'hausbesuch',
              description: 'Ich kann nicht ins Rathaus kommen.',
              answers: [
                { field: 'anlass', value: 'alter' },
                { field: 'leistungen', value: 'personalausweis' },
              ],
              idempotencyKey: randomUUID(),
              ...home,
            },
          },
          suite.anna,
        );
        expect(submitted.errors).toBeUndefined();
        visits.push(submitted.data?.submitRequest as { id: string; referenceNumber: string });
      }

      const page = await newPage();
      await signIn(page, STAFF);
      await page
        .getByRole('navigation', { name: 'Arbeitsbereiche' })
        .getByRole('link', { name: 'Hausbesuche' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Hausbesuche' }).waitFor();
      const map = page.getByRole('region', { name: 'Karte der offenen Hausbesuche' });
      for (const visit of visits) await map.locator(`path.map-feature-${visit.id}`).waitFor();
      await expectAccessible(page, 'staff-29-home-visits');

      // Two chosen in the list (keyboard: Space on the checkbox), one on the map.
      const list = page.getByTestId('visit-list');
      for (const visit of visits.slice(0, 2)) {
        await list.getByRole('checkbox', { name: new RegExp(visit.referenceNumber) }).focus();
        await page.keyboard.press('Space');
      }
      await map.locator(`path.map-feature-${visits[2]?.id}`).click();
      await expect.poll(() => list.getByRole('checkbox', { checked: true }).count(), UNTIL).toBe(3);
      await page.getByRole('button', { name: 'Route berechnen' }).click();
      await page.getByRole('status').filter({ hasText: 'Route berechnet: 3 Besuche.' }).waitFor();

      // The route: numbered stops 1..3 on the map, a line from the town hall and back, and the table in the same order.
      const routeMap = page.getByRole('region', { name: 'Karte der Route des Tages' });
      await routeMap.waitFor();
      expect(await routeMap.locator('.map-order').allTextContents()).toEqual(['1', '2', '3']);
      expect(await routeMap.locator('path.map-route').count()).toBe(1);
      const rows = page.getByTestId('route-table').locator('tbody tr');
      expect(await rows.count()).toBe(3);
      const times: string[] = [];
      for (let i = 0; i < 3; i++) times.push((await rows.nth(i).locator('td').nth(4).textContent()) ?? '');
      expect([...times].sort()).toEqual(times);
      expect(times[0] && times[0] > '09:00').toBe(true);
      await expectAccessible(page, 'staff-30-home-visit-route');

      await page.getByRole('button', { name: 'Tag bestätigen und Zeitfenster mitteilen' }).click();
      await page.getByRole('status').filter({ hasText: 'Tag bestätigt: 3 Bürgerinnen und Bürger' }).waitFor();
      await page.getByTestId('route-confirmed').waitFor();

      // The citizen has the window of the first stop on their request.
      const first = (await rows.nth(0).locator('td').nth(1).textContent()) ?? '';
      const window = (await rows.nth(0).locator('td').nth(5).textContent()) ?? '';
      const mine = (await suite.hub.execute(MyRequestsDocument, undefined, suite.anna)).data?.myRequests.find(
        (r) => r.referenceNumber === first,
      );
      expect(mine?.status).toBe('IN_PROGRESS');
      expect(mine?.messages.at(-1)?.body).toContain(window.split('–')[0] as string);
    });
  },
);
