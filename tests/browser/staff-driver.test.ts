/**
 * The drivers' screen of the staff workbench in Chromium against a real hub (trusted documents
 * enforced): the driver takes a trip from the timetable, a citizen asks for the ramp on the
 * portal's timetable page, the request arrives live on the driver's open screen, the driver
 * acknowledges it with the keyboard, and the citizen's open page shows the acknowledgement.
 * Other roles see neither the screen nor the trip's requests. axe-core checks each state.
 */
import { TripPickupRequestsDocument } from '@kaarst/contract';
import { describe, expect, it } from 'vitest';
import { browserTestsRun, expectAccessible, focused, type Page } from '../../clients/web/test/browser.ts';
import { ANNA, codes, DEMO_PASSWORD, STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff driver');
const DRIVER = 'fahrer@example.org';

describe.runIf(runBrowserTests)('drivers in the staff workbench', { timeout: 240_000 }, () => {
  const suite = useWorkbenchSuite(['transit'], { portal: true });

  /** The portal's sign-in page (its own form, not the workbench's). */
  async function signInToPortal(page: Page, url: string, email: string) {
    await page.goto(`${url}#/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
  }

  it('a pickup request arrives live on the driver’s screen; the acknowledgement reaches the citizen', async () => {
    // The citizen looks at the departures at Kaarst Rathaus on the portal's timetable page.
    const citizen = await suite.newPage();
    const portal = new URL('/', suite.hub.url).toString();
    await signInToPortal(citizen, portal, ANNA);
    await citizen.goto(new URL('#/fahrplan', portal).toString());
    await citizen.getByLabel('Haltestelle: Haltestelle suchen').fill('Kaarst Rathaus');
    await citizen.getByLabel('Haltestelle: Haltestelle suchen').press('Enter');
    await citizen.getByLabel('Haltestelle: gefundene Haltestellen').selectOption('ka_rathaus');
    await citizen.getByRole('button', { name: 'Abfahrten anzeigen' }).click();
    const ramp = citizen.getByRole('button', { name: /^Rollstuhl-Einstieg anmelden: K1 um / }).first();
    const wanted = ((await ramp.textContent()) ?? '').replace('Rollstuhl-Einstieg anmelden: ', '');

    // The driver of that K1 takes the trip on the workbench.
    const driver = await suite.newPage();
    await suite.signIn(driver, DRIVER);
    const nav = driver.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Fahrdienst' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Übersicht', 'Fahrdienst']);
    await nav.getByRole('link', { name: 'Fahrdienst' }).click();
    await driver.getByRole('heading', { level: 1, name: 'Fahrdienst' }).waitFor();
    await driver.getByLabel('Haltestelle, an der die Fahrt beginnt').fill('Kaarst Rathaus');
    await driver.getByRole('button', { name: 'Suchen' }).click();
    await driver.getByLabel('Gefundene Haltestellen').selectOption('ka_rathaus');
    await expectAccessible(driver, 'staff-driver-1-choose-trip');
    await driver
      .getByTestId('driver-departures')
      .getByRole('button', { name: `Übernehmen: ${wanted} Richtung` })
      .first()
      .click();
    await driver
      .getByTestId('driven-trip')
      .getByText(/^K1 Richtung /)
      .waitFor();
    await driver.getByText('Keine Anmeldungen für diese Fahrt.').waitFor();

    // The citizen asks for the ramp; it arrives on the driver's open screen, without a reload.
    await ramp.click();
    const status = citizen.getByTestId('pickup-status');
    await status.filter({ hasText: 'wartet auf die Bestätigung' }).waitFor();
    await driver
      .getByTestId('pickup-announcement')
      .getByText(/^Neue Rollstuhl-Anmeldung: Kaarst Rathaus um \d\d:\d\d\.$/)
      .waitFor();
    await driver
      .getByTestId('pickup-list')
      .getByText(/wartet auf Ihre Bestätigung/)
      .waitFor();
    await expectAccessible(driver, 'staff-driver-2-pickup-arrived');

    // Keyboard only: from the heading to the button, Enter.
    await driver.getByRole('heading', { level: 1, name: 'Fahrdienst' }).focus();
    for (let i = 0; i < 10 && !(await focused(driver)).text.startsWith('Bestätigen'); i++)
      await driver.keyboard.press('Tab');
    expect((await focused(driver)).text).toMatch(/^Bestätigen: Halt an Kaarst Rathaus um \d\d:\d\d$/);
    await driver.keyboard.press('Enter');
    await driver
      .getByTestId('pickup-list')
      .getByText(/: bestätigt$/)
      .waitFor();
    await status.filter({ hasText: 'Bestätigt: Das Fahrpersonal hält' }).waitFor();
    await expectAccessible(driver, 'staff-driver-3-acknowledged');
    await citizen.context().close();
    await driver.context().close();
  });

  it('shows the drivers’ screen and a trip’s requests to drivers only', async () => {
    const staff = await suite.newPage();
    await suite.signIn(staff, STAFF);
    const nav = staff.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Anliegen' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Fahrdienst' }).count()).toBe(0);
    await staff.goto(`${suite.staffApp}#/fahrdienst`);
    await staff.getByRole('heading', { level: 1, name: 'Arbeitsplatz der Stadt Kaarst' }).waitFor();
    expect(await staff.getByRole('heading', { name: 'Fahrdienst' }).count()).toBe(0);
    await staff.context().close();

    const anna = await suite.hub.signIn(ANNA);
    const staffToken = await suite.hub.signIn(STAFF);
    const variables = { tripId: 'any-trip', serviceDate: '2026-12-07' };
    expect(codes(await suite.hub.execute(TripPickupRequestsDocument, variables, anna))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await suite.hub.execute(TripPickupRequestsDocument, variables, staffToken))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
