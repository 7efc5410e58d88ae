/**
 * The Kita providers' side in the staff workbench (clients/staff), in Chromium against a real
 * hub: the town's staff compute an allocation run (a proposal; staff see no child), the
 * provider's coordinator (the demo partner, who coordinates "Kinderwelt Kaarst e.V.") sees its
 * Kitas' part (first name, age group, wish rank, criteria, outcome) and confirms it by keyboard,
 * and the family's portal page, open all along, shows the offer without a reload. Then the
 * coordinator keeps a Kita's places and hours, and the portal's profile shows them. axe-core
 * checks each screen; screenshots in test-results/portal/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, expectAccessible, openPage } from '../../clients/web/test/browser.ts';
import type { PrismaClient as FamilyDb } from '../../subgraphs/family/src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID } from '../../subgraphs/family/src/seed.ts';
import { ANNA, STAFF } from '../harness.ts';
import { addChild, type FamilyRig, signInAt, startFamilyRig } from './family-helpers.ts';

const runBrowserTests = browserTestsRun('family coordinator');
const PARTNER = 'partner@example.org';
const KITA = 'beispiel-kita-kleine-strolche'; // Kinderwelt's, one place for children from three

describe.runIf(runBrowserTests)(
  'Kita providers in the staff workbench, in Chromium',
  { timeout: 240_000 },
  () => {
    let rig: FamilyRig;
    beforeAll(async () => {
      rig = await startFamilyRig({ staff: true });
    });
    afterAll(() => rig?.close());

    it('staff propose a run, the coordinator confirms its part, the family sees the offer live', async () => {
      await addChild(rig.hub, await rig.hub.signIn(ANNA), 'Paul', KITA);
      const family = await openPage(rig.browser);
      await signInAt(family, rig.portal, ANNA);
      await family.goto(new URL('#/familie', rig.portal).toString());
      await family.getByTestId('wish-status').filter({ hasText: 'wartet auf die Vergabe' }).waitFor();

      const staff = await openPage(rig.browser);
      await signInAt(staff, rig.staffApp, STAFF);
      await staff.getByRole('navigation').getByRole('link', { name: 'Kita-Vergabe' }).click();
      await staff.getByRole('heading', { level: 1, name: 'Kita-Vergabe' }).waitFor();
      await staff.getByText('Noch keine Vergabe.').waitFor();
      await staff.getByRole('button', { name: 'Vergabe jetzt berechnen' }).click();
      await staff
        .getByTestId('kita-message')
        .filter({ hasText: 'Vorschlag berechnet: 1 Platz für 1 Kind' })
        .waitFor();
      const staffRun = staff.getByTestId('kita-run');
      await staffRun.getByText('Kinderwelt Kaarst e.V. (Beispiel): noch offen').waitFor();
      // Staff see the numbers, never a child.
      expect(await staff.getByTestId('kita-proposals').count()).toBe(0);
      expect(await staffRun.textContent()).not.toContain('Paul');
      await expectAccessible(staff, 'family-60-staff-proposed');
      // Proposed only: the family is told nothing yet.
      await family.waitForTimeout(500);
      expect(await family.getByTestId('wish-status').textContent()).toContain('wartet auf die Vergabe');

      const coordinator = await openPage(rig.browser);
      await signInAt(coordinator, rig.staffApp, PARTNER);
      await coordinator.getByRole('navigation').getByRole('link', { name: 'Kita-Vergabe' }).click();
      const proposals = coordinator.getByTestId('kita-proposals');
      await proposals.waitFor();
      expect(await proposals.getByRole('row').allInnerTexts()).toEqual([
        'Kita\tKind\tAltersgruppe\tWunsch Nr.\tKriterien\tVorschlag',
        'Kita Kleine Strolche (Beispiel)\tPaul\tab 3 Jahre\t1\t0 Punkte\tPlatz',
      ]);
      await expectAccessible(coordinator, 'family-61-coordinator-proposal');
      // By keyboard: focus the confirmation and press Enter.
      await coordinator
        .getByRole('button', { name: 'Vorschlag für Kinderwelt Kaarst e.V. (Beispiel) bestätigen' })
        .focus();
      await coordinator.keyboard.press('Enter');
      await coordinator
        .getByTestId('kita-message')
        .filter({ hasText: 'Die Vergabe ist freigegeben' })
        .waitFor();
      await coordinator.getByTestId('kita-run-status').filter({ hasText: 'freigegeben' }).waitFor();
      await expectAccessible(coordinator, 'family-62-coordinator-confirmed');

      // The family's page, never reloaded, shows the offer (myKitaApplicationChanged).
      await family.getByTestId('wish-status').filter({ hasText: 'Platz angeboten' }).waitFor();
      await family
        .getByRole('button', { name: 'Platz in Kita Kleine Strolche (Beispiel) annehmen' })
        .waitFor();
      await staff.reload();
      await staff.getByTestId('kita-run-status').filter({ hasText: 'freigegeben' }).waitFor();
      for (const page of [family, staff, coordinator]) await page.context().close();
    });

    it('the coordinator keeps its Kitas’ places and hours; the portal shows them', async () => {
      const page = await openPage(rig.browser);
      await signInAt(page, rig.staffApp, PARTNER);
      await page.getByRole('navigation').getByRole('link', { name: 'Unsere Kitas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Unsere Kitas' }).waitFor();
      const entry = page.getByTestId(`kita-entry-${KITA}`);
      // Only its own provider's Kitas: Wirbelwind belongs to another provider.
      expect(await page.getByRole('heading', { level: 2, name: /Wirbelwind/ }).count()).toBe(0);
      await entry.getByTestId('free-UE3').filter({ hasText: '0' }).waitFor(); // Paul's offer holds the one place
      await expectAccessible(page, 'family-63-coordinator-kitas');
      // Fewer places than offers hold: refused, said plainly.
      await entry.getByLabel('Plätze ab 3 Jahre').fill('0');
      await entry
        .getByRole('button', { name: 'Angaben für Kita Kleine Strolche (Beispiel) speichern' })
        .click();
      await entry.getByRole('status').filter({ hasText: 'mehr Plätze als diese Zahl' }).waitFor();
      await entry.getByLabel('Plätze ab 3 Jahre').fill('4');
      await entry.getByLabel('Wochenstunden (mit Komma getrennt)').fill('35, 45');
      await entry
        .getByRole('button', { name: 'Angaben für Kita Kleine Strolche (Beispiel) speichern' })
        .click();
      await entry.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
      await entry.getByTestId('free-UE3').filter({ hasText: '3' }).waitFor();

      await page.goto(new URL(`#/kita/${KITA}`, rig.portal).toString());
      await page.getByRole('heading', { level: 1, name: 'Kita Kleine Strolche (Beispiel)' }).waitFor();
      expect(await page.locator('dl.facts').textContent()).toContain('35, 45 Std./Woche');
      expect(
        await page.getByRole('table').filter({ hasText: 'Altersgruppe' }).getByRole('row').allInnerTexts(),
      ).toContain('ab 3 Jahre\t4\t3');
      await page.context().close();
    });

    it('shows the Kita screens to a partner only while it coordinates a provider', async () => {
      const menu = async () => {
        const page = await openPage(rig.browser);
        await signInAt(page, rig.staffApp, PARTNER);
        const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
        await nav.getByRole('link', { name: 'Angebote' }).waitFor();
        const links = await nav.getByRole('link').allTextContents();
        await page.context().close();
        return links;
      };
      expect(await menu()).toEqual(['Übersicht', 'Pass prüfen', 'Angebote', 'Kita-Vergabe', 'Unsere Kitas']);
      // The same account without its provider: a Kaarst Pass partner only, no Kita screen.
      const db = rig.hub.subgraph('family').db as FamilyDb;
      const row = { providerId: 'beispiel-kinderwelt', accountId: DEMO_COORDINATOR_ID };
      await db.coordinator.delete({ where: { providerId_accountId: row } });
      try {
        expect(await menu()).toEqual(['Übersicht', 'Pass prüfen', 'Angebote']);
      } finally {
        await db.coordinator.create({ data: row });
      }
    });
  },
);
