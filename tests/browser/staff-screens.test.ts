/**
 * More of the staff workbench (clients/staff) in Chromium against a real hub (trusted documents
 * enforced as in production): (a) the requests screen's map of located requests (Leaflet, no
 * tiles), choosing a request on the map; (b) the kiosk at the entrance draws a walk-in ticket
 * and the citizen follows it live in the portal ("2 vor Ihnen, etwa … Minuten", then the call),
 * the kiosk account sees nothing else; (c) the day's statistics per service and counter; (d) the
 * week per location and counter; (e) a request taken, an internal note, a due date moved into the
 * past and flagged overdue (the citizen sees no note); (f) home visits on a map, a day's route
 * with its order and times drawn, confirmed to the citizens; (g) a Kaarst Pass application from
 * outside Kaarst approved, suspended and reactivated with reasons the holder sees; (h) RATS-TV:
 * a coming meeting's broadcast planned, live, an agenda item set, ended; (i) an admin revokes a
 * citizen's API key, which the hub then refuses. axe-core checks every screen; screenshots go to
 * test-results/portal/staff-*.png.
 */
import { randomUUID } from 'node:crypto';
import {
  ApplyForKaarstPassDocument,
  CouncilMeetingDocument,
  MyKaarstPassDocument,
  MyRequestsDocument,
  SignUpDocument,
  SubmitRequestDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import {
  WorkbenchApiKeysDocument,
  WorkbenchCallNextDocument,
  WorkbenchDrawTicketDocument,
  WorkbenchFinishTicketDocument,
  WorkbenchOpenCounterDocument,
  WorkbenchPendingPassesDocument,
  WorkbenchQueueDocument,
  WorkbenchQueueStatisticsDocument,
  WorkbenchStartServingDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  type BrowserContext,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  UNTIL,
} from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/appointments/src/generated/prisma/client.ts';
import {
  ANNA,
  codes,
  DEMO_PASSWORD,
  issueApiKey,
  postGraphQL,
  STAFF,
  startHub,
  type TestHub,
} from '../harness.ts';

const runBrowserTests = browserTestsRun('staff screens');
const OFFICE = 'rathaus-kaarst';
const KIOSK = 'kiosk.rathaus@example.org';

describe.runIf(runBrowserTests)('staff workbench screens in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let staffApp: string;
  let anna: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({
        subgraphs: ['requests', 'pass', 'council'],
        gateway: { trustedDocuments: { enforce: true } },
      }),
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

  async function submitQuestion(description: string, place?: { latitude: number; longitude: number }) {
    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: {
          typeCode: 'frage',
          description,
          idempotencyKey: randomUUID(),
          ...(place ? { ...place, address: 'Am Rathaus 1, 41564 Kaarst' } : {}),
        },
      },
      anna,
    );
    expect(submitted.errors).toBeUndefined();
    return submitted.data?.submitRequest as { id: string; referenceNumber: string };
  }

  it('(a) located requests are drawn on the requests map; one chosen there opens', async () => {
    const located = await submitQuestion('Die Bank vor dem Rathaus ist kaputt.', {
      latitude: 51.2277,
      longitude: 6.6176,
    });
    const elsewhere = await submitQuestion('Die Bank am Bahnhof wackelt.', {
      latitude: 51.2365,
      longitude: 6.6402,
    });
    const nowhere = await submitQuestion('Wann ist das Bürgerbüro geöffnet?');

    const page = await newPage();
    await signIn(page, STAFF);
    await page.goto(`${staffApp}#/anliegen`);
    await page.getByRole('heading', { level: 1, name: /Anliegen · Fachbereich buergerbuero/ }).waitFor();
    await page.getByTestId(`request-${nowhere.referenceNumber}`).waitFor();
    const map = page.getByRole('region', { name: 'Karte der Anliegen mit Ort' });
    await map.waitFor();
    // Two of the three have a place: two markers, no tiles asked for (no tile URL configured).
    const marker = (id: string) => map.locator(`path.map-feature-${id}`);
    await marker(located.id).waitFor();
    await marker(elsewhere.id).waitFor();
    expect(await map.locator(`.map-feature-${nowhere.id}`).count()).toBe(0);
    expect(await map.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.getByTestId('request-map-note').textContent()).toMatch(/^2 von 3 Anliegen mit Ort/);
    // fitBounds put both in view: each marker lies inside the map's box.
    const box = await map.boundingBox();
    for (const id of [located.id, elsewhere.id]) {
      const at = await marker(id).boundingBox();
      expect(at && box && at.x >= box.x && at.x + at.width <= box.x + box.width).toBe(true);
      expect(at && box && at.y >= box.y && at.y + at.height <= box.y + box.height).toBe(true);
    }
    await expectAccessible(page, 'staff-20-request-map');

    // Chosen on the map, the request opens (as from its row), and its marker is highlighted.
    await marker(elsewhere.id).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(elsewhere.referenceNumber) }).waitFor();
    await expect.poll(() => marker(elsewhere.id).getAttribute('class'), UNTIL).toContain('map-selected');
    // The tooltip is text: the reference number and the address.
    await marker(elsewhere.id).hover();
    await expect
      .poll(() => page.locator('.leaflet-tooltip').textContent(), UNTIL)
      .toContain(`${elsewhere.referenceNumber}: Frage an die Verwaltung`);
    await expectAccessible(page, 'staff-21-request-map-chosen');
  });

  it('(b) the kiosk draws a walk-in ticket, and the citizen follows it live in the portal', async () => {
    const staff = await hub.signIn(STAFF);
    // A counter is open (the estimate counts open counters), and two are already waiting.
    const opened = await hub.execute(WorkbenchOpenCounterDocument, { locationId: OFFICE, counter: 1 }, staff);
    expect(opened.errors).toBeUndefined();
    for (const _ of [1, 2]) {
      const drawn = await hub.execute(
        WorkbenchDrawTicketDocument,
        { input: { locationId: OFFICE, serviceIds: ['wohnsitz-anmelden'], idempotencyKey: randomUUID() } },
        staff,
      );
      expect(drawn.errors).toBeUndefined();
    }

    const kiosk = await newPage();
    await signIn(kiosk, KIOSK);
    const nav = kiosk.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Wartemarken-Kiosk' }).waitFor();
    // The kiosk account has the kiosk and nothing else, and the graph agrees.
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Übersicht', 'Wartemarken-Kiosk']);
    const kioskToken = await hub.signIn(KIOSK);
    expect(codes(await hub.execute(WorkbenchQueueDocument, { locationId: OFFICE }, kioskToken))).toEqual([
      'FORBIDDEN',
    ]);

    await nav.getByRole('link', { name: 'Wartemarken-Kiosk' }).click();
    await kiosk.getByRole('heading', { level: 1, name: 'Wartemarke ziehen · Rathaus Kaarst' }).waitFor();
    await expect
      .poll(() => kiosk.getByTestId('kiosk-wait').textContent(), UNTIL)
      .toMatch(/warten 2 Personen/);
    await expectAccessible(kiosk, 'staff-22-kiosk');
    // Keyboard only: the service's checkbox with Space, the button with Enter.
    await kiosk.getByRole('checkbox', { name: 'Personalausweis beantragen' }).focus();
    await kiosk.keyboard.press('Space');
    await kiosk.getByRole('button', { name: 'Wartemarke ziehen' }).focus();
    await kiosk.keyboard.press('Enter');
    await kiosk.getByTestId('kiosk-ticket').waitFor();
    expect(await kiosk.getByTestId('kiosk-label').textContent()).toBe('W-003');
    const estimate = (await kiosk.getByTestId('kiosk-estimate').textContent()) ?? '';
    expect(estimate).toMatch(/^2 vor Ihnen, etwa \d+ Minuten$/);
    const code = (await kiosk.getByTestId('kiosk-code').textContent()) ?? '';
    expect(code.length).toBeGreaterThan(3);
    await expectAccessible(kiosk, 'staff-23-kiosk-ticket');
    // Printed, only the ticket shows.
    await kiosk.emulateMedia({ media: 'print' });
    expect(await kiosk.locator('.site-header').isVisible()).toBe(false);
    expect(await kiosk.getByTestId('kiosk-label').isVisible()).toBe(true);
    await kiosk.emulateMedia({ media: 'screen' });

    // The citizen opens the link printed on the ticket in the portal.
    const phone = await newPage();
    await phone.goto(new URL(`/#/wartemarke/${encodeURIComponent(code)}`, hub.url).toString());
    await phone.getByRole('heading', { level: 1, name: 'Ihre Wartemarke' }).waitFor();
    const state = phone.getByTestId('ticket-state');
    await expect.poll(() => state.textContent(), UNTIL).toBe(estimate);
    expect(await phone.getByRole('heading', { level: 2 }).textContent()).toContain('W-003');
    await expectAccessible(phone, 'staff-24-portal-ticket-waiting');

    // Staff call the next two; the open page follows without reload.
    const call = () =>
      hub.execute(
        WorkbenchCallNextDocument,
        { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
        staff,
      );
    const finish = async (id: string) => {
      expect(
        (await hub.execute(WorkbenchStartServingDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect(
        (await hub.execute(WorkbenchFinishTicketDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
    };
    const first = (await call()).data?.callNextQueueTicket;
    expect(first?.label).toBe('W-001');
    await expect.poll(() => state.textContent(), UNTIL).toMatch(/^1 Person vor Ihnen, etwa \d+ Minuten?$/);
    await finish(first?.id as string);
    const second = (await call()).data?.callNextQueueTicket;
    await finish(second?.id as string);
    await expect.poll(() => state.textContent(), UNTIL).toMatch(/^Sie sind als Nächstes dran/);
    const third = (await call()).data?.callNextQueueTicket;
    expect(third?.label).toBe('W-003');
    await expect.poll(() => state.textContent(), UNTIL).toBe('Sie sind aufgerufen: bitte zu Schalter 1.');
    expect(await state.getAttribute('aria-live')).toBe('assertive');
    await expectAccessible(phone, 'staff-25-portal-ticket-called');
    await finish(third?.id as string);
    await expect.poll(() => state.textContent(), UNTIL).toBe('Erledigt. Vielen Dank für Ihren Besuch.');

    // A code that does not exist says so.
    await phone.goto(new URL('/#/wartemarke/GIBTESNICHT', hub.url).toString());
    await phone.getByRole('alert').filter({ hasText: 'Zu diesem Code gibt es keine Wartemarke' }).waitFor();
  });

  it('(c) the day’s statistics: waiting and handling times per service and counter', async () => {
    const staff = await hub.signIn(STAFF);
    const page = await newPage();
    await signIn(page, STAFF);
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page.getByLabel('Standort').selectOption(OFFICE);
    const summary = page.getByTestId('stats-summary');
    // The three tickets of (b), served at counter 1.
    await expect
      .poll(() => summary.textContent(), UNTIL)
      .toMatch(/^3 Wartemarken \(3 ohne Termin, 0 mit Termin\): 3 bedient/);
    const graph = (
      await hub.execute(
        WorkbenchQueueStatisticsDocument,
        {
          locationId: OFFICE,
          date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
        },
        staff,
      )
    ).data?.queueStatistics;
    expect(graph?.served).toBe(3);
    const perService = page.getByTestId('stats-by-service');
    expect(await perService.getByRole('rowheader').allTextContents()).toEqual(
      graph?.byService.map((row) => row.service.name),
    );
    const counterRow = page.getByTestId('stats-counter-1');
    expect(await counterRow.locator('td').first().textContent()).toBe('3');
    // Today also shows what the estimate expects now. Two handled tickets of a service are too
    // few (fewer than 3): the catalogue's duration counts. A third one handled, the live median does.
    const handling = page.getByTestId('handling-wohnsitz-anmelden');
    await expect.poll(() => handling.textContent(), UNTIL).toContain('15 minKatalog');
    const drawn = await hub.execute(
      WorkbenchDrawTicketDocument,
      { input: { locationId: OFFICE, serviceIds: ['wohnsitz-anmelden'], idempotencyKey: randomUUID() } },
      staff,
    );
    expect(drawn.errors).toBeUndefined();
    const called = await hub.execute(
      WorkbenchCallNextDocument,
      { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
      staff,
    );
    const ticketId = called.data?.callNextQueueTicket?.id as string;
    expect((await hub.execute(WorkbenchStartServingDocument, { ticketId }, staff)).errors).toBeUndefined();
    expect((await hub.execute(WorkbenchFinishTicketDocument, { ticketId }, staff)).errors).toBeUndefined();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await expect.poll(() => summary.textContent(), UNTIL).toMatch(/^4 Wartemarken/);
    await expect.poll(() => handling.textContent(), UNTIL).toContain('3 bediente Wartemarken');
    expect(await handling.textContent()).not.toContain('15 min');
    await expectAccessible(page, 'staff-26-statistics');

    // An earlier day with nothing: said in words.
    await page.getByLabel('Tag').fill('2026-01-05');
    await page.getByLabel('Tag').dispatchEvent('change');
    await expect.poll(() => summary.textContent(), UNTIL).toMatch(/^0 Wartemarken/);
    await page.getByText('An diesem Tag keine Wartemarken.').waitFor();
  });

  /** A booked appointment written as a booking would be, at a local date and time in Kaarst (winter: UTC+1). */
  async function appointmentAt(code: string, date: string, time: string, counter: number) {
    const start = new Date(`${date}T${time}:00+01:00`);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const citizenId = randomUUID();
    const where = { locationId: OFFICE, counter };
    const db = hub.subgraph('appointments').db as PrismaClient;
    await db.appointment.create({
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

  it('(d) the week per location and counter', async () => {
    // Next week's Monday and Wednesday (local dates), one appointment at each counter.
    const today = new Date(
      `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date())}T12:00:00Z`,
    );
    const monday = new Date(today);
    monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7) + 7);
    const day = (offset: number) => {
      const d = new Date(monday);
      d.setUTCDate(monday.getUTCDate() + offset);
      return d.toISOString().slice(0, 10);
    };
    await appointmentAt('WEEK-MO1', day(0), '09:00', 1);
    await appointmentAt('WEEK-MI2', day(2), '10:30', 2);

    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'Wochenübersicht' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Wochenübersicht' }).waitFor();
    await page.getByLabel('Standort').selectOption(OFFICE);
    await page.getByRole('button', { name: 'Nächste Woche' }).click();
    const grid = page.getByTestId('week-grid');
    await expect
      .poll(() => page.getByTestId(`week-${day(0)}-1`).textContent(), UNTIL)
      .toBe('09:00 WEEK-MO1 (gebucht)');
    expect(await page.getByTestId(`week-${day(2)}-2`).textContent()).toBe('10:30 WEEK-MI2 (gebucht)');
    expect(await page.getByTestId(`week-${day(0)}-2`).textContent()).toBe('–');
    expect(await grid.getByRole('columnheader').count()).toBe(8);
    expect(await grid.getByRole('rowheader').allTextContents()).toEqual(['Schalter 1', 'Schalter 2']);
    expect(await page.getByTestId('week-summary').textContent()).toContain('2 gebuchte Termine');
    await expectAccessible(page, 'staff-27-week');
    // Back to this week: not there.
    await page.getByRole('button', { name: 'Vorige Woche' }).click();
    await expect.poll(() => grid.textContent(), UNTIL).not.toContain('WEEK-MO1');
  });

  it('(e) a request is taken, noted internally, and flagged overdue once its due date has passed', async () => {
    const request = await submitQuestion('Brauche ich für die Ummeldung einen Termin?');
    const page = await newPage();
    await signIn(page, STAFF);
    await page.goto(`${staffApp}#/anliegen`);
    const row = page.getByTestId(`request-${request.referenceNumber}`);
    await row.getByRole('button', { name: request.referenceNumber }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(request.referenceNumber) }).waitFor();

    await page.getByTestId('request-assignee').getByRole('button', { name: 'Übernehmen' }).click();
    await expect
      .poll(() => page.getByTestId('request-assignee').textContent(), UNTIL)
      .toBe('Ihnen zugewiesen.');

    await page
      .getByLabel('Interne Notiz (nur für Mitarbeitende)')
      .fill('Rückruf vereinbart, Termin nicht nötig.');
    await page.getByRole('button', { name: 'Notiz speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Interne Notiz gespeichert' }).waitFor();
    await page.getByText('interne Notiz: Rückruf vereinbart, Termin nicht nötig.').waitFor();

    // Due yesterday: overdue in the detail and the list, and the "overdue only" filter finds it.
    const yesterday = new Date(Date.now() - 86_400_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${yesterday.getFullYear()}-${two(yesterday.getMonth() + 1)}-${two(yesterday.getDate())}T${two(yesterday.getHours())}:${two(yesterday.getMinutes())}`;
    await page.getByLabel('Fällig am').fill(local);
    await page.getByRole('button', { name: 'Frist ändern' }).click();
    await page.getByRole('status').filter({ hasText: '(überfällig)' }).waitFor();
    await expect.poll(() => row.textContent(), UNTIL).toContain('überfällig');
    await expectAccessible(page, 'staff-28-request-note-due');
    await page.getByLabel('Nur überfällige').check();
    await expect.poll(() => page.getByTestId('request-queue').locator('tbody tr').count(), UNTIL).toBe(1);
    await row.waitFor();
    await page.getByLabel('Nur überfällige').uncheck();
    await page.getByLabel('Nur mir zugewiesene').check();
    await expect.poll(() => page.getByTestId('request-queue').locator('tbody tr').count(), UNTIL).toBe(1);

    // The citizen sees the new due date's effect nowhere private: no internal note in their messages.
    const mine = (await hub.execute(MyRequestsDocument, undefined, anna)).data?.myRequests.find(
      (r) => r.referenceNumber === request.referenceNumber,
    );
    expect(mine?.messages).toEqual([]);
  });

  it('(f) home visits: open visits on the map, a day planned with its route drawn, windows confirmed', async () => {
    const homes = [
      { latitude: 51.2301, longitude: 6.6052, address: 'Maubisstraße 10, 41564 Kaarst' },
      { latitude: 51.2182, longitude: 6.6341, address: 'Büttgener Straße 5, 41564 Kaarst' },
      { latitude: 51.2405, longitude: 6.6288, address: 'Holzbüttgener Weg 3, 41564 Kaarst' },
    ];
    const visits: Array<{ id: string; referenceNumber: string }> = [];
    for (const home of homes) {
      const submitted = await hub.execute(
        SubmitRequestDocument,
        {
          input: {
            typeCode: 'hausbesuch',
            description: 'Ich kann nicht ins Rathaus kommen.',
            answers: [
              { field: 'anlass', value: 'alter' },
              { field: 'leistungen', value: 'personalausweis' },
            ],
            idempotencyKey: randomUUID(),
            ...home,
          },
        },
        anna,
      );
      expect(submitted.errors).toBeUndefined();
      visits.push(submitted.data?.submitRequest as { id: string; referenceNumber: string });
    }

    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'Hausbesuche' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hausbesuche' }).waitFor();
    const map = page.getByRole('region', { name: 'Karte der offenen Hausbesuche' });
    for (const visit of visits) await map.locator(`path.map-feature-${visit.id}`).waitFor();
    await expectAccessible(page, 'staff-29-home-visits');

    // Two chosen in the list (keyboard: Space on the checkbox), one on the map.
    const list = page.getByTestId('visit-list');
    for (const visit of visits.slice(0, 2)) {
      await list.getByRole('checkbox', { name: new RegExp(visit.referenceNumber) }).focus();
      await page.keyboard.press('Space');
    }
    await map.locator(`path.map-feature-${visits[2]?.id}`).click();
    await expect.poll(() => list.getByRole('checkbox', { checked: true }).count(), UNTIL).toBe(3);
    await page.getByRole('button', { name: 'Route berechnen' }).click();
    await page.getByRole('status').filter({ hasText: 'Route berechnet: 3 Besuche.' }).waitFor();

    // The route: numbered stops 1..3 on the map, a line from the town hall and back, and the table in the same order.
    const routeMap = page.getByRole('region', { name: 'Karte der Route des Tages' });
    await routeMap.waitFor();
    expect(await routeMap.locator('.map-order').allTextContents()).toEqual(['1', '2', '3']);
    expect(await routeMap.locator('path.map-route').count()).toBe(1);
    const rows = page.getByTestId('route-table').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const times: string[] = [];
    for (let i = 0; i < 3; i++) times.push((await rows.nth(i).locator('td').nth(4).textContent()) ?? '');
    expect([...times].sort()).toEqual(times);
    expect(times[0] && times[0] > '09:00').toBe(true);
    await expectAccessible(page, 'staff-30-home-visit-route');

    await page.getByRole('button', { name: 'Tag bestätigen und Zeitfenster mitteilen' }).click();
    await page.getByRole('status').filter({ hasText: 'Tag bestätigt: 3 Bürgerinnen und Bürger' }).waitFor();
    await page.getByTestId('route-confirmed').waitFor();

    // The citizen has the window of the first stop on their request.
    const first = (await rows.nth(0).locator('td').nth(1).textContent()) ?? '';
    const window = (await rows.nth(0).locator('td').nth(5).textContent()) ?? '';
    const mine = (await hub.execute(MyRequestsDocument, undefined, anna)).data?.myRequests.find(
      (r) => r.referenceNumber === first,
    );
    expect(mine?.status).toBe('IN_PROGRESS');
    expect(mine?.messages.at(-1)?.body).toContain(window.split('–')[0] as string);
  });

  it('(g) a Kaarst Pass application is approved, then suspended and reactivated, each with a reason', async () => {
    const signedUp = await hub.execute(SignUpDocument, {
      input: {
        email: `otto.${Date.now()}@example.org`,
        displayName: 'Otto Anderswo',
        password: 'ein-langes-passwort',
      },
    });
    const otto = signedUp.data?.signUp.token as string;
    expect(otto).toBeTruthy();
    const applied = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41460', street: 'Neusser Straße 1' } },
      otto,
    );
    const number = applied.data?.applyForKaarstPass.number as string;
    expect(applied.data?.applyForKaarstPass.status).toBe('PENDING');

    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'Kaarst-Pass' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kaarst-Pass' }).waitFor();
    const row = page.getByTestId(`pass-${number}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Neusser Straße 1, 41460');
    await expectAccessible(page, 'staff-31-pass-pending');

    const step = async (action: string, reason: string, done: string) => {
      await row.getByLabel(`Entscheidung zu ${number}`).selectOption({ label: action });
      await row.getByLabel(`Grund zu ${number}`).fill(reason);
      await row.getByRole('button', { name: `Ausführen ${number}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${number} ist ${done}.` })
        .waitFor();
    };
    await step('Genehmigen (ein Jahr gültig)', 'Wohnsitz in Kaarst nachgewiesen', 'genehmigt');
    await expect.poll(() => row.textContent(), UNTIL).toContain('gültig (Wohnsitz in Kaarst nachgewiesen)');
    await step('Sperren', 'Karte als verloren gemeldet', 'gesperrt');
    expect((await hub.execute(MyKaarstPassDocument, undefined, otto)).data?.myKaarstPass).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Karte als verloren gemeldet',
    });
    await step('Wieder freigeben', 'Karte wiedergefunden', 'wieder freigegeben');
    await expect.poll(() => row.textContent(), UNTIL).toContain('gültig (Karte wiedergefunden)');
    await expectAccessible(page, 'staff-32-pass-decided');
    expect((await hub.execute(MyKaarstPassDocument, undefined, otto)).data?.myKaarstPass?.status).toBe(
      'ACTIVE',
    );

    // Only staff decide: the applicant's own token is refused.
    expect(codes(await hub.execute(WorkbenchPendingPassesDocument, undefined, otto))).toEqual(['FORBIDDEN']);
  });

  it('(h) RATS-TV: a coming meeting is scheduled, goes live, an agenda item is set, and it ends', async () => {
    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'RATS-TV' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'RATS-TV' }).waitFor();
    const meetingSelect = page.getByLabel('Sitzung');
    await meetingSelect.waitFor();
    const meetingId = await meetingSelect.inputValue();
    const state = page.getByTestId('broadcast-state');
    await expect.poll(() => state.textContent(), UNTIL).toBe('nicht geplant');
    await expectAccessible(page, 'staff-33-rats-tv');

    await page
      .getByLabel('Adresse des Streams (HLS, .m3u8)')
      .fill('https://ratstv.example.org/live/index.m3u8');
    await page.getByRole('button', { name: 'Übertragung planen' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('geplant');
    await page.getByRole('button', { name: 'Live schalten' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('live');
    const items = page.getByLabel('Tagesordnungspunkt jetzt');
    const second = await items.locator('option').nth(1);
    await items.selectOption((await second.getAttribute('value')) as string);
    await page.getByRole('button', { name: 'Punkt setzen' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toMatch(/^live · jetzt TOP /);
    await expectAccessible(page, 'staff-34-rats-tv-live');

    // The public graph (the portal's meeting page) sees it live.
    const seen = await hub.execute(CouncilMeetingDocument, { id: meetingId });
    expect(seen.data?.councilMeeting?.broadcast?.status).toBe('LIVE');
    await page.getByRole('button', { name: 'Übertragung beenden' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('beendet');
    expect(
      (await hub.execute(CouncilMeetingDocument, { id: meetingId })).data?.councilMeeting?.broadcast?.status,
    ).toBe('ENDED');
  });

  it('(i) an admin revokes a citizen’s API key; the hub refuses it from then on', async () => {
    const issued = await issueApiKey(hub, anna, 'Annas Abfahrtsanzeige');
    const hint = issued.key.slice(-6);
    const withKey = () =>
      postGraphQL(hub.url, { query: '{ officeLocations { id } }' }, undefined, {
        'x-api-key': issued.key,
      });
    expect(codes(await withKey())).not.toContain('INVALID_API_KEY');
    const page = await newPage();
    await signIn(page, 'admin@example.org');
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'API-Schlüssel' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'API-Schlüssel' }).waitFor();
    const row = page.getByTestId('key-list').locator('tr', { hasText: 'Annas Abfahrtsanzeige' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Anna');
    expect(await row.textContent()).toContain(`…${hint}`);
    await expectAccessible(page, 'staff-35-api-keys');
    await row.getByRole('button', { name: 'Widerrufen Annas Abfahrtsanzeige' }).click();
    await row.getByRole('button', { name: 'Wirklich widerrufen Annas Abfahrtsanzeige' }).click();
    await page.getByRole('status').filter({ hasText: 'ist widerrufen' }).waitFor();
    await expect.poll(() => row.count(), UNTIL).toBe(0);
    await page.getByLabel('Auch widerrufene zeigen').check();
    await expect.poll(() => row.textContent(), UNTIL).toContain('widerrufen');

    // The key no longer opens the graph (gateways learn of revocations within seconds): the
    // gateway now answers INVALID_API_KEY, which it did not before.
    await expect.poll(async () => codes(await withKey()), UNTIL).toEqual(['INVALID_API_KEY']);
    // Bürgerbüro staff have no such screen, and the graph keeps the list to staff and admins.
    expect(codes(await hub.execute(WorkbenchApiKeysDocument, { includeRevoked: true }, anna))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
