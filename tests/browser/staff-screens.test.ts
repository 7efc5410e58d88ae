/**
 * More of the staff workbench (clients/staff) in Chromium against a real hub (trusted documents
 * enforced as in production): (a) the requests screen's map of located requests (Leaflet, no
 * tiles), choosing a request on the map. axe-core checks every screen; screenshots go to
 * test-results/portal/staff-*.png.
 */
import { randomUUID } from 'node:crypto';
import { SubmitRequestDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import {
  type Browser,
  type BrowserContext,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('staff screens');

describe.runIf(runBrowserTests)('staff workbench screens in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let staffApp: string;
  let anna: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['requests'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    staffApp = new URL('/staff/', hub.url).toString();
    anna = await hub.signIn(ANNA);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.close();
  });

  async function newPage() {
    const page = await openPage(browser);
    contexts.push(page.context());
    return page;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${staffApp}#/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
  }

  async function submitQuestion(description: string, place?: { latitude: number; longitude: number }) {
    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: {
          typeCode: 'frage',
          description,
          idempotencyKey: randomUUID(),
          ...(place ? { ...place, address: 'Am Rathaus 1, 41564 Kaarst' } : {}),
        },
      },
      anna,
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
    await page.goto(`${staffApp}#/anliegen`);
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
});
