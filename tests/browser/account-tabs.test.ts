/**
 * Signing in and out across the portal's tabs, in Debian's headless Chromium
 * against a real hub: pages of one browser (one context) follow a sign-in or
 * sign-out made in any of them, a tab opened later takes the open tabs'
 * session, and the token stays where it was before: in each tab's
 * sessionStorage, never in localStorage or a cookie, and never in another
 * browser profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('account-tabs');
const STORAGE_KEY = 'kaarst-portal-session';

/** Who the page's header says is signed in ('' when it offers "Anmelden"). */
const signedInAs = async (page: Page) =>
  (await page.evaluate(`document.querySelector('header .session strong')?.textContent ?? ''`)) as string;

/** Where this tab keeps the session: its sessionStorage entry, localStorage and cookies. */
const storage = async (page: Page) =>
  (await page.evaluate(`(() => ({
    session: sessionStorage.getItem(${JSON.stringify(STORAGE_KEY)}),
    local: Object.keys(localStorage).map((name) => name + '=' + localStorage.getItem(name)).join('\\n'),
    cookies: document.cookie,
  }))()`)) as { session: string | null; local: string; cookies: string };

describe.runIf(runBrowserTests)('signing in across the portal tabs in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('a sign-in or sign-out in one tab reaches the other open tabs of the browser, not other browsers', async () => {
    const first = await openPage(browser);
    const context = first.context();
    const second = await context.newPage();
    const otherBrowser = await openPage(browser);
    await first.goto(new URL('#/anmelden', portal).toString());
    await second.goto(new URL('#/termine', portal).toString());
    await otherBrowser.goto(new URL('#/termine', portal).toString());
    await second.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).waitFor();

    // The shared sign-in form, with its "Passwort vergessen?" link, is accessible.
    await first.getByRole('link', { name: 'Passwort vergessen?' }).waitFor();
    await expectAccessible(first, '30-sign-in-form');

    await first.getByLabel('E-Mail-Adresse').fill(ANNA);
    await first.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await first.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => signedInAs(first), UNTIL).toBe('Anna Schmitz');
    // The other tab, opened before, follows without a reload.
    await expect.poll(() => signedInAs(second), UNTIL).toBe('Anna Schmitz');
    await second.getByRole('heading', { level: 1, name: 'Meine Termine' }).waitFor();
    await expectAccessible(second, '31-second-tab-signed-in');

    // The token is where it was before: each tab's sessionStorage; nothing in localStorage or cookies.
    const token = JSON.parse((await storage(first)).session ?? '{}').token as string;
    expect(token).toMatch(/^ey/);
    for (const page of [first, second]) {
      const stored = await storage(page);
      expect(JSON.parse(stored.session ?? '{}').token).toBe(token);
      expect(stored.local).not.toContain(token);
      expect(stored.cookies).toBe('');
    }
    expect((await context.cookies()).length).toBe(0);

    // A tab opened later takes the open tabs' session.
    const third = await context.newPage();
    await third.goto(new URL('#/termine', portal).toString());
    await expect.poll(() => signedInAs(third), UNTIL).toBe('Anna Schmitz');

    // Another browser profile learns nothing of it.
    await otherBrowser.reload();
    await otherBrowser.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await signedInAs(otherBrowser)).toBe('');
    expect((await storage(otherBrowser)).session).toBeNull();

    // Signing out in one tab signs out all of them, and they forget the token.
    await second.getByRole('button', { name: 'Abmelden' }).click();
    for (const page of [first, second, third]) {
      await page.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).waitFor();
      await expect.poll(async () => (await storage(page)).session, UNTIL).toBeNull();
    }
    await expectAccessible(first, '32-first-tab-signed-out');

    // Closing every tab ends the session, as before: a new tab after that is signed out.
    await first.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).click();
    await first.getByLabel('E-Mail-Adresse').fill(ANNA);
    await first.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await first.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => signedInAs(third), UNTIL).toBe('Anna Schmitz');
    await Promise.all([first.close(), second.close(), third.close()]);
    const later = await context.newPage();
    await later.goto(new URL('#/termine', portal).toString());
    await later.getByRole('navigation').getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await signedInAs(later)).toBe('');
    await context.close();
    await otherBrowser.context().close();
  });
});
