/**
 * The mobile office's stops on the Bürgerbüro's day screen, in Chromium against a real hub:
 * a staff member plans where the van stands on a day, sees it in the list, is refused an
 * overlapping time there, and opens that day's appointments of the stop. Citizens cannot plan.
 */
import { describe, expect, it } from 'vitest';
import { localToday } from '../../clients/staff/src/dates.ts';
import { WorkbenchScheduleMobileStopDocument } from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible } from '../../clients/web/test/browser.ts';
import { ANNA, codes, STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff mobile office');

describe.runIf(runBrowserTests)(
  'the mobile office’s stops in the staff workbench',
  { timeout: 240_000 },
  () => {
    const suite = useWorkbenchSuite([]);

    it('plans a stop, refuses an overlapping one, and opens that day of the stop', async () => {
      // Three days ahead, local date in Kaarst.
      const day = localToday(new Date(Date.now() + 3 * 86_400_000));
      const page = await suite.newPage();
      await suite.signIn(page, STAFF);
      await page.getByRole('navigation').getByRole('link', { name: 'Termine des Tages' }).click();
      const stops = page.getByRole('region', { name: 'Mobiles Bürgerbüro: wo das Mobil steht' });
      await stops.getByRole('heading', { name: 'Neuen Standort planen' }).waitFor();
      await stops.getByLabel('Halteplatz des Mobils').selectOption({ label: 'Mobiles Bürgerbüro · Vorst' });
      await stops.getByLabel('Datum des Halts').fill(day);
      await stops.getByLabel('von').fill('13:00');
      await stops.getByLabel('bis').fill('15:30');
      await stops.getByRole('button', { name: 'Standort planen' }).click();
      await stops
        .getByTestId('mobile-stop-note')
        .getByText(/^Geplant: Mobiles Bürgerbüro · Vorst am .*, 13:00–15:30 Uhr\.$/)
        .waitFor();
      const row = stops.getByTestId('mobile-stops').locator('tr', { hasText: '13:00–15:30 Uhr' });
      await row.getByText(/Mobiles Bürgerbüro · Vorst, /).waitFor();
      await expectAccessible(page, 'staff-mobile-office-stops');

      // The van cannot stand there twice at once.
      await stops.getByLabel('Halteplatz des Mobils').selectOption({ label: 'Mobiles Bürgerbüro · Vorst' });
      await stops.getByLabel('Datum des Halts').fill(day);
      await stops.getByLabel('von').fill('14:00');
      await stops.getByLabel('bis').fill('16:00');
      await stops.getByRole('button', { name: 'Standort planen' }).click();
      await stops
        .getByTestId('mobile-stop-note')
        .getByText('Nicht geplant: Dort steht das Mobil an dem Tag schon zu einer überschneidenden Zeit.')
        .waitFor();

      // That day's appointments of the stop, in the day view above.
      await row.getByRole('button', { name: /^Termine am .* in Mobiles Bürgerbüro · Vorst zeigen$/ }).click();
      await expect.poll(() => page.getByLabel('Standort', { exact: true }).inputValue()).toBe('mobil-vorst');
      expect(await page.getByLabel('Tag', { exact: true }).inputValue()).toBe(day);
      await page.context().close();

      // Citizens cannot plan stops, whatever a page shows.
      const anna = await suite.hub.signIn(ANNA);
      const refused = await suite.hub.execute(
        WorkbenchScheduleMobileStopDocument,
        { input: { locationId: 'mobil-vorst', date: day, opens: '08:00', closes: '09:00' } },
        anna,
      );
      expect(codes(refused)).toEqual(['FORBIDDEN']);
    });
  },
);
