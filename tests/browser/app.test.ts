/**
 * The Kaarst App (clients/app, served at /app/) in Debian's headless Chromium in phone
 * emulation, against a real hub (citizens, appointments, pass; trusted documents enforced):
 *
 * - installable: Chromium's own check (Page.getInstallabilityErrors) finds nothing missing:
 *   manifest with 192/512 icons, a service worker that controls the page;
 * - offline first: with the network cut off a reload still opens the app (the service
 *   worker's shell) and the offers page shows the last list with its age ("Stand: …");
 * - the pass in the pocket: the phone's non-extractable WebCrypto key is certified by the
 *   hub; offline, the app signs a code that the offline verifier (@kaarst/pass-verify,
 *   with what a verifier caches) accepts, and the same code (a screenshot) is refused a
 *   minute later (the verifier's clock is set ahead, no sleeping); revoked from the
 *   portal's pass page (a lost phone), the phone's codes are refused and the app, back
 *   online, says so.
 *
 * axe-core checks each state; screenshots in test-results/portal/ (app-*.png).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ApplyForKaarstPassDocument,
  KaarstPassDeviceVerificationDocument,
  SignUpDocument,
} from '@kaarst/contract';
import { DEVICE_CODE_LIFETIME_SECONDS, type JWK, verifyKaarstPassCode } from '@kaarst/pass-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '../../clients/app/scripts/ensure-build.ts';
import { qrPath } from '../../clients/ui/src/qr-code.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  CHROMIUM,
  expectAccessible,
  FLAGS,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('Kaarst App');
/** A mid-range Android phone (as Playwright's "Pixel 7"). */
const PHONE = {
  viewport: { width: 412, height: 839 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
};

describe.runIf(runBrowserTests)('Kaarst App (PWA) in Chromium, phone emulation', { timeout: 300_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let app: string;

  beforeAll(async () => {
    ensureAppBuilt({ typecheck: true });
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['pass'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    app = new URL('/app/', hub.url).toString();
  }, 480_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** The app on a phone, once its service worker controls the page. */
  async function openApp(hash = '#/'): Promise<Page> {
    const page = await openPage(browser, { ...PHONE, locale: 'de-DE' });
    await page.goto(app + hash);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect
      .poll(
        () => page.evaluate('navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)'),
        {
          ...UNTIL,
          message: 'the service worker controls the page',
        },
      )
      .toBe(true);
    return page;
  }

  /** A new person with an active pass (a Kaarst address), through the graph. */
  async function personWithPass(name: string) {
    const email = `app.${Date.now()}.${name.length}@example.org`;
    const signedUp = await hub.execute(SignUpDocument, {
      input: { email, displayName: name, password: 'ein-langes-passwort' },
    });
    const session = signedUp.data?.signUp;
    if (!session) throw new Error(`sign-up failed: ${JSON.stringify(signedUp.errors)}`);
    const applied = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41564', street: 'Am Neumarkt 2' } },
      session.token,
    );
    expect(applied.data?.applyForKaarstPass.status).toBe('ACTIVE');
    return { email, session, number: applied.data?.applyForKaarstPass.number as string };
  }

  /** What an offline verifier (a driver's app) has cached from the graph. */
  async function verifierCache() {
    const answer = await hub.execute(KaarstPassDeviceVerificationDocument);
    const data = answer.data;
    if (!data) throw new Error(`no verification data: ${JSON.stringify(answer.errors)}`);
    return {
      key: data.kaarstPassVerificationKey as JWK,
      revokedNumbers: data.kaarstPassRevocations,
      revokedDevices: data.kaarstPassRevokedDevices,
    };
  }

  it('is installable (manifest, icons, service worker) and opens offline with the last offers and their age', async () => {
    // Chromium installs nothing from an incognito profile (a new context is one): a profile on disk.
    const profile = mkdtempSync(path.join(tmpdir(), 'kaarst-app-profile-'));
    const installable = await browser.browserType().launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
      ...PHONE,
      locale: 'de-DE',
    });
    try {
      const phone = installable.pages()[0] ?? (await installable.newPage());
      await phone.goto(app);
      await expect
        .poll(
          () =>
            phone.evaluate('navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)'),
          {
            ...UNTIL,
            message: 'the service worker controls the page',
          },
        )
        .toBe(true);
      const cdp = await installable.newCDPSession(phone);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: unknown[];
      };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await installable.close();
      rmSync(profile, { recursive: true, force: true });
    }

    const page = await openApp();
    const manifest = (await (await fetch(new URL('/app/manifest.webmanifest', hub.url))).json()) as {
      lang: string;
      start_url: string;
      display: string;
      icons: Array<{ sizes: string }>;
    };
    expect(manifest).toMatchObject({ lang: 'de', start_url: '/app/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await expectAccessible(page, 'app-01-start');

    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Angebote' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Angebote' }).waitFor();
    const offers = page.locator('.offer-list > li');
    await expect.poll(() => offers.count(), UNTIL).toBeGreaterThan(0);
    const titles = await offers.locator('h2').allTextContents();
    // Filters work on the phone: only free ones, then only one partner's.
    await page.getByLabel('Preis').selectOption('free');
    await expect
      .poll(async () => (await offers.locator('dd').allTextContents()).includes('kostenlos'), UNTIL)
      .toBe(true);
    const freePrices = await offers.locator('.summary dd:nth-of-type(1)').allTextContents();
    expect(freePrices.every((price) => price === 'kostenlos')).toBe(true);
    await page.getByLabel('Preis').selectOption('all');
    // By place: Vorst's offers and those that hold anywhere in town.
    await page.getByLabel('Ort').selectOption('Vorst');
    await expect.poll(() => offers.count(), UNTIL).toBeLessThan(titles.length);
    const places = await offers.locator('.meta').allTextContents();
    expect(places.some((meta) => meta.endsWith('· Vorst'))).toBe(true);
    expect(places.every((meta) => meta.endsWith('· Vorst') || meta.endsWith('· überall in Kaarst'))).toBe(
      true,
    );
    await page.getByLabel('Ort').selectOption('');
    await expectAccessible(page, 'app-02-offers');

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Angebote' }).waitFor();
    await page.getByText('Offline', { exact: true }).waitFor();
    // Its age in words: just now, or a few minutes on a busy machine.
    await page
      .getByText(/^Offline – Stand: \d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2} \((gerade eben|vor \d+ Minuten?)\)$/)
      .waitFor();
    await expect.poll(() => offers.locator('h2').allTextContents(), UNTIL).toEqual(titles);
    await expectAccessible(page, 'app-03-offers-offline');
    await page.context().close();
  });

  it('carries the pass offline: the code verifies, a screenshot a minute later does not, a revoked phone is refused', async () => {
    const person = await personWithPass('Olga Offline');
    const page = await openApp('#/pass');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByLabel('Passwort').fill('ein-langes-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page
      .getByRole('heading', { level: 2, name: `Pass ${person.number} auf diesem Handy speichern` })
      .waitFor();
    await expectAccessible(page, 'app-10-pass-save');
    await page.getByRole('button', { name: 'Auf diesem Handy speichern' }).click();
    await page
      .getByText('Gespeichert: Ihr Pass funktioniert auf diesem Handy jetzt auch ohne Netz.')
      .waitFor();
    const qr = page.getByRole('img', { name: new RegExp(`^QR-Code des Kaarst-Passes ${person.number}`) });
    await qr.waitFor();
    await expectAccessible(page, 'app-11-pass-online');
    const onlineCode = await page.locator('figure.pass-qr').getAttribute('data-code');
    // The verifier's cache, taken while it had network.
    const cache = await verifierCache();

    // No network: the app opens from its service worker and signs a new code on the phone.
    await page.context().setOffline(true);
    await page.reload();
    await qr.waitFor();
    await page.getByText('Offline', { exact: true }).waitFor();
    const code = (await page.locator('figure.pass-qr').getAttribute('data-code')) as string;
    expect(code).toBeTruthy();
    expect(code).not.toBe(onlineCode);
    // The QR code on screen is that code.
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(code).d);
    const options = { revokedNumbers: cache.revokedNumbers, revokedDevices: cache.revokedDevices };
    const accepted = await verifyKaarstPassCode(code, cache.key, options);
    expect(accepted).toMatchObject({ valid: true, passNumber: person.number });
    const deviceId = accepted.deviceId as string;
    await expectAccessible(page, 'app-12-pass-offline');

    // A screenshot of it, shown a minute later: the verifier's clock set ahead, no waiting.
    const aMinuteLater = new Date(Date.now() + (DEVICE_CODE_LIFETIME_SECONDS + 1) * 1000);
    expect(await verifyKaarstPassCode(code, cache.key, { ...options, now: aMinuteLater })).toMatchObject({
      valid: false,
      reason: 'EXPIRED',
    });

    // The phone is lost: revoked from the portal's pass page (signed in on a computer).
    const portal = await openPage(browser);
    await portal.addInitScript(
      `sessionStorage.setItem('kaarst-portal-session', ${JSON.stringify(
        JSON.stringify({
          token: person.session.token,
          expiresAt: person.session.expiresAt,
          displayName: person.session.citizen.displayName,
        }),
      )})`,
    );
    await portal.goto(new URL('/#/kaarst-pass', hub.url).toString());
    const list = portal.getByRole('region', { name: 'Geräte mit Ihrem Pass' });
    await list.getByText('Mein Handy', { exact: true }).waitFor();
    await expectAccessible(portal, 'app-13-portal-devices');
    await list.getByRole('button', { name: 'Mein Handy sperren' }).click();
    await list.getByText('„Mein Handy“ wirklich sperren?').waitFor();
    await list.getByRole('button', { name: 'Mein Handy sperren' }).click();
    await list.getByText('„Mein Handy“ ist gesperrt.').waitFor();
    await list.getByText(/gesperrt am/).waitFor();
    await expectAccessible(portal, 'app-14-portal-device-revoked');
    await portal.context().close();

    // The verifier refreshes its lists: the phone's codes, even fresh ones, are refused.
    const refreshed = await verifierCache();
    expect(refreshed.revokedDevices).toContain(deviceId);
    const fresh = (await page.locator('figure.pass-qr').getAttribute('data-code')) as string;
    expect(
      await verifyKaarstPassCode(fresh, refreshed.key, {
        revokedNumbers: refreshed.revokedNumbers,
        revokedDevices: refreshed.revokedDevices,
      }),
    ).toMatchObject({ valid: false, reason: 'DEVICE_REVOKED', deviceId });

    // Back online, the app learns it and stops showing the pass.
    await page.context().setOffline(false);
    await page.reload();
    await page.getByText('Dieses Handy wurde für Ihren Kaarst-Pass gesperrt.', { exact: false }).waitFor();
    await expect.poll(() => qr.count(), UNTIL).toBe(0);
    await expectAccessible(page, 'app-15-pass-revoked');
    await page.context().close();
  });
});
