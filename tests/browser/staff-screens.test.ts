/**
 * More of the staff workbench (clients/staff) in Chromium against a real hub (trusted documents
 * enforced as in production): (a) the requests screen's map of located requests (Leaflet, no
 * tiles), choosing a request on the map; (b) the kiosk at the entrance draws a walk-in ticket
 * and the citizen follows it live in the portal ("2 vor Ihnen, etwa … Minuten", then the call),
 * the kiosk account sees nothing else; (c) the day's statistics per service and counter; (d) the
 * week per location and counter; (e) a request taken, an internal note, a due date moved into the
 * past and flagged overdue (the citizen sees no note); (f) home visits on a map, a day's route
 * with its order and times drawn, confirmed to the citizens. Passes, RATS-TV and API keys are in
 * staff-decisions.test.ts. axe-core checks every screen; screenshots go to test-results/portal/staff-*.png.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  WorkbenchCallNextDocument,
  WorkbenchDrawTicketDocument,
  WorkbenchFinishTicketDocument,
  WorkbenchOpenCounterDocument,
  WorkbenchQueueDocument,
  WorkbenchQueueStatisticsDocument,
  WorkbenchStartServingDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/appointments/src/generated/prisma/client.ts';
import { codes, STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff screens');
const OFFICE = 'rathaus-kaarst';
const KIOSK = 'kiosk.rathaus@example.org';

describe.runIf(runBrowserTests)('staff workbench screens in Chromium', { timeout: 180_000 }, () => {
  const suite = useWorkbenchSuite(['requests'], { portal: true });
  const { newPage, signIn } = suite;

  it('(b) the kiosk draws a walk-in ticket, and the citizen follows it live in the portal', async () => {
    const staff = await suite.hub.signIn(STAFF);
    // A counter is open (the estimate counts open counters), and two are already waiting.
    const opened = await suite.hub.execute(
      WorkbenchOpenCounterDocument,
      { locationId: OFFICE, counter: 1 },
      staff,
    );
    expect(opened.errors).toBeUndefined();
    for (const _ of [1, 2]) {
      const drawn = await suite.hub.execute(
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
    const kioskToken = await suite.hub.signIn(KIOSK);
    expect(
      codes(await suite.hub.execute(WorkbenchQueueDocument, { locationId: OFFICE }, kioskToken)),
    ).toEqual(['FORBIDDEN']);

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
    await phone.goto(new URL(`/#/wartemarke/${encodeURIComponent(code)}`, suite.hub.url).toString());
    await phone.getByRole('heading', { level: 1, name: 'Ihre Wartemarke' }).waitFor();
    const state = phone.getByTestId('ticket-state');
    await expect.poll(() => state.textContent(), UNTIL).toBe(estimate);
    expect(await phone.getByRole('heading', { level: 2 }).textContent()).toContain('W-003');
    await expectAccessible(phone, 'staff-24-portal-ticket-waiting');

    // Staff call the next two; the open page follows without reload.
    const call = () =>
      suite.hub.execute(
        WorkbenchCallNextDocument,
        { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
        staff,
      );
    const finish = async (id: string) => {
      expect(
        (await suite.hub.execute(WorkbenchStartServingDocument, { ticketId: id }, staff)).errors,
      ).toBeUndefined();
      expect(
        (await suite.hub.execute(WorkbenchFinishTicketDocument, { ticketId: id }, staff)).errors,
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
    await phone.goto(new URL('/#/wartemarke/GIBTESNICHT', suite.hub.url).toString());
    await phone.getByRole('alert').filter({ hasText: 'Zu diesem Code gibt es keine Wartemarke' }).waitFor();
  });

  it('(c) the day’s statistics: waiting and handling times per service and counter', async () => {
    const staff = await suite.hub.signIn(STAFF);
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
      await suite.hub.execute(
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
    const drawn = await suite.hub.execute(
      WorkbenchDrawTicketDocument,
      { input: { locationId: OFFICE, serviceIds: ['wohnsitz-anmelden'], idempotencyKey: randomUUID() } },
      staff,
    );
    expect(drawn.errors).toBeUndefined();
    const called = await suite.hub.execute(
      WorkbenchCallNextDocument,
      { input: { locationId: OFFICE, counter: 1, idempotencyKey: randomUUID() } },
      staff,
    );
    const ticketId = called.data?.callNextQueueTicket?.id as string;
    expect(
      (await suite.hub.execute(WorkbenchStartServingDocument, { ticketId }, staff)).errors,
    ).toBeUndefined();
    expect(
      (await suite.hub.execute(WorkbenchFinishTicketDocument, { ticketId }, staff)).errors,
    ).toBeUndefined();
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
    const db = suite.hub.subgraph('appointments').db as PrismaClient;
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
});
