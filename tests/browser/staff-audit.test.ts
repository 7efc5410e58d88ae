/**
 * The admins' audit log in the staff workbench, in Chromium against a real hub whose requests,
 * energy and participation subgraphs are not running: the Kaarst Pass part shows a staff
 * member's suspension, filtered by part, actor, record type and time range; the parts that do
 * not answer are named while the others are shown. axe-core checks it.
 */
import { randomUUID } from 'node:crypto';
import { ApplyForKaarstPassDocument, MeDocument, SignUpDocument } from '@kaarst/contract';
import { describe, expect, it } from 'vitest';
import { WorkbenchSuspendPassDocument } from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import { STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff audit');

describe.runIf(runBrowserTests)(
  'the audit log of every part in the staff workbench',
  { timeout: 240_000 },
  () => {
    const suite = useWorkbenchSuite(['pass', 'council']);

    it('shows the pass part filtered by part, actor, type and time, and names the parts that did not answer', async () => {
      const signedUp = await suite.hub.execute(SignUpDocument, {
        input: {
          email: `audit.${randomUUID()}@example.org`,
          displayName: 'Audit Test',
          password: 'ein-langes-passwort',
        },
      });
      const citizen = signedUp.data?.signUp?.token as string;
      const pass = (
        await suite.hub.execute(
          ApplyForKaarstPassDocument,
          { input: { postalCode: '41564', street: 'Am Neumarkt 2' } },
          citizen,
        )
      ).data?.applyForKaarstPass;
      if (!pass) throw new Error('no pass');
      const staff = await suite.hub.signIn(STAFF);
      const staffId = (await suite.hub.execute(MeDocument, undefined, staff)).data?.me?.id as string;
      const suspended = await suite.hub.execute(
        WorkbenchSuspendPassDocument,
        { id: pass.id, reason: 'Test: Protokoll' },
        staff,
      );
      expect(suspended.data?.suspendKaarstPass.status).toBe('SUSPENDED');

      const page = await suite.newPage();
      await suite.signIn(page, 'admin@example.org');
      await page.getByRole('navigation').getByRole('link', { name: 'Protokoll' }).click();
      await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();

      // All parts: the pass's entry is there; requests, energy and participation are not running.
      const log = page.getByTestId('audit-log');
      await expect.poll(() => log.textContent(), UNTIL).toContain(`Kaarst-Pass ${pass.id}`);
      expect(await page.getByTestId('audit-unreachable').textContent()).toBe(
        'Nicht erreichbar: Anliegen, Energie, Beteiligung. Die übrigen Bereiche sind vollständig.',
      );
      await expectAccessible(page, 'staff-audit-1-all-parts');

      // The pass part alone, by the staff member, of passes, within the last hour.
      await page.getByLabel('Bereich', { exact: true }).selectOption({ label: 'Kaarst-Pass' });
      await page.getByLabel('Wer (Konto-ID)').fill(staffId);
      await page.getByLabel('Art des Datensatzes').selectOption('KaarstPass');
      const local = (at: Date) =>
        new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
      await page.getByLabel('Seit', { exact: true }).fill(local(new Date(Date.now() - 3_600_000)));
      await page.getByLabel('Bis', { exact: true }).fill(local(new Date(Date.now() + 3_600_000)));
      await page.getByRole('button', { name: 'Filtern' }).click();
      await expect.poll(async () => (await log.locator('tbody tr').allTextContents()).length, UNTIL).toBe(1);
      const row = (await log.locator('tbody tr').allTextContents())[0] as string;
      expect(row).toContain('Kaarst-Pass');
      expect(row).toContain(staffId);
      expect(row).toMatch(/suspend/i);
      expect(await page.getByTestId('audit-unreachable').count()).toBe(0);

      // A range that ended before the suspension: nothing.
      await page.getByLabel('Bis', { exact: true }).fill(local(new Date(Date.now() - 1_800_000)));
      await page.getByRole('button', { name: 'Filtern' }).click();
      await page.getByText('Keine Einträge.').waitFor();
      await page.context().close();
    });
  },
);
