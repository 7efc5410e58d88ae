/**
 * The staff workbench (clients/staff) in Chromium against a real hub: the gateway of
 * tests/harness.ts serves its build at /staff/, trusted documents enforced as in production.
 * (a) a Bürgerbüro member signs in, sees the day and checks an appointment in; (b) a walk-in
 * ticket is drawn, called, and reaches the public call-up display pushed over its socket (the 1 s
 * it may take is measured by `pnpm --filter @kaarst/bench bench:callup`), then re-called, parked
 * and resumed; (c) a citizen at /staff/ sees no staff screen and the staff
 * operations are refused (FORBIDDEN); (d) a request arrives live in the department's queue and
 * moves on with a reason and a reply; (e) an admin reads the audit log. axe-core checks every screen; screenshots go to
 * test-results/portal/staff-*.png.
 */
import { randomUUID } from 'node:crypto';
import { MeDocument, MyRequestsDocument, SubmitRequestDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import {
  WorkbenchAuditLogDocument,
  WorkbenchCheckInDocument,
  WorkbenchDayDocument,
  WorkbenchQueueDocument,
  WorkbenchRequestQueueDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import {
  type Browser,
  type BrowserContext,
  browserTestsRun,
  expectAccessible,
  focused,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/appointments/src/generated/prisma/client.ts';
import { ANNA, codes, DEMO_PASSWORD, STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('staff workbench');
const ONE_COUNTER_OFFICE = 'rathaus-buettgen';
const TWO_COUNTER_OFFICE = 'rathaus-kaarst';

describe.runIf(runBrowserTests)('staff workbench in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let staffApp: string;
  let anna: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['requests'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    staffApp = new URL('/staff/', hub.url).toString();
    anna = await hub.signIn(ANNA);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.close();
  });

  async function newPage() {
    const page = await openPage(browser);
    contexts.push(page.context());
    return page;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${staffApp}#/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
  }

  /** An appointment today (begun a moment ago), written as a booking would be: Anna's at Büttgen by default. */
  async function appointmentToday(
    code: string,
    where = { locationId: ONE_COUNTER_OFFICE, counter: 1 },
    who?: string,
  ) {
    const citizenId = who ?? ((await hub.execute(MeDocument, undefined, anna)).data?.me?.id as string);
    const start = new Date(Math.floor(Date.now() / 300_000) * 300_000);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const db = hub.subgraph('appointments').db as PrismaClient;
    return db.appointment.create({
      data: {
        code,
        citizenId,
        ...where,
        start,
        end: at(15),
        idempotencyKey: randomUUID(),
        services: { create: [{ position: 0, serviceId: 'personalausweis' }] },
        units: { create: [0, 5, 10].map((m) => ({ ...where, start: at(m) })) },
        citizenUnits: { create: [0, 5, 10].map((m) => ({ citizenId, start: at(m) })) },
      },
    });
  }

  it('(a) a Bürgerbüro member signs in, sees the day per counter and checks an appointment in', async () => {
    await appointmentToday('STAFF-A1');
    const page = await newPage();
    await page.goto(staffApp);
    await page.getByRole('heading', { level: 1, name: 'Arbeitsplatz der Stadt Kaarst' }).waitFor();
    await expectAccessible(page, 'staff-1-start');
    await signIn(page, STAFF);
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Termine des Tages' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Übersicht',
      'Termine des Tages',
      'Wochenübersicht',
      'Warteschlange',
      'Statistik',
      'Hausbesuche',
      'Wartemarken-Kiosk',
      'Anliegen',
      'Kaarst-Pass',
      'RATS-TV',
      'Stadtanzeigen',
      'Mitmachen',
      'Kita-Vergabe',
    ]);
    await expectAccessible(page, 'staff-2-home');

    await nav.getByRole('link', { name: 'Termine des Tages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termine des Tages' }).waitFor();
    await page.getByLabel('Standort').selectOption(ONE_COUNTER_OFFICE);
    const row = page.getByTestId('appointment-STAFF-A1');
    await row.waitFor();
    await expect.poll(() => row.textContent(), UNTIL).toContain('Anna');
    expect(await row.textContent()).toContain('erwartet');
    await page.getByRole('heading', { level: 2, name: 'Schalter 1' }).waitFor();
    await expectAccessible(page, 'staff-3-day');

    await row.getByRole('button', { name: 'Einchecken STAFF-A1' }).click();
    await page.getByRole('status').filter({ hasText: 'STAFF-A1 ist eingecheckt' }).waitFor();
    await expect.poll(() => row.textContent(), UNTIL).toContain('eingecheckt (Wartemarke T-001)');
    // Checked in: no second check-in, no cancellation by staff from this row.
    expect(await row.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'staff-4-checked-in');

    // Two more at the two-counter town hall: one did not come, one is cancelled with a reason.
    await appointmentToday('STAFF-A2', { locationId: TWO_COUNTER_OFFICE, counter: 1 }, randomUUID());
    await appointmentToday('STAFF-A3', { locationId: TWO_COUNTER_OFFICE, counter: 2 }, randomUUID());
    await page.getByLabel('Standort').selectOption(TWO_COUNTER_OFFICE);
    const absent = page.getByTestId('appointment-STAFF-A2');
    await absent.getByRole('button', { name: 'Nicht erschienen STAFF-A2' }).click();
    await expect.poll(() => absent.textContent(), UNTIL).toContain('nicht erschienen');
    const cancelled = page.getByTestId('appointment-STAFF-A3');
    await cancelled.getByRole('button', { name: 'Absagen STAFF-A3' }).click();
    // A reason is required: the form does not go without one (the subgraph wants 3 to 500 characters).
    await cancelled.getByRole('button', { name: 'Absage bestätigen' }).click();
    expect(
      await cancelled
        .getByLabel('Grund der Absage')
        .evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid),
    ).toBe(false);
    await cancelled.getByLabel('Grund der Absage').fill('Krankheit im Team');
    await expectAccessible(page, 'staff-4b-cancel-reason');
    await cancelled.getByRole('button', { name: 'Absage bestätigen' }).click();
    await expect.poll(() => cancelled.textContent(), UNTIL).toContain('abgesagt: Krankheit im Team');
    await page.getByRole('heading', { level: 2, name: 'Schalter 2' }).waitFor();
  });

  it('(b) a walk-in ticket is drawn and called, and the call-up display is pushed the call (keyboard only)', async () => {
    const display = await newPage();
    // What the display receives over its sockets, and the graph requests it makes itself: the
    // call must arrive as a pushed event, not by the page asking again.
    const pushed: string[] = [];
    display.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => pushed.push(String(payload))),
    );
    const asked: string[] = [];
    display.on('request', (request) => {
      if (request.url().includes('/graphql')) asked.push(request.url());
    });
    await display.goto(`${staffApp}#/anzeige/${TWO_COUNTER_OFFICE}`);
    await display.getByRole('heading', { level: 1, name: /Aufruf · Rathaus Kaarst/ }).waitFor();
    await expectAccessible(display, 'staff-5-display-empty');

    const page = await newPage();
    await signIn(page, STAFF);
    await page.goto(`${staffApp}#/warteschlange`);
    await page.getByRole('heading', { level: 1, name: 'Warteschlange' }).waitFor();
    await page.getByLabel('Standort').selectOption(TWO_COUNTER_OFFICE);
    await page.getByLabel('Ihr Schalter').selectOption('1');
    await page.getByRole('checkbox', { name: 'Personalausweis beantragen' }).check();
    await page.getByRole('button', { name: 'Wartemarke ziehen' }).click();
    await page.getByRole('status').filter({ hasText: 'Wartemarke W-001 ausgegeben' }).waitFor();
    await page.getByTestId('waiting-list').getByText('W-001').waitFor();
    await expectAccessible(page, 'staff-6-queue-waiting');

    // The display is live: wait until its subscription stands (it shows the waiting count), then call.
    await display.getByText('1 wartend').waitFor();
    const called = display.getByTestId('call-W-001');
    const askedBefore = asked.length;
    const pushedBefore = pushed.length;
    // Keyboard only: Tab to the button, Enter presses it.
    const onCallNext = async () => {
      const now = await focused(page);
      return now.tag === 'BUTTON' && now.text === 'Nächste Wartemarke aufrufen';
    };
    for (let tabs = 0; tabs < 60 && !(await onCallNext()); tabs++) await page.keyboard.press('Tab');
    expect(await onCallNext()).toBe(true);
    await page.keyboard.press('Enter');
    await called.waitFor();
    // It came pushed: one of the frames received since the press is the subscription's event
    // naming W-001 at counter 1, and the display sent no graph request of its own meanwhile.
    const pushedCall = () =>
      pushed
        .slice(pushedBefore)
        .map((frame) => JSON.parse(frame) as { type: string; payload?: { data?: unknown } })
        .some((message) => {
          if (message.type !== 'next') return false;
          const data = message.payload?.data as
            | {
                callDisplayChanged?: {
                  newCall?: { label: string; counter: number; callCount: number } | null;
                };
              }
            | undefined;
          const newCall = data?.callDisplayChanged?.newCall;
          return newCall?.label === 'W-001' && newCall.counter === 1 && newCall.callCount === 1;
        });
    await expect.poll(pushedCall, UNTIL).toBe(true);
    expect(asked.slice(askedBefore)).toEqual([]);
    expect(await called.locator('td').allTextContents()).toEqual(['W-001', '1']);
    await expect
      .poll(() => display.getByTestId('call-announcement').textContent(), UNTIL)
      .toBe('Wartemarke W-001 bitte zu Schalter 1.');
    expect(await display.getByTestId('call-announcement').getAttribute('aria-live')).toBe('assertive');
    await expectAccessible(display, 'staff-7-display-called');

    // Re-call, park and resume from the counter.
    const atCounter = page.getByTestId('ticket-at-counter');
    await expect.poll(() => atCounter.textContent(), UNTIL).toContain('W-001 · aufgerufen · 1. Aufruf');
    await page.getByRole('button', { name: 'Erneut aufrufen' }).click();
    await expect
      .poll(() => display.getByTestId('call-announcement').textContent(), UNTIL)
      .toBe('Wartemarke W-001 bitte zu Schalter 1 (erneuter Aufruf).');
    await expect.poll(() => atCounter.textContent(), UNTIL).toContain('2. Aufruf');
    await page.getByRole('button', { name: 'Parken' }).click();
    await page.getByRole('status').filter({ hasText: 'W-001 ist geparkt' }).waitFor();
    await page.getByRole('button', { name: 'Fortsetzen W-001' }).click();
    await page.getByTestId('waiting-list').getByText('W-001').waitFor();
    await expectAccessible(page, 'staff-8-queue-resumed');
  });

  it('(c) a citizen at /staff/ sees no staff screen, and the staff operations are refused', async () => {
    const page = await newPage();
    await signIn(page, ANNA);
    await page.getByTestId('no-access').waitFor();
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Übersicht']);
    // A deep link to a staff screen shows the same refusal, and asks the graph nothing of it.
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await page.goto(`${staffApp}#/warteschlange`);
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByRole('heading', { name: 'Warteschlange' }).count()).toBe(0);
    await expectAccessible(page, 'staff-9-citizen-refused');
    const queueHash = (WorkbenchQueueDocument as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(
      /^sha256:/,
      '',
    ) as string;
    expect(asked.some((body) => body.includes(queueHash))).toBe(false);

    // The graph refuses them too, whatever a page shows: the workbench's own documents.
    const day = await hub.execute(
      WorkbenchDayDocument,
      { locationId: ONE_COUNTER_OFFICE, date: '2026-12-07' },
      anna,
    );
    const queue = await hub.execute(WorkbenchQueueDocument, { locationId: TWO_COUNTER_OFFICE }, anna);
    const checkIn = await hub.execute(WorkbenchCheckInDocument, { appointmentId: randomUUID() }, anna);
    const requests = await hub.execute(WorkbenchRequestQueueDocument, { filter: {} }, anna);
    expect([codes(day), codes(queue), codes(checkIn), codes(requests)]).toEqual([
      ['FORBIDDEN'],
      ['FORBIDDEN'],
      ['FORBIDDEN'],
      ['FORBIDDEN'],
    ]);

    // Other roles see none of these screens either: a partner sees their pass check and offers;
    // the Kita screens only if the family subgraph names a provider it coordinates (it does not
    // run here: tests/browser/family-coordinator.test.ts shows them to the demo coordinator).
    const partner = await newPage();
    await signIn(partner, 'partner@example.org');
    const partnerNav = partner.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await partnerNav.getByRole('link', { name: 'Angebote' }).waitFor();
    expect(await partnerNav.getByRole('link').allTextContents()).toEqual([
      'Übersicht',
      'Pass prüfen',
      'Angebote',
    ]);
  });

  it('(d) a new request arrives live in the department’s queue; staff move it on with a reason and reply', async () => {
    const page = await newPage();
    await signIn(page, STAFF);
    await page.goto(`${staffApp}#/anliegen`);
    await page.getByRole('heading', { level: 1, name: /Anliegen · Fachbereich buergerbuero/ }).waitFor();
    await page
      .getByText(/Keine Anliegen|Nummer/)
      .first()
      .waitFor();

    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: { typeCode: 'frage', description: 'Wo finde ich das Fundbüro?', idempotencyKey: randomUUID() },
      },
      anna,
    );
    const reference = submitted.data?.submitRequest.referenceNumber as string;
    expect(reference).toBeTruthy();
    await page
      .getByRole('status')
      .filter({ hasText: `Neues Anliegen eingegangen: ${reference}` })
      .waitFor();
    const row = page.getByTestId(`request-${reference}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Eingegangen');
    await expectAccessible(page, 'staff-10-requests');

    await row.getByRole('button', { name: reference }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(reference) }).waitFor();
    await page.getByLabel('Neuer Status').selectOption('IN_PROGRESS');
    await page.getByLabel('Grund').fill('Wir kümmern uns.');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await page.getByRole('status').filter({ hasText: 'Status geändert: In Bearbeitung' }).waitFor();
    await expect.poll(() => row.textContent(), UNTIL).toContain('In Bearbeitung');
    await page.getByLabel('Antwort an die Bürgerin oder den Bürger').fill('Im Rathaus Kaarst, Zimmer 12.');
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Antwort an die Bürgerin oder den Bürger gesendet' })
      .waitFor();
    await expectAccessible(page, 'staff-11-request-detail');

    const mine = (await hub.execute(MyRequestsDocument, undefined, anna)).data?.myRequests.find(
      (r) => r.referenceNumber === reference,
    );
    expect(mine?.status).toBe('IN_PROGRESS');
    expect(mine?.history.at(-1)?.reason).toBe('Wir kümmern uns.');
    expect(mine?.messages.map((m) => [m.fromOffice, m.body])).toEqual([
      [true, 'Im Rathaus Kaarst, Zimmer 12.'],
    ]);
  });

  it('(e) an admin reads the audit log with filters; only admins have it', async () => {
    // A Bürgerbüro member reads a day: the subgraph records it.
    const staff = await hub.signIn(STAFF);
    const read = await hub.execute(
      WorkbenchDayDocument,
      { locationId: ONE_COUNTER_OFFICE, date: '2026-12-08' },
      staff,
    );
    expect(read.errors).toBeUndefined();

    const page = await newPage();
    await signIn(page, 'admin@example.org');
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Protokoll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Übersicht',
      'Termine des Tages',
      'Wochenübersicht',
      'Warteschlange',
      'Statistik',
      'Hausbesuche',
      'Wartemarken-Kiosk',
      'Anliegen',
      'Kaarst-Pass',
      'RATS-TV',
      'Stadtanzeigen',
      'Mitmachen',
      'Protokoll',
      'API-Schlüssel',
      'Kita-Vergabe',
    ]);
    const log = page.getByTestId('audit-log');
    await expect
      .poll(() => log.textContent(), UNTIL)
      .toContain('appointments.list: 2026-12-08 to 2026-12-08');
    await expectAccessible(page, 'staff-12-audit');
    await page.getByLabel('Art des Datensatzes').selectOption('ApiKey');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.getByText('Keine Einträge.').waitFor();
    // The graph agrees: the audit log is the admins' alone.
    expect(codes(await hub.execute(WorkbenchAuditLogDocument, { first: 5 }, staff))).toEqual(['FORBIDDEN']);
  });
});
