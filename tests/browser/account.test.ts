/**
 * The citizen's own account in the portal, in Debian's headless Chromium
 * against a real hub with trusted documents enforced: sign up (refusals shown
 * at their field), download a copy of everything the hub holds as JSON, delete
 * the account, and find that signing in with it fails afterwards. axe-core
 * checks each page; screenshots land in test-results/portal/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  focused,
  launchChromium,
  openPage,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { ANNA, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('account');

describe.runIf(runBrowserTests)('web portal account pages in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({
        subgraphs: [
          'requests', // holds part of the personal data
          'pass', // holds part of the personal data
        ],
        gateway: { trustedDocuments: { enforce: true } },
      }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('signs up, downloads a copy of the data, deletes the account and cannot sign in again', async () => {
    const page = await openPage(browser, { acceptDownloads: true });
    const email = `neu.${Date.now()}@example.org`;
    const password = 'ein-langes-passwort';

    await page.goto(new URL('#/anmelden', portal).toString());
    await page.getByRole('link', { name: 'Jetzt registrieren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrieren' }).waitFor();
    // The focus lands on the heading; Tab then walks the form in reading order.
    await expect.poll(async () => (await focused(page)).tag, UNTIL).toBe('H1');
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const { name, text } = await focused(page);
      order.push(name || text);
    }
    expect(order).toEqual(['email', 'displayName', 'password', 'Konto anlegen']);
    const emailField = page.getByLabel('E-Mail-Adresse');
    const passwordField = page.getByLabel('Passwort');

    // A short password: said at the password field, which gets the focus.
    await emailField.fill(email);
    await page.getByLabel('Ihr Name').fill('Nora Neu');
    await passwordField.fill('kurz');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Fehler: Das Passwort ist zu kurz').waitFor();
    await expect.poll(() => passwordField.getAttribute('aria-invalid'), UNTIL).toBe('true');
    await expect.poll(async () => (await focused(page)).name, UNTIL).toBe('password');
    await expectAccessible(page, '20-sign-up-short-password');

    // One of the most common passwords: refused at the same field, with the reason in German.
    await passwordField.fill('1234567890');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Fehler: Dieses Passwort ist zu leicht zu erraten').waitFor();
    await expect.poll(() => passwordField.getAttribute('aria-invalid'), UNTIL).toBe('true');

    // A taken email: said at the email field.
    await emailField.fill(ANNA);
    await passwordField.fill(password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Fehler: Mit dieser E-Mail-Adresse gibt es schon ein Konto').waitFor();
    await expect.poll(() => emailField.getAttribute('aria-invalid'), UNTIL).toBe('true');
    await expect.poll(() => passwordField.getAttribute('aria-invalid'), UNTIL).toBe('false');

    await emailField.fill(email);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('navigation').getByText('Nora Neu').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Meine Daten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Daten' }).waitFor();
    await page.getByRole('button', { name: 'Datenkopie erstellen' }).click();
    const link = page.getByRole('link', {
      name: /^Herunterladen: kaarst-meine-daten-\d{4}-\d{2}-\d{2}\.json$/,
    });
    await link.waitFor();
    await expectAccessible(page, '21-my-data');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^kaarst-meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(JSON.stringify(copy.citizens)).toContain(email);
    expect(copy).toHaveProperty('appointments');
    expect(copy).toHaveProperty('requests');
    expect(copy).toHaveProperty('pass');
    // This hub runs without transit, energy, family, participation and notifications: the copy
    // says they are missing rather than passing for complete, and so does the page.
    expect(copy.unavailable).toEqual(['transit', 'energy', 'family', 'participation', 'notifications']);
    await page
      .getByText(/Diese Teile sind gerade nicht erreichbar .*: Nahverkehr \(Abholwünsche\), Energie/)
      .waitFor();

    // Someone else's email does not delete this account.
    const confirm = page.getByLabel('Zur Bestätigung Ihre E-Mail-Adresse');
    await confirm.fill(ANNA);
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.getByText('Fehler: Die E-Mail-Adresse stimmt nicht').waitFor();
    await expect.poll(() => confirm.getAttribute('aria-invalid'), UNTIL).toBe('true');
    await confirm.fill(email);
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Konto wurde gelöscht' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).waitFor();
    await expectAccessible(page, '22-account-deleted');

    await page.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Anmeldung fehlgeschlagen' }).waitFor();
    await page.context().close();
  });
});
