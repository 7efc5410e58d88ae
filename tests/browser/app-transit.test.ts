/**
 * Getting around in the Kaarst App, in Chromium in phone emulation against a real hub
 * (transit's sample feed, trusted documents enforced): departures near the phone's
 * position (geolocation) with the stop chosen for the rider, a wheelchair pickup request
 * whose acknowledgement by the driver arrives live, and a wheelchair-only journey A → B.
 * axe-core checks each state; screenshots in test-results/portal/ (app-2*.png).
 */
import {
  AcknowledgePickupRequestDocument,
  DriveTripDocument,
  MyPickupRequestsDocument,
  NextTripsDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '../../clients/app/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';
import { PHONE } from './phone.ts';

const runBrowserTests = browserTestsRun('Kaarst App transit');
const DRIVER = 'fahrer@example.org';
/** A few metres from the stop Kaarst Rathaus (51.2296, 6.6178) of the sample feed. */
const AT_RATHAUS = { latitude: 51.2297, longitude: 6.6179 };

describe.runIf(runBrowserTests)('Kaarst App: getting around, in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let app: string;

  beforeAll(async () => {
    ensureAppBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['transit'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    app = new URL('/app/', hub.url).toString();
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function signedInPhone(): Promise<Page> {
    const page = await openPage(browser, { ...PHONE, geolocation: AT_RATHAUS, permissions: ['geolocation'] });
    await page.goto(`${app}#/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: /^Abmelden/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Unterwegs' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Unterwegs' }).waitFor();
    return page;
  }

  it('finds the stop near me, shows its departures, and the driver acknowledges the ramp live', async () => {
    const page = await signedInPhone();
    await page.getByRole('button', { name: 'Haltestellen in meiner Nähe' }).click();
    await page.getByText('Nächste Haltestelle: Kaarst Rathaus').waitFor();
    // The manual choice holds the nearest stops, the nearest chosen.
    const chosen = page.getByLabel('Haltestelle: Haltestelle wählen');
    expect(await chosen.inputValue()).toBe('ka_rathaus');
    expect(await chosen.locator('option').count()).toBe(5);
    const delays = page.getByTestId('delay');
    await delays.first().waitFor();
    expect(await delays.first().textContent()).toBe('keine Echtzeitdaten');
    await expectAccessible(page, 'app-20-departures-near-me');

    await page
      .getByRole('button', { name: /^Rollstuhl-Einstieg anmelden: K1 um / })
      .first()
      .click();
    const status = page.getByTestId('pickup-status');
    await status.filter({ hasText: 'wartet auf die Bestätigung' }).waitFor();
    const [anna, driver] = await Promise.all([hub.signIn(ANNA), hub.signIn(DRIVER)]);
    const request = (await hub.execute(MyPickupRequestsDocument, undefined, anna)).data?.myPickupRequests[0];
    const next = await hub.execute(NextTripsDocument, { stopId: 'ka_rathaus' });
    const trip = next.data?.departures.find((d) => d.trip.id === request?.trip?.id)?.trip;
    if (!request || !trip) throw new Error('no pickup request with its trip');
    expect(
      (await hub.execute(DriveTripDocument, { tripId: trip.id, serviceDate: trip.serviceDate }, driver))
        .errors,
    ).toBeUndefined();
    expect(
      (await hub.execute(AcknowledgePickupRequestDocument, { id: request.id }, driver)).errors,
    ).toBeUndefined();
    await status.filter({ hasText: 'Bestätigt: Das Fahrpersonal hält' }).waitFor();
    await expectAccessible(page, 'app-21-pickup-acknowledged');
    // Offline a pickup is refused in plain words, not queued (it could reach the driver after the bus left).
    await page.context().setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    await page
      .getByRole('button', { name: /^Rollstuhl-Einstieg anmelden: / })
      .first()
      .click();
    await page.getByText('Sie sind offline: Die Anmeldung beim Fahrer geht nur mit Netz.').waitFor();
    await page.context().close();
  });

  it('plans a wheelchair-only journey from A to B', async () => {
    const page = await signedInPhone();
    const choose = async (role: string, search: string, stopId: string) => {
      await page.getByLabel(`${role}: Haltestelle suchen`).fill(search);
      await page.getByLabel(`${role}: Haltestelle suchen`).press('Enter');
      await page.getByLabel(`${role}: Haltestelle wählen`).selectOption(stopId);
    };
    await choose('Von', 'Rathaus', 'ka_rathaus');
    await choose('Nach', 'Neuss', 'ne_hbf');
    // Thursday 2026-11-26, 08:00 in Kaarst (as the portal's transit test).
    await page.getByLabel('Abfahrt ab (leer: jetzt)').fill('2026-11-26T08:00');
    await page.getByRole('checkbox', { name: /Nur barrierefreie Verbindungen/ }).check();
    await page.getByRole('button', { name: 'Verbindungen suchen' }).click();
    await page.getByText(/Verbindungen? gefunden/).waitFor();
    const first = page.locator('.journey').first();
    expect(await first.getByRole('heading').textContent()).toBe(
      '08:01 – 08:30, ohne Umstieg · ♿ barrierefrei',
    );
    const legs = await first.locator('.legs > li').allTextContents();
    expect(legs[0]).toContain('Fußweg, Kaarst Rathaus → Kaarst Am Neumarkt');
    expect(legs[1]).toMatch(/^08:05–08:30: Linie K2 Richtung .*, Kaarst Am Neumarkt → Neuss Hbf$/);
    await expectAccessible(page, 'app-22-wheelchair-journey');
    await page.context().close();
  });
});
