/**
 * The energy page in Debian's headless Chromium against a real hub with the
 * energy subgraph (its invented sample data) and trusted documents enforced:
 * Anna sees her meter with the consent in words, a live value that a meter
 * gateway pushes while she watches, the day's curve and cost bars with the
 * same values as a table, and the appliances found in the last hours' power.
 * A new person links the free sample meter (a wrong code first), opts in and
 * withdraws again. "Meine Daten" shows Anna's meter, her consent and her last
 * twelve months as bars and as a table. axe-core checks each state; screenshots
 * in test-results/portal/.
 */
import { randomUUID } from 'node:crypto';
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('energy');
// The sample data of subgraphs/energy/src/seed.ts.
const ANNA_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';
const ANNA_METER = '1KAA0000000001';
const FREE_METER = { id: '1KAA0000000002', code: 'DEMO-2222-3333' };

describe.runIf(runBrowserTests)('web portal energy page in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['energy'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function openSignedIn(email: string, password = DEMO_PASSWORD) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Energie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Stromverbrauch' }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Stromverbrauch' }).waitFor();
    return page;
  }

  it("shows Anna's meter: consent, live power pushed by her gateway, the day's curve and costs, the appliances", async () => {
    const page = await openSignedIn(ANNA);
    await page.getByText(/Sie haben am .* eingewilligt/).waitFor();
    await page.getByRole('img', { name: /Verbrauchskurve, Tag/ }).waitFor();
    await page.getByRole('img', { name: 'Kosten je Intervall in Euro' }).waitFor();
    await page.getByText(/Effektiv .* ct je kWh, Grundpreis eingerechnet/).waitFor();
    // The appliances of the last two hours of one-second power.
    const appliances = page.getByRole('table', { name: 'Stromfresser' });
    await appliances.waitFor();
    expect(await appliances.getByRole('row').count()).toBeGreaterThan(1);
    await page.getByText(/Grundlast \(immer an\)/).waitFor();

    // A meter gateway pushes a reading while the page watches: it appears live.
    const viewer = { id: ANNA_ID, roles: ['citizen' as const] };
    const created = await subgraphRequest<{ createMeterGatewayKey: { key: string } }>(
      hub.subgraph('energy').url,
      hub.keys,
      viewer,
      'mutation ($id: ID!) { createMeterGatewayKey(meterId: $id, name: "Browser-Test") { key } }',
      { id: ANNA_METER },
    );
    const key = created.data?.createMeterGatewayKey.key ?? '';
    await page.getByText('Warte auf den nächsten Messwert …').waitFor();
    await new Promise((r) => setTimeout(r, 1000)); // the subscription reaches the subgraph
    const pushed = await fetch(new URL('/energy/v1/readings', hub.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-meter-key': key },
      body: JSON.stringify({ time: new Date().toISOString(), '1-0:16.7.0': 2345 }),
    });
    expect(pushed.status).toBe(200);
    await page.getByText(/2\.345 Watt \(um/).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('meter', { name: 'Aktuelle Leistung' }).getAttribute('value')).toBe('2345');

    // The table alternative holds the chart's values.
    await page.getByText('Werte als Tabelle').click();
    const table = page.getByRole('table', { name: /Verbrauchskurve, Tag/ });
    expect(await table.getByRole('row').count()).toBeGreaterThan(90);
    await expectAccessible(page, 'energy-anna-day');
    await page.getByRole('radio', { name: 'Jahr' }).check();
    await page.getByRole('img', { name: /Verbrauchskurve, Jahr/ }).waitFor();
    await expectAccessible(page, 'energy-anna-year');
  });

  it('shows the meter, the consent and the last twelve months on "Meine Daten"', async () => {
    const page = await openSignedIn(ANNA);
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Daten' }).click();
    const section = page.getByRole('region', { name: 'Mein Stromzähler' });
    await section.getByRole('heading', { level: 3, name: /^Zähler 1KAA0000000001/ }).waitFor();
    await section
      .getByText(/Mit Ihrer Einwilligung vom .* werden auch Viertelstunden- und Live-Werte gespeichert/)
      .waitFor();
    await section.getByRole('img', { name: 'Verbrauch der letzten zwölf Monate in kWh' }).waitFor();
    await section.getByText(/^Zusammen [\d.]+,\d kWh in diesem Zeitraum\.$/).waitFor();
    await section.getByText('Werte als Tabelle').click();
    const months = section.getByRole('table', { name: 'Verbrauch der letzten zwölf Monate in kWh' });
    const rows = await months.getByRole('row').count();
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThanOrEqual(13);
    await expect.poll(() => months.getByRole('row').nth(1).getByRole('cell').count()).toBe(2);
    await expectAccessible(page, 'energy-my-data');
    await section.getByRole('link', { name: 'Einwilligung ändern und Kurven ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Stromverbrauch' }).waitFor();
  });

  it('links the free sample meter (a wrong code first), opts in and withdraws', async () => {
    const email = `energy.${randomUUID().slice(0, 8)}@example.org`;
    const signUp = await hub.request('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { email, displayName: 'Erika Energie', password: 'ein-langes-passwort' },
    });
    if (signUp.errors) {
      // Trusted documents are enforced: sign up through the page instead.
      const context = await browser.newContext({ locale: 'de-DE' });
      const page = await context.newPage();
      await page.goto(`${portal}#/registrieren`);
      await page.getByLabel('E-Mail-Adresse').fill(email);
      await page.getByLabel('Ihr Name').fill('Erika Energie');
      await page.getByLabel('Passwort').fill('ein-langes-passwort');
      await page.getByRole('button', { name: 'Konto anlegen' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Energie' }).waitFor();
      await context.close();
    }
    const page = await openSignedIn(email, 'ein-langes-passwort');
    // "Meine Daten" says that no meter is linked, and leads to where one is.
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Daten' }).click();
    const mine = page.getByRole('region', { name: 'Mein Stromzähler' });
    await mine.getByText('Mit Ihrem Konto ist kein Stromzähler verknüpft.').waitFor();
    await mine.getByRole('link', { name: 'Zähler verknüpfen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zähler verknüpfen' }).waitFor();
    await page.getByLabel('Zählernummer').fill(FREE_METER.id);
    await page.getByLabel('Aktivierungscode').fill('FALSCH-1234');
    await page.getByRole('button', { name: 'Zähler verknüpfen' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Zählernummer oder Aktivierungscode stimmen nicht.' })
      .waitFor();
    await expectAccessible(page, 'energy-link-wrong-code');
    await page.getByLabel('Aktivierungscode').fill(FREE_METER.code.toLowerCase());
    await page.getByRole('button', { name: 'Zähler verknüpfen' }).click();
    await page.getByText(/Zurzeit speichern wir nur Monatssummen/).waitFor();
    await expectAccessible(page, 'energy-monthly-only');
    await page.getByRole('button', { name: 'Viertelstunden- und Live-Werte erlauben' }).click();
    await page.getByRole('heading', { level: 2, name: 'Jetzt' }).waitFor();
    await page.getByText('Für diesen Zeitraum liegen noch keine Werte vor.').waitFor();
    await expectAccessible(page, 'energy-opted-in');
    await page.getByRole('button', { name: 'Einwilligung widerrufen und feine Werte löschen' }).click();
    await page.getByText('Einwilligung widerrufen. Die feinen Werte sind gelöscht.').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Jetzt' }).count()).toBe(0);
  });
});
