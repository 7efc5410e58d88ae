/**
 * The display content screens of the staff workbench (#/stadtanzeigen) in Debian's headless
 * Chromium against a real hub (display and transit subgraphs, trusted documents enforced):
 * Bürgerbüro staff submit an item for one square and may not approve it; an admin approves and
 * schedules it; it then plays on that square's display and not on another. Keyboard-reachable
 * controls, axe on the page. Screenshots in test-results/portal/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDisplayBuilt } from '../../clients/display/scripts/ensure-build.ts';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
} from '../../clients/web/test/browser.ts';
import { demoCredential } from '../../subgraphs/display/src/seed.ts';
import { DEMO_PASSWORD, STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('display');
const ADMIN_EMAIL = 'admin@example.org';
const TITLE = 'Lesesommer in der Stadtbücherei';

describe.runIf(runBrowserTests)('display content in the staff workbench', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let staffApp: string;

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    ensureDisplayBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['display', 'transit'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    staffApp = new URL('/staff/', hub.url).toString();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function signedIn(email: string): Promise<Page> {
    const page = await openPage(browser);
    await page.goto(`${staffApp}#/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Stadtanzeigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stadtanzeigen: Inhalte' }).waitFor();
    return page;
  }

  async function screen(screenId: string): Promise<Page> {
    const page = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
    await page.goto(
      new URL(
        `/display/?screen=${screenId}#credential=${encodeURIComponent(demoCredential(screenId))}`,
        hub.url,
      ).toString(),
    );
    return page;
  }

  it('staff submit, an admin approves and schedules, the item plays on its square only', async () => {
    const staff = await signedIn(STAFF);
    await staff.getByLabel('Titel').fill(TITLE);
    await staff.getByLabel('Text').fill('Ferienleseclub für Kinder, Anmeldung in der Bücherei');
    await staff.getByRole('checkbox', { name: 'Driesch Spielplatz in der Ortsmitte' }).check();
    await staff.getByRole('button', { name: 'Einreichen' }).click();
    await staff.getByText(`Eingereicht: „${TITLE}“ wartet auf Freigabe.`).waitFor();
    const row = staff.getByTestId('display-items').getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('Wartet auf Freigabe').waitFor();
    // Not an editor: no approval here (and the graph would refuse it).
    expect(await row.getByRole('button', { name: /freigeben/ }).count()).toBe(0);
    expect(await staff.getByRole('heading', { name: 'Sendeplan je Anzeige' }).count()).toBe(0);
    await expectAccessible(staff, 'staff-display-content-submitted');
    await staff.context().close();

    const admin = await signedIn(ADMIN_EMAIL);
    // Keyboard: the approve button of the row is reached and pressed with Enter.
    const approve = admin.getByRole('button', { name: `„${TITLE}“ freigeben` });
    await approve.focus();
    await admin.keyboard.press('Enter');
    await admin.getByText(`„${TITLE}“: freigegeben.`).waitFor();
    await admin
      .getByTestId('display-items')
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('Freigegeben')
      .waitFor();
    await admin.getByLabel('Anzeige', { exact: true }).selectOption('driesch-ortsmitte');
    await admin.getByLabel('Freigegebener Inhalt').selectOption({ label: TITLE });
    await admin.getByLabel('Priorität (höher gewinnt)').fill('10');
    await admin.getByRole('button', { name: 'Einplanen' }).click();
    await admin.getByText(`Eingeplant: „${TITLE}“.`).waitFor();
    await admin
      .getByTestId('display-rules')
      .getByRole('row', { name: new RegExp(TITLE) })
      .waitFor();
    await expectAccessible(admin, 'staff-display-content-scheduled');

    // The square's display plays it (priority 10: alone in its airtime), another square does not.
    const driesch = await screen('driesch-ortsmitte');
    await driesch.getByRole('heading', { level: 2, name: TITLE }).waitFor({ timeout: 30_000 });
    const kaarst = await screen('kaarst-rathausplatz');
    await kaarst.getByRole('heading', { level: 1, name: 'Kaarst Rathausplatz' }).waitFor();
    await kaarst.locator('footer.ticker').getByText(/\S/).waitFor();
    expect(await kaarst.locator('footer.ticker').textContent()).not.toContain(TITLE);
    expect(await kaarst.getByText(TITLE).count()).toBe(0);

    // Removing the rule takes it off the schedule (the item stays approved).
    await admin.getByRole('button', { name: `Regel für „${TITLE}“ entfernen` }).click();
    await admin.getByText('Regel entfernt.').waitFor();
    // The list is asked again after the notice: wait for it, never longer than 10 s.
    await expect
      .poll(
        () =>
          admin
            .getByTestId('display-rules')
            .getByRole('row', { name: new RegExp(TITLE) })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(0);
    for (const page of [admin, driesch, kaarst]) await page.context().close();
  });
});
