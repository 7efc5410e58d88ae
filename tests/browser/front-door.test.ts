/**
 * The portal's front door as a new citizen finds it, in Debian's headless
 * Chromium on a phone (390 × 844) against a real hub with trusted documents
 * enforced: a home page at / that says what the hub offers, a compact header
 * whose links fold behind a "Menü" button (keyboard: Enter opens, Escape
 * closes and returns the focus), the footer's legal pages marked as drafts,
 * and cancelling an appointment with nothing but its booking code. axe-core
 * checks each page; screenshots in test-results/portal/.
 */
import { BookAppointmentDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  PortalAppointmentByCodeDocument,
  PortalCatalogueDocument,
  PortalMobileOfficeStopsDocument,
} from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  focused,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('front door');
const PHONE = { width: 390, height: 844 };

describe.runIf(runBrowserTests)('web portal front door in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;
  const pages: Page[] = [];

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  }, 180_000);
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    await hub?.close();
  });

  async function phonePage(hash = '') {
    const page = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    pages.push(page);
    await page.goto(new URL(hash, portal).toString());
    return page;
  }

  it('/ is a home page listing the offers; on a phone the links sit behind a menu button', async () => {
    const page = await phonePage();
    await page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerportal Kaarst' }).waitFor();
    const offers = page.getByRole('main').getByRole('list', { name: 'Was Sie hier tun können' });
    for (const offer of ['Termin buchen', 'Termin absagen', 'Anliegen', 'Kaarst-Pass', 'Rat'])
      await offers.getByRole('link', { name: offer, exact: true }).waitFor();
    await expectAccessible(page, 'front-1-phone-home');

    // The header is compact: the page links are folded away, not wrapped over five lines.
    const header = await page.locator('header').boundingBox();
    expect(header?.height ?? 999).toBeLessThan(PHONE.height / 5);
    const menu = page.getByRole('button', { name: 'Menü' });
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Bürgerhaushalt' }).isVisible()).toBe(false);

    // Keyboard alone: focus the button, Enter opens, Tab reaches the first link, Escape closes.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded'), UNTIL).toBe('true');
    await nav.getByRole('link', { name: 'Bürgerhaushalt' }).waitFor();
    await expectAccessible(page, 'front-2-phone-menu-open');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Termin buchen');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded'), UNTIL).toBe('false');
    expect((await focused(page)).text).toContain('Menü');

    // Choosing a page in the menu closes it; booking has its own address now.
    await menu.click();
    await nav.getByRole('link', { name: 'Termin buchen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termin buchen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/termin-buchen');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('the footer links Impressum, Datenschutz, Barrierefreiheit (BITV 2.0) and Kontakt, marked as drafts', async () => {
    const page = await phonePage();
    const footer = page.getByRole('navigation', { name: 'Rechtliches und Kontakt' });
    const legal: Array<[string, string, RegExp]> = [
      ['Impressum', 'Impressum', /Am Neumarkt 2/],
      ['Datenschutzerklärung', 'Datenschutzerklärung', /sessionStorage/],
      ['Erklärung zur Barrierefreiheit', 'Erklärung zur Barrierefreiheit', /BITV 2\.0/],
      ['Kontakt', 'Kontakt', /Rathausplatz 23/],
    ];
    for (const [link, title, content] of legal) {
      await footer.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByTestId('draft-notice').filter({ hasText: 'Entwurf' }).waitFor();
      await page.getByRole('main').getByText(content).first().waitFor();
      await expectAccessible(page, `front-3-phone-${link.toLowerCase().replace(/\W+/g, '-')}`);
    }
  });

  it('cancels an appointment with its booking code alone, after a wrong code is refused in words', async () => {
    const token = await hub.signIn(ANNA);
    const booked = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-kaarst',
          start: nextLocal(WEDNESDAY, '11:00'),
          idempotencyKey: `front-door-${Date.now()}`,
        },
      },
      token,
    );
    const code = booked.data?.bookAppointment.code as string;
    expect(code, JSON.stringify(booked.errors)).toBeTruthy();

    // Signed out, from the home page.
    const page = await phonePage();
    await page.getByRole('main').getByRole('link', { name: 'Termin absagen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termin absagen' }).waitFor();
    const field = page.getByLabel('Buchungscode');
    await field.fill('ZZZZ-0000');
    await page.getByRole('button', { name: 'Termin suchen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Zu diesem Code gibt es keinen Termin' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'front-4-phone-cancel-unknown-code');

    await field.fill(code.toLowerCase());
    await field.press('Enter');
    const found = page.getByRole('region', { name: 'Ihr Termin' });
    await found.getByText('Personalausweis beantragen').waitFor();
    await found.getByText('Rathaus Kaarst, Bürgerbüro').waitFor();
    await expect.poll(() => page.getByRole('alert').count(), UNTIL).toBe(0);
    await found.getByRole('button', { name: 'Diesen Termin absagen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Termin wurde abgesagt' }).waitFor();
    await found.getByText('Abgesagt', { exact: true }).waitFor();
    await expectAccessible(page, 'front-5-phone-cancelled-by-code');

    const after = await hub.execute(PortalAppointmentByCodeDocument, { code });
    expect(after.data?.appointmentByCode?.status).toBe('CANCELLED');
  });

  it('booking shows dates with the year, what to bring and what it costs, and where the van stands', async () => {
    const catalogue = (await hub.execute(PortalCatalogueDocument, {})).data;
    const id = catalogue?.appointmentServices.find((s) => s.id === 'personalausweis');
    expect(id?.whatToBring.length).toBeGreaterThan(0);
    const page = await phonePage('#/termin-buchen');
    await page.getByRole('checkbox', { name: /Personalausweis beantragen/ }).check();
    // What to bring and the fee come from the catalogue, in the page's words and number format.
    const info = page.getByTestId('bring-and-cost');
    for (const item of id?.whatToBring ?? []) await info.getByText(item, { exact: true }).waitFor();
    const fee = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(
      (id?.feeCents ?? 0) / 100,
    );
    expect(await info.textContent()).toContain(fee);

    // The general mobile office: each of its first two days says where the van stands, or that
    // this is not entered yet, as the graph's stops for that date and time have it.
    await page.getByRole('radio', { name: /^Mobiles Bürgerbüro Wechselnde/ }).check();
    const times = page.getByRole('group', { name: 'Freie Uhrzeiten' }).getByRole('radio');
    await times.first().waitFor();
    const stops = (await hub.execute(PortalMobileOfficeStopsDocument, {})).data?.mobileOfficeStops ?? [];
    const options = await page.getByLabel('Tag', { exact: true }).locator('option').count();
    const seen = new Set<boolean>();
    for (let index = 0; index < Math.min(2, options); index++) {
      await page.getByLabel('Tag', { exact: true }).selectOption({ index });
      const start = (await times.first().getAttribute('value')) as string;
      await times.first().check();
      const local = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Berlin',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(start)); // "2026-12-08 09:00"
      const [date, time] = local.split(' ');
      // The day's name carries its year.
      const option = await page.getByLabel('Tag', { exact: true }).locator('option').nth(index).textContent();
      expect(option).toContain(date?.slice(0, 4));
      const stop = stops.find((s) => s.date === date && s.opens <= (time ?? '') && (time ?? '') < s.closes);
      seen.add(!!stop);
      if (stop) await page.getByTestId('van-place').filter({ hasText: stop.location.address }).waitFor();
      else await page.getByText('Wo der Wagen an diesem Tag steht, ist noch nicht eingetragen').waitFor();
    }
    await expectAccessible(page, 'front-6-phone-booking-van-bring-cost');
    // The summary's time has the year too.
    const summary = page.getByRole('region', { name: '4. Bestätigen' });
    expect(await summary.textContent()).toMatch(/\b20\d\d\b/);
  });
});
