/**
 * The Kaarst Pass in the portal, in Debian's headless Chromium against a real
 * hub with every subgraph and trusted documents enforced: a new person applies
 * with a Kaarst address and gets an active pass with a QR code; the token the
 * graph gives the same session verifies offline with @kaarst/pass-verify, is
 * what the QR code on the page encodes (drawn again here from the token, no
 * decoder needed), and is replaced once its 30-second window is over. A free
 * offer is redeemed, a paid one shows how to pay; an address elsewhere waits
 * for staff and cannot redeem. axe-core checks each state; screenshots in
 * test-results/portal/.
 */
import {
  KaarstPassOffersDocument,
  KaarstPassTokenDocument,
  KaarstPassVerificationDocument,
} from '@kaarst/contract';
import { type JWK, verifyKaarstPassToken } from '@kaarst/pass-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import { qrPath } from '../../clients/web/src/qr-code.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('Kaarst Pass');
const SESSION_KEY = 'kaarst-portal-session';

describe.runIf(runBrowserTests)('web portal Kaarst Pass in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['pass'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** Opens the pass page signed out, signs up from there and comes back to it. */
  async function signUpOnPassPage(name: string): Promise<Page> {
    const page = await openPage(browser);
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Kaarst-Pass' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kaarst-Pass' }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('link', { name: 'Jetzt registrieren' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(`pass.${Date.now()}.${name.length}@example.org`);
    await page.getByLabel('Ihr Name').fill(name);
    await page.getByLabel('Passwort').fill('ein-langes-passwort');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kaarst-Pass beantragen' }).waitFor();
    return page;
  }

  async function apply(page: Page, postalCode: string, street: string) {
    await page.getByLabel('Postleitzahl').fill(postalCode);
    await page.getByLabel('Straße und Hausnummer').fill(street);
    await page.getByRole('button', { name: 'Pass beantragen' }).click();
  }

  /** The session token the page holds: the graph is asked as the same person. */
  const sessionToken = async (page: Page) => {
    // No DOM types in the repository's type check: the page's storage through globalThis.
    const saved = await page.evaluate(
      (key) =>
        (
          globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }
        ).sessionStorage.getItem(key),
      SESSION_KEY,
    );
    return (JSON.parse(saved ?? '{}') as { token: string }).token;
  };

  const qrOnPage = (page: Page) => page.getByRole('img', { name: /^QR-Code des Kaarst-Passes KP-\d+/ });
  const drawnPath = (page: Page) => qrOnPage(page).locator('path').getAttribute('d');

  /**
   * The token the graph gives this session now, checked offline, and whether the
   * page shows it. Polled: a 30-second window may end between the two looks, and
   * a busy machine draws the new code late.
   */
  async function expectPageShowsCurrentToken(page: Page, passNumber: string): Promise<string> {
    const bearer = await sessionToken(page);
    let token = '';
    await expect
      .poll(
        async () => {
          const answer = await hub.execute(KaarstPassTokenDocument, undefined, bearer);
          token = answer.data?.kaarstPassToken.token as string;
          return (await drawnPath(page)) === qrPath(token).d;
        },
        { ...UNTIL, interval: 1_000, message: 'the QR code encodes the current token' },
      )
      .toBe(true);
    const verification = await hub.execute(KaarstPassVerificationDocument);
    const checked = await verifyKaarstPassToken(token, verification.data?.kaarstPassVerificationKey as JWK, {
      revokedNumbers: verification.data?.kaarstPassRevocations ?? [],
      tripZone: 'kaarst',
    });
    expect(checked).toMatchObject({ valid: true, passNumber, freeRide: true });
    return qrPath(token).d;
  }

  it('applies with 41564, shows the rotating QR code, redeems a free and a paid offer', async () => {
    const page = await signUpOnPassPage('Paula Pass');
    await expectAccessible(page, '30-pass-apply');
    // The form is styled like the portal's others: fields as wide as the card, tall enough to tap.
    const form = await page.getByRole('form', { name: 'Kaarst-Pass beantragen' }).boundingBox();
    const street = await page.getByLabel('Straße und Hausnummer').boundingBox();
    expect(street?.width ?? 0).toBeGreaterThan((form?.width ?? 0) * 0.8);
    expect(street?.height ?? 0).toBeGreaterThanOrEqual(44);

    // Redeeming before there is a pass is refused in red; once the pass is valid that refusal goes.
    const offerNames = page.getByRole('button', { name: /^Einlösen: / });
    await offerNames.first().click();
    await page.getByRole('alert').first().waitFor();

    // A postal code of four digits is refused at its field.
    await apply(page, '4156', 'Am Neumarkt 2');
    await page.getByText('Fehler: Die Postleitzahl hat fünf Ziffern.').waitFor();
    await expect.poll(() => page.getByLabel('Postleitzahl').getAttribute('aria-invalid'), UNTIL).toBe('true');

    await apply(page, '41564', 'Am Neumarkt 2');
    await page.getByRole('status').filter({ hasText: 'sofort gültig' }).waitFor();
    await expect.poll(() => page.getByRole('alert').count(), UNTIL).toBe(0);
    const details = page.getByRole('region', { name: 'Mein Kaarst-Pass' });
    await details.getByText('Gültig', { exact: true }).waitFor();
    const passNumber = (await details.locator('dd.code').textContent())?.trim() ?? '';
    expect(passNumber).toMatch(/^KP-\d+$/);
    await qrOnPage(page).waitFor();
    // The text alternative names the pass and its validity, not the token.
    expect(await qrOnPage(page).getAttribute('aria-label')).toMatch(
      new RegExp(`^QR-Code des Kaarst-Passes ${passNumber}, gültig bis \\d+\\. \\S+ \\d{4}$`),
    );
    await page.getByText(/^Neuer Code in \d+ Sekunden$/).waitFor();
    const first = await expectPageShowsCurrentToken(page, passNumber);
    await expectAccessible(page, '31-pass-active-qr');

    // Offers: a free one is redeemed at once, a paid one says how to pay.
    const offers = (await hub.execute(KaarstPassOffersDocument)).data?.kaarstPassOffers ?? [];
    const free = offers.find((offer) => offer.free);
    const paid = offers.find((offer) => !offer.free);
    expect(free && paid).toBeTruthy();
    await page.getByRole('button', { name: `Einlösen: ${free?.title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Eingelöst: ${free?.title}` })
      .waitFor();
    await page.getByRole('button', { name: `Einlösen: ${paid?.title}` }).click();
    const payment = page.getByRole('status').filter({ hasText: `Reserviert: ${paid?.title}` });
    await payment.waitFor();
    await payment.getByText('Verwendungszweck', { exact: true }).waitFor();
    expect(await payment.locator('dd.code').textContent()).toMatch(/^KPR-\d{6}$/);
    expect(await payment.textContent()).toContain('Bitte zahlen Sie');
    // German only: no English sentence appended.
    expect(await payment.textContent()).not.toMatch(/\b(Pay|counter|transfer)\b/);
    await expectAccessible(page, '32-pass-offers-redeemed');

    // Counting down to the next window: "1 Sekunde", not "1 Sekunden".
    await page.getByText('Neuer Code in 1 Sekunde', { exact: true }).waitFor();
    // The next window brings a new token, and the page draws it without a reload.
    await expect
      .poll(() => drawnPath(page), { ...UNTIL, interval: 500, message: 'a new QR code' })
      .not.toBe(first);
    const second = await expectPageShowsCurrentToken(page, passNumber);
    expect(second).not.toBe(first);

    // On a phone the QR code still fits the screen.
    await page.setViewportSize({ width: 375, height: 740 });
    const box = await qrOnPage(page).boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    await expectAccessible(page, '33-pass-phone');
    await page.context().close();
  });

  it('an address outside Kaarst waits for staff: no QR code, and offers cannot be redeemed yet', async () => {
    const page = await signUpOnPassPage('Otto Anderswo');
    await apply(page, '40591', 'Königsallee 1');
    await page.getByRole('status').filter({ hasText: 'Das Bürgerbüro entscheidet' }).waitFor();
    await page.getByText('Beantragt – das Bürgerbüro prüft Ihren Antrag').waitFor();
    expect(await qrOnPage(page).count()).toBe(0);
    await page
      .getByRole('button', { name: /^Einlösen: / })
      .first()
      .click();
    await page.getByRole('alert').filter({ hasText: 'Ihr Kaarst-Pass ist nicht gültig' }).waitFor();
    await expectAccessible(page, '34-pass-pending');

    // In English the state is said in English words.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('Applied for – the citizens’ office is checking it').waitFor();
    await page.context().close();
  });
});
