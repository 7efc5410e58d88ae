/**
 * Bus & Bahn in the portal, in Debian's headless Chromium against a real hub
 * (trusted documents enforced) on the transit subgraph's sample feed: the
 * journey planner with and without the wheelchair option, and a wheelchair
 * pickup request whose acknowledgement by the driver reaches the open page
 * without reload. axe-core checks each state; screenshots in test-results/portal/.
 */
import {
  AcknowledgePickupRequestDocument,
  DriveTripDocument,
  MyPickupRequestsDocument,
  NextTripsDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('transit');
const DRIVER = 'fahrer@example.org';

describe.runIf(runBrowserTests)('web portal Bus & Bahn in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['transit'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function newPage(): Promise<Page> {
    // A device in another zone: the planner still means Kaarst's local time.
    return openPage(browser, { timezoneId: 'America/New_York' });
  }

  async function chooseStop(page: Page, role: string, search: string, stopId: string) {
    await page.getByLabel(`${role}: Haltestelle suchen`).fill(search);
    await page.getByLabel(`${role}: Haltestelle suchen`).press('Enter');
    await page.getByLabel(`${role}: gefundene Haltestellen`).selectOption(stopId);
  }

  it('plans a wheelchair journey; a destination not usable with a wheelchair says so', async () => {
    const page = await newPage();
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Bus & Bahn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bus & Bahn' }).waitFor();
    // The stops found are on a map too: "Rathaus" finds Büttgen's first (chosen in the list),
    // and choosing Kaarst's on the map chooses it in the list.
    await page.getByLabel('Von: Haltestelle suchen').fill('Rathaus');
    await page.getByLabel('Von: Haltestelle suchen').press('Enter');
    const found = page.getByLabel('Von: gefundene Haltestellen');
    await found.waitFor();
    expect(await found.inputValue()).toBe('bu_rathaus');
    const stopsMap = page.getByRole('region', { name: 'Von: Karte der gefundenen Haltestellen' });
    await stopsMap.locator('path.map-selected.map-feature-bu_rathaus').waitFor();
    await stopsMap.locator('path.map-feature-ka_rathaus').click();
    expect(await found.inputValue()).toBe('ka_rathaus');
    await stopsMap.locator('path.map-selected.map-feature-ka_rathaus').waitFor();
    await chooseStop(page, 'Nach', 'Neuss', 'ne_hbf');
    // Thursday 2026-11-26, 08:00 in Kaarst (as the transit e2e test worked out by hand).
    await page.getByLabel('Abfahrt ab (Ortszeit Kaarst)').fill('2026-11-26T08:00');
    const wheelchair = page.getByRole('checkbox', { name: /Nur barrierefreie Verbindungen/ });
    await wheelchair.check();
    await page.getByRole('button', { name: 'Verbindungen suchen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Verbindungen? gefunden/ })
      .waitFor();
    const first = page.locator('.journey').first();
    expect(await first.getByRole('heading').textContent()).toBe(
      '08:01 – 08:30, ohne Umstieg · ♿ barrierefrei',
    );
    const legs = await first.locator('.legs > li').allTextContents();
    expect(legs[0]).toContain('Fußweg, Kaarst Rathaus → Kaarst Am Neumarkt');
    expect(legs[1]).toMatch(/^08:05–08:30: Linie K2 Richtung .*, Kaarst Am Neumarkt → Neuss Hbf$/);
    await expectAccessible(page, '16-transit-wheelchair-journey');

    // Büttgen Rathaus: wheelchair boarding unknown, so no wheelchair journey; without the option, some.
    await chooseStop(page, 'Nach', 'Büttgen', 'bu_rathaus');
    await page.getByRole('button', { name: 'Verbindungen suchen' }).click();
    await page.getByRole('status').filter({ hasText: 'Keine barrierefreie Verbindung gefunden' }).waitFor();
    await expectAccessible(page, '17-transit-no-wheelchair-journey');
    await wheelchair.uncheck();
    await page.getByRole('button', { name: 'Verbindungen suchen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Verbindungen? gefunden/ })
      .waitFor();
    expect(await page.locator('.journey').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('departures with delays in words; a wheelchair pickup request is acknowledged live', async () => {
    const page = await newPage();
    await page.goto(new URL('#/anmelden', portal).toString());
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
    await page.goto(new URL('#/fahrplan', portal).toString());
    await chooseStop(page, 'Haltestelle', 'Kaarst Rathaus', 'ka_rathaus');
    await page.getByRole('button', { name: 'Abfahrten anzeigen' }).click();
    const delays = page.getByTestId('delay');
    await delays.first().waitFor();
    // No realtime feed in the test hub: said in words, not left blank or coloured.
    expect(await delays.first().textContent()).toBe('keine Echtzeitdaten');
    await page
      .getByRole('button', { name: /^Rollstuhl-Einstieg anmelden: K1 um / })
      .first()
      .click();
    const status = page.getByTestId('pickup-status');
    await status.filter({ hasText: 'wartet auf die Bestätigung' }).waitFor();

    const [anna, driver] = await Promise.all([hub.signIn(ANNA), hub.signIn(DRIVER)]);
    const mine = await hub.execute(MyPickupRequestsDocument, undefined, anna);
    const request = mine.data?.myPickupRequests[0];
    const next = await hub.execute(NextTripsDocument, { stopId: 'ka_rathaus' });
    const trip = next.data?.departures.find((d) => d.trip.id === request?.trip?.id)?.trip;
    if (!request || !trip) throw new Error(`no pickup request or trip: ${JSON.stringify([mine, next])}`);
    const drive = await hub.execute(
      DriveTripDocument,
      { tripId: trip.id, serviceDate: trip.serviceDate },
      driver,
    );
    expect(drive.errors).toBeUndefined();
    const acknowledged = await hub.execute(AcknowledgePickupRequestDocument, { id: request.id }, driver);
    expect(acknowledged.errors).toBeUndefined();
    await status.filter({ hasText: 'Bestätigt: Das Fahrpersonal hält' }).waitFor();
    await expectAccessible(page, '18-transit-pickup-acknowledged');
    await page.context().close();
  });
});
