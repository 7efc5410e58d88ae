/**
 * Kaarst Pass partners in the staff workbench, in Chromium against a real hub (trusted documents
 * enforced): the partner opens "Pass prüfen" once online (the pass key and revocation lists are
 * cached), the network is cut off, and the QR code on the citizen's pass page in the portal is
 * read by the device camera (Chromium's fake camera fed with that very code) and checked:
 * GÜLTIG. The pasted code works the keyboard-only way; a pass suspended meanwhile shows GESPERRT
 * once the lists are refreshed online. The partner's offers and redemptions; other roles see
 * neither screen nor its data. axe-core checks each state; screenshots in test-results/portal/.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ApplyForKaarstPassDocument,
  KaarstPassTokenDocument,
  MeDocument,
  MyOfferRedemptionsDocument,
  RedeemKaarstPassOfferDocument,
  SignUpDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import {
  WorkbenchReactivatePassDocument,
  WorkbenchSuspendPassDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  focused,
  launchChromium,
  openPage,
  type Page,
} from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/pass/src/generated/prisma/client.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { writeBlankVideo, writeQrVideo } from './fake-camera.ts';
import { signInToWorkbench } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff partner');
const PARTNER = 'partner@example.org';

describe.runIf(runBrowserTests)('Kaarst Pass partners in the staff workbench', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  /** A second Chromium whose camera shows whatever the test writes to `cameraFile`. */
  let cameraBrowser: Browser;
  const cameraFile = path.join(mkdtempSync(path.join(tmpdir(), 'kaarst-camera-')), 'camera.y4m');
  let staffApp: string;
  let citizen: { token: string; expiresAt: string; displayName: string; passId: string; number: string };

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    ensurePortalBuilt({ typecheck: true });
    writeBlankVideo(cameraFile);
    [hub, browser, cameraBrowser] = await Promise.all([
      startHub({ subgraphs: ['pass'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
      launchChromium([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${cameraFile}`,
      ]),
    ]);
    staffApp = new URL('/staff/', hub.url).toString();
    const signedUp = await hub.execute(SignUpDocument, {
      input: {
        email: `partner-test.${randomUUID()}@example.org`,
        displayName: 'Paula Passinhaberin',
        password: 'ein-langes-passwort',
      },
    });
    const session = signedUp.data?.signUp;
    if (!session) throw new Error(`sign-up failed: ${JSON.stringify(signedUp.errors)}`);
    const applied = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41564', street: 'Am Neumarkt 2' } },
      session.token,
    );
    const pass = applied.data?.applyForKaarstPass;
    if (pass?.status !== 'ACTIVE') throw new Error(`no active pass: ${JSON.stringify(applied.errors)}`);
    citizen = {
      token: session.token,
      expiresAt: session.expiresAt,
      displayName: session.citizen.displayName,
      passId: pass.id,
      number: pass.number,
    };
  }, 240_000);
  afterAll(async () => {
    await cameraBrowser?.close();
    await browser?.close();
    await hub?.close();
  });

  const signIn = (page: Page, email: string) => signInToWorkbench(page, staffApp, email);

  /** The citizen's pass page in the portal, signed in as they are. */
  async function citizenPassPage(): Promise<Page> {
    const page = await openPage(browser);
    const saved = JSON.stringify({
      token: citizen.token,
      expiresAt: citizen.expiresAt,
      displayName: citizen.displayName,
    });
    await page.addInitScript(`sessionStorage.setItem('kaarst-portal-session', ${JSON.stringify(saved)})`);
    await page.goto(new URL('/#/kaarst-pass', hub.url).toString());
    return page;
  }

  /** The partner's "Pass prüfen", opened online so that it caches the key and lists. */
  async function partnerCounter(): Promise<Page> {
    const page = await openPage(cameraBrowser);
    await signIn(page, PARTNER);
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    // The menu fills in once the account (and, for a partner, the Kita providers it
    // coordinates) is known: wait for it before reading it. The family subgraph does not run
    // here, so the graph names no Kita provider for the partner and the Kita screens stay out
    // (the demo partner's Kita screens: tests/browser/family-coordinator.test.ts).
    await nav.getByRole('link', { name: 'Angebote' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Übersicht', 'Pass prüfen', 'Angebote']);
    await nav.getByRole('link', { name: 'Pass prüfen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pass prüfen' }).waitFor();
    await page
      .getByTestId('verification-data')
      .getByText(/Stand .*\(gerade eben\)/)
      .waitFor();
    return page;
  }

  const verdict = (page: Page) => page.getByTestId('pass-verdict');

  it('verifies the QR code of the citizen’s pass page with the camera, the network cut off', async () => {
    const counter = await partnerCounter();
    await expectAccessible(counter, 'staff-partner-1-pass-check');
    await counter.context().setOffline(true);
    const asked: string[] = [];
    counter.on('request', (request) => void asked.push(request.url()));

    const portal = await citizenPassPage();
    const qr = portal.getByRole('img', { name: new RegExp(`^QR-Code des Kaarst-Passes ${citizen.number}`) });
    await qr.waitFor();
    const d = (await qr.locator('path').getAttribute('d')) as string;
    const viewBox = (await qr.getAttribute('viewBox')) as string;
    writeQrVideo(cameraFile, d, Number(viewBox.split(' ')[2]));

    await counter.getByRole('button', { name: 'Kamera starten' }).click();
    await verdict(counter).getByText('GÜLTIG', { exact: true }).waitFor();
    expect(await verdict(counter).textContent()).toContain(`Passnummer ${citizen.number}`);
    expect(asked.filter((url) => url.endsWith('/graphql'))).toEqual([]);
    await expectAccessible(counter, 'staff-partner-2-pass-valid-offline');
    await counter.getByRole('button', { name: 'Kamera beenden' }).click();
    await portal.context().close();
    await counter.context().close();
  });

  it('checks a pasted code keyboard-only offline, and says GESPERRT once the refreshed lists know', async () => {
    const counter = await partnerCounter();
    await counter.context().setOffline(true);
    const token = (await hub.execute(KaarstPassTokenDocument, {}, citizen.token)).data?.kaarstPassToken
      .token as string;

    // Keyboard only: from the heading to the code field and the button.
    await counter.getByRole('heading', { level: 1, name: 'Pass prüfen' }).focus();
    for (let i = 0; i < 10 && (await focused(counter)).tag !== 'TEXTAREA'; i++)
      await counter.keyboard.press('Tab');
    expect((await focused(counter)).name).toBe('code');
    await counter.keyboard.insertText(token);
    await counter.keyboard.press('Tab');
    expect((await focused(counter)).text).toBe('Prüfen');
    await counter.keyboard.press('Enter');
    await verdict(counter).getByText('GÜLTIG', { exact: true }).waitFor();

    // Someone else's text is no pass.
    await counter.getByLabel(/Code aus dem QR-Code/).fill('https://example.org/kein-pass');
    await counter.getByRole('button', { name: 'Prüfen' }).click();
    await verdict(counter).getByText('UNGÜLTIG', { exact: true }).waitFor();

    // The Bürgerbüro suspends the pass. Offline the counter cannot know yet ...
    const staff = await hub.signIn(STAFF);
    const suspended = await hub.execute(
      WorkbenchSuspendPassDocument,
      { id: citizen.passId, reason: 'Test: Missbrauch gemeldet' },
      staff,
    );
    expect(suspended.data?.suspendKaarstPass.status).toBe('SUSPENDED');
    await counter.getByLabel(/Code aus dem QR-Code/).fill(token);
    await counter.getByRole('button', { name: 'Prüfen' }).click();
    await verdict(counter).getByText('GÜLTIG', { exact: true }).waitFor();
    // ... online again, the refreshed lists carry it.
    await counter.context().setOffline(false);
    await counter.getByRole('button', { name: 'Prüfdaten aktualisieren' }).click();
    await counter.getByTestId('verification-data').getByText('(1 gesperrte Pässe)').waitFor();
    await counter.getByRole('button', { name: 'Prüfen' }).click();
    await verdict(counter).getByText('GESPERRT', { exact: true }).waitFor();
    await expectAccessible(counter, 'staff-partner-3-pass-suspended');
    const reactivated = await hub.execute(
      WorkbenchReactivatePassDocument,
      { id: citizen.passId, reason: 'Test: geklärt' },
      staff,
    );
    expect(reactivated.data?.reactivateKaarstPass.status).toBe('ACTIVE');
    await counter.context().close();
  });

  it('shows the partner their offers and who redeemed them (pass numbers only)', async () => {
    const partner = await hub.signIn(PARTNER);
    const partnerId = (await hub.execute(MeDocument, undefined, partner)).data?.me?.id as string;
    const db = hub.subgraph('pass').db as PrismaClient;
    const offer = await db.offer.create({
      data: {
        title: 'Test: Lesekarte für ein Jahr',
        description: 'Kostenlose Jahreskarte (Testdaten)',
        category: 'LIBRARY',
        priceCents: 0,
        partnerId,
        partnerName: 'Stadtbibliothek Kaarst',
        validFrom: new Date(Date.now() - 86_400_000),
        validUntil: new Date(Date.now() + 30 * 86_400_000),
        quota: 20,
      },
    });
    const redeemed = await hub.execute(
      RedeemKaarstPassOfferDocument,
      { offerId: offer.id, idempotencyKey: randomUUID() },
      citizen.token,
    );
    expect(redeemed.data?.redeemKaarstPassOffer.status).toBe('REDEEMED');

    const page = await openPage(browser);
    await signIn(page, PARTNER);
    await page.getByRole('navigation').getByRole('link', { name: 'Angebote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angebote und Einlösungen' }).waitFor();
    const offers = page.getByTestId('partner-offers');
    await offers.getByText('Test: Lesekarte für ein Jahr').waitFor();
    expect(await offers.textContent()).toContain('19 von 20');
    const redemptions = page.getByTestId('partner-redemptions');
    await redemptions.getByText(citizen.number).waitFor();
    expect(await redemptions.textContent()).not.toContain(citizen.displayName);
    await page.getByLabel('Angebot', { exact: true }).selectOption({ label: 'Test: Lesekarte für ein Jahr' });
    await redemptions.getByText(citizen.number).waitFor();
    await expectAccessible(page, 'staff-partner-4-offers');
    await page.context().close();
  });

  it('shows neither screen nor its data to other roles', async () => {
    const page = await openPage(browser);
    await signIn(page, STAFF);
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Anliegen' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Pass prüfen' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Angebote' }).count()).toBe(0);
    await page.goto(`${staffApp}#/angebote`);
    await page.getByRole('heading', { level: 1, name: 'Arbeitsplatz der Stadt Kaarst' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Angebote und Einlösungen' }).count()).toBe(0);
    await page.context().close();

    const citizenPage = await openPage(browser);
    await signIn(citizenPage, ANNA);
    await citizenPage.goto(`${staffApp}#/pass-pruefen`);
    await citizenPage.getByTestId('no-access').waitFor();
    expect(await citizenPage.getByRole('heading', { name: 'Pass prüfen' }).count()).toBe(0);
    await citizenPage.context().close();

    // The graph refuses a citizen the partner's redemptions, whatever a page shows.
    const anna = await hub.signIn(ANNA);
    expect(codes(await hub.execute(MyOfferRedemptionsDocument, {}, anna))).toEqual(['FORBIDDEN']);
  });
});
