/**
 * The web portal in a real browser (Debian's headless Chromium) against a real
 * hub: the gateway of tests/harness.ts serves the built portal at /. A new
 * citizen's path: choose services, a place and a free time, sign in when asked,
 * confirm, get the code and the calendar file, find the appointment in "my
 * appointments" and cancel it. A second browser sees a slot go live. axe-core
 * checks every page; screenshots land in test-results/portal/.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import {
  MeDocument,
  SetCouncilCurrentAgendaItemDocument,
  StartCouncilBroadcastDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  PortalMyRequestsDocument,
  PortalRequestAttachmentLinksDocument,
} from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  browserTestsRun,
  expectAccessible,
  focused,
  launchChromium,
  openPage,
  type Page,
  screenshot,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, issueApiKey, postGraphQL, STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('web portal');

const PHONE = { width: 390, height: 844 };
const SERVICE = 'Personalausweis beantragen';
const ONE_COUNTER_OFFICE = /Rathaus Büttgen/;

// A browser, a hub and several pages per test: more time than the default on a busy CI machine.
describe.runIf(runBrowserTests)('web portal in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    // Trusted documents enforced, as in production: the portal sends only registered document ids.
    [hub, browser] = await Promise.all([
      startHub({
        subgraphs: [
          'council', // the "Rat" pages
          'requests', // the "Anliegen" pages
        ],
        gateway: { trustedDocuments: { enforce: true } },
      }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.close();
  });

  async function newPage(viewport = { width: 1100, height: 900 }, options: BrowserContextOptions = {}) {
    const page = await openPage(browser, { viewport, acceptDownloads: true, ...options });
    contexts.push(page.context());
    return page;
  }

  /** Services, place and day chosen; returns the times offered that day. */
  async function chooseServiceAndPlace(page: Page) {
    await page.goto(new URL('#/termin-buchen', portal).toString());
    await page.getByRole('heading', { level: 1, name: 'Termin buchen' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(SERVICE) }).check();
    await page.getByRole('radio', { name: ONE_COUNTER_OFFICE }).check();
    const times = page.getByRole('group', { name: 'Freie Uhrzeiten' }).getByRole('radio');
    await times.first().waitFor();
    // The second day with free times: today's next slot could pass while the test runs.
    await page.getByLabel('Tag', { exact: true }).selectOption({ index: 1 });
    await times.first().waitFor();
    return times;
  }

  async function signIn(page: Page) {
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
  }

  it('a new citizen books an appointment, gets code and calendar file, finds it and cancels it', async () => {
    const page = await newPage();
    const times = await chooseServiceAndPlace(page);
    await expectAccessible(page, '1-booking-choose');

    const time = (await times.first().getAttribute('value')) as string;
    await times.first().check();
    // Not signed in yet: the page asks for it and keeps the choice.
    await page.getByRole('button', { name: 'Zum Buchen bitte anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await expectAccessible(page, '2-sign-in');
    // A wrong password says so, in words, and keeps the page.
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill('wrong');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Anmeldung fehlgeschlagen' }).waitFor();
    await signIn(page);

    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    const code = (await page.getByTestId('booking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\S{4,}$/);
    await expectAccessible(page, '3-booked');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`UID:${code}@kaarst-hub`);
    expect(ics).toContain(`DTSTART:${new Date(time).toISOString().replace(/[-:]/g, '').replace('.000', '')}`);

    await page.getByRole('link', { name: 'Zu meinen Terminen' }).click();
    const mine = page.getByRole('listitem').filter({ hasText: code });
    await mine.filter({ hasText: 'Gebucht' }).waitFor();
    await expectAccessible(page, '4-my-appointments');

    await mine.getByRole('button', { name: /absagen$/ }).click();
    await mine.getByRole('button', { name: 'Ja, absagen' }).click();
    await mine.filter({ hasText: 'Abgesagt' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'wurde abgesagt' }).waitFor();
    await expectAccessible(page, '5-cancelled');

    // The graph agrees: the appointment is cancelled.
    const token = await hub.signIn(ANNA);
    const me = await hub.execute(MeDocument, {}, token);
    expect(me.data?.me?.appointments.find((a) => a.code === code)?.status).toBe('CANCELLED');
  });

  it('a time booked in another browser disappears live from the first, with a notice', async () => {
    const watcher = await newPage(PHONE);
    const watcherTimes = await chooseServiceAndPlace(watcher);
    const taken = (await watcherTimes.first().getAttribute('value')) as string;
    await watcherTimes.first().check();
    await screenshot(watcher, '6-phone-booking');

    const booker = await newPage();
    await booker.goto(new URL('#/anmelden', portal).toString());
    await signIn(booker);
    await chooseServiceAndPlace(booker);
    await booker.locator(`input[name="slot"][value="${taken}"]`).check();
    await booker.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await booker.getByTestId('booking-code').waitFor();

    // No reload in the watcher: the subscription brings the change.
    await watcher.getByRole('alert').filter({ hasText: 'inzwischen vergeben' }).waitFor();
    await watcher.locator(`input[name="slot"][value="${taken}"]`).waitFor({ state: 'detached' });
    await expectAccessible(watcher, '7-phone-slot-taken-live');
  });

  it('switches to English and back, and can be used by keyboard alone', async () => {
    const page = await newPage(PHONE);
    await page.goto(new URL('#/termin-buchen', portal).toString());
    await page.getByRole('heading', { level: 1, name: 'Termin buchen' }).waitFor();
    // The first Tab reaches the skip link, Enter moves the focus to the page heading.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page)).text, UNTIL).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag, UNTIL).toBe('H1');
    // Tab onward to the first service, Space ticks it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)).name === 'service') break;
    }
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('checkbox', { name: new RegExp(SERVICE) }).isChecked(), UNTIL)
      .toBe(true);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book an appointment' }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expectAccessible(page, '8-phone-english');
    await page.getByRole('button', { name: 'Auf Deutsch wechseln' }).click();
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
  });
  it('a citizen makes a request with a place, and sees the office change its status live', async () => {
    const page = await newPage(PHONE, {
      geolocation: { latitude: 51.22981, longitude: 6.61567 },
      permissions: ['geolocation'],
    });
    await page.goto(new URL('#/anliegen', portal).toString());
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Anliegen' }).waitFor();

    await page.getByLabel('Art des Anliegens').selectOption({ label: 'Straßenschaden melden' });
    await page.getByLabel('Art des Schadens').selectOption({ label: 'Schlagloch' });
    // A report about a public place says what of it will be public.
    await page.getByText('Art, Ort und Stand dieser Meldung sind öffentlich einsehbar').waitFor();
    await page.getByLabel('Beschreibung', { exact: true }).fill('Tiefes Schlagloch vor der Bushaltestelle.');
    await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
    await page.getByText('Standort übernommen: 51.22981, 6.61567').waitFor();
    await page.getByLabel('Adresse oder Ortsbeschreibung').fill('Maubisstraße, Haltestelle Rathaus');
    await expectAccessible(page, '9-phone-new-request');
    await page.getByRole('button', { name: 'Anliegen absenden' }).click();
    const received = page.getByRole('status').filter({ hasText: 'Aktenzeichen' });
    const damage = /Aktenzeichen: (\S+)/.exec((await received.textContent()) ?? '')?.[1] as string;
    expect(damage).toBeTruthy();

    const token = await hub.signIn(ANNA);
    const mine = await hub.execute(PortalMyRequestsDocument, {}, token);
    const stored = mine.data?.myRequests.find((r) => r.referenceNumber === damage);
    expect(stored).toMatchObject({ latitude: 51.22981, longitude: 6.61567, status: 'RECEIVED' });
    // The report is on the map of my requests (no tiles in tests); choosing it there moves to its card.
    const requestsMap = page.getByTestId('requests-map');
    await requestsMap.locator(`path.map-feature-${stored?.id}`).click();
    await page.locator(`#request-${stored?.id}:focus`).waitFor();
    expect(await requestsMap.locator('.leaflet-tile').count()).toBe(0);

    // A question goes to the Bürgerbüro, whose staff take it on: the open page hears it.
    await page.getByLabel('Art des Anliegens').selectOption({ label: 'Frage an die Verwaltung' });
    await page.getByLabel('Beschreibung', { exact: true }).fill('Wann ist das Bürgerbüro samstags geöffnet?');
    expect(await page.getByText('öffentlich einsehbar').count()).toBe(0);
    await page.getByRole('button', { name: 'Anliegen absenden' }).click();
    const question = page.getByRole('listitem').filter({ hasText: 'Frage an die Verwaltung' });
    await question.getByTestId('request-status').filter({ hasText: 'Eingegangen' }).waitFor();
    const questions = await hub.execute(PortalMyRequestsDocument, {}, token);
    const asked = questions.data?.myRequests.find((r) => r.type.code === 'frage');
    expect(asked).toBeDefined();

    // Staff act through an API key here: the test hub runs only registered documents otherwise.
    const staff = await hub.signIn(STAFF);
    const { key } = await issueApiKey(hub, staff, 'browser test');
    const changed = await postGraphQL(
      hub.url,
      {
        query: `mutation ($id: ID!) { changeRequestStatus(requestId: $id, status: IN_PROGRESS, reason: "Wir prüfen das.") { status } }`,
        variables: { id: asked?.id },
      },
      staff,
      { 'x-api-key': key },
    );
    expect(changed.errors).toBeUndefined();
    await question.getByTestId('request-status').filter({ hasText: 'In Bearbeitung' }).waitFor();
    await question.getByText('Wir prüfen das.').waitFor();
    await expectAccessible(page, '10-phone-requests-live');
  });
  it('council: coming meetings and the archive with chapters; RATS-TV goes live in the open page', async () => {
    const page = await newPage();
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Rat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ratsinformationen' }).waitFor();
    const archive = page.getByRole('region', { name: 'Archiv' });
    await archive.getByRole('link').first().waitFor();
    await expectAccessible(page, '11-council');

    // The past council meeting has a recording with a chapter per agenda item.
    await page.goto(new URL('#/rat/rat-vergangen', portal).toString());
    await page.getByRole('heading', { level: 3, name: 'Kapitel der Aufzeichnung' }).waitFor();
    expect(
      await page.getByRole('list').filter({ hasText: '0:00' }).getByRole('button').count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page, '12-council-archive-meeting');

    await page.goto(new URL('#/rat/rat-naechste', portal).toString());
    const status = page.getByTestId('broadcast-status');
    await status.filter({ hasText: 'Übertragung geplant' }).waitFor();
    const staff = await hub.signIn(STAFF);
    expect(
      (await hub.execute(StartCouncilBroadcastDocument, { meetingId: 'rat-naechste' }, staff)).errors,
    ).toBeUndefined();
    await status.filter({ hasText: 'Jetzt live' }).waitFor();
    const item = { meetingId: 'rat-naechste', agendaItemId: 'rat-naechste-2' };
    expect((await hub.execute(SetCouncilCurrentAgendaItemDocument, item, staff)).errors).toBeUndefined();
    await page.getByText('Beschluss über die Haushaltssatzung 2027').first().waitFor();
    await page.getByRole('link', { name: 'Livestream ansehen' }).waitFor();
    await expectAccessible(page, '13-council-live');
  });
  /** A real PNG of one red pixel: signature, IHDR, IDAT and IEND chunks with their CRCs. */
  function onePixelPng(): Buffer {
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1x1, 8 bit, RGB
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  it('a request with a photo lists it with a working download link; a fake image is refused', async () => {
    const page = await newPage();
    await page.goto(new URL('#/anmelden', portal).toString());
    await signIn(page);
    await page.goto(new URL('#/anliegen', portal).toString());
    await page.getByLabel('Art des Anliegens').selectOption({ label: 'Frage an die Verwaltung' });
    await page.getByLabel('Beschreibung', { exact: true }).fill('Ist dieser Baum noch zu retten?');
    const png = onePixelPng();
    await page
      .getByLabel('Foto oder PDF (freiwillig)')
      .setInputFiles({ name: 'baum.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Anliegen absenden' }).click();
    const received = page.getByRole('status').filter({ hasText: 'Ihr Anliegen ist eingegangen' });
    const reference = /Aktenzeichen: (\S+)/.exec((await received.textContent()) ?? '')?.[1] as string;
    const card = page.getByRole('listitem').filter({ hasText: reference });
    const link = card.getByRole('link', { name: /^baum\.png herunterladen \(PNG, 0,1 kB\)$/ });
    await link.waitFor();
    await expectAccessible(page, '14-request-with-photo');
    // The click asks for a fresh link first (the listed one lives five minutes).
    const freshLinks = (PortalRequestAttachmentLinksDocument as { __meta__?: { hash?: string } }).__meta__
      ?.hash;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForRequest((r) => (r.postData() ?? '').includes(freshLinks?.replace('sha256:', '') ?? '-')),
      link.click(),
    ]);
    expect(readFileSync((await download.path()) as string).equals(png)).toBe(true);

    // Text that says it is a PNG: announced fine, refused by the PUT (415) after a look at its bytes.
    await card
      .getByLabel('Foto oder PDF hinzufügen')
      .setInputFiles({ name: 'kein-bild.png', mimeType: 'image/png', buffer: Buffer.from('kein Bild') });
    await card.getByRole('button', { name: 'Hochladen' }).click();
    await card.getByRole('alert').filter({ hasText: 'kein Foto (JPEG, PNG, WebP) und kein PDF' }).waitFor();
    await expectAccessible(page, '15-request-file-refused');
    expect(await card.getByRole('link', { name: /herunterladen/ }).count()).toBe(1);
  });
  it('Meine Daten without the pass subgraph: the copy comes without the pass part and says so', async () => {
    // This hub runs no pass subgraph (nor transit, energy, family, participation): the rest of the copy must still arrive.
    const page = await newPage();
    await page.goto(new URL('#/meine-daten', portal).toString());
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Meine Daten' }).waitFor();
    await page.getByRole('button', { name: 'Datenkopie erstellen' }).click();
    await page.getByText(/^Diese Teile sind gerade nicht erreichbar .*: Kaarst-Pass, /).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Herunterladen: kaarst-meine-daten-/ }).click(),
    ]);
    const copy = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    // Neither pass nor transit, energy, family, participation or notifications run in this hub.
    expect(copy.unavailable).toEqual([
      'pass',
      'transit',
      'energy',
      'family',
      'participation',
      'notifications',
    ]);
    expect(copy).not.toHaveProperty('pass');
    expect(JSON.stringify(copy.citizens)).toContain(ANNA);
    await expectAccessible(page, '19-my-data-without-pass');
  });
});
