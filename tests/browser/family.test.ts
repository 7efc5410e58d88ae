/**
 * Kita & Familie in the portal, in Debian's headless Chromium against a real hub (trusted
 * documents enforced): the Kita search as a list, a Kita put on a child's wish list, the
 * allocation's offer with its deadline shown after a reload, accepting it. axe-core checks
 * each state; screenshots in test-results/portal/.
 */
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import { PortalAddFamilyChildDocument } from '../../clients/web/src/generated/graphql.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
} from '../../clients/web/test/browser.ts';
import { DEMO_COORDINATOR_ID } from '../../subgraphs/family/src/seed.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('family');

describe.runIf(runBrowserTests)('web portal Kita & Familie in Chromium', { timeout: 180_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['family'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('searches Kitas, puts one on the wish list, shows the offer and accepts it', async () => {
    const anna = await hub.signIn(ANNA);
    const added = await hub.execute(
      PortalAddFamilyChildDocument,
      { input: { firstName: 'Paul', birthDate: '2023-05-01', startDate: '2026-08-01', weeklyHours: 35 } },
      anna,
    );
    expect(added.errors).toBeUndefined();

    const page = await openPage(browser);
    await page.goto(new URL('#/anmelden', portal).toString());
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('navigation').getByText('Angemeldet als').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Kita & Familie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kita & Familie' }).waitFor();
    await page.getByText('Noch keine Wünsche.').waitFor();

    await page.getByLabel('Ortsteil').selectOption('Driesch');
    await page.getByRole('button', { name: 'Kitas suchen' }).click();
    await page.getByRole('status').filter({ hasText: '1 Kita gefunden' }).waitFor();
    expect(await page.locator('.kitas li h3').allTextContents()).toEqual(['Kita Kleine Strolche (Beispiel)']);
    await expectAccessible(page, '40-family-search');

    await page
      .getByRole('button', { name: 'Kita Kleine Strolche (Beispiel) auf die Wunschliste von Paul' })
      .click();
    await page.getByTestId('wish-status').filter({ hasText: 'wartet auf die Vergabe' }).waitFor();

    // The town runs the allocation and the provider confirms it (straight at the subgraph as the
    // gateway would send it); only then does the offer reach the family.
    const family = hub.subgraph('family');
    const run = await subgraphRequest<{ runKitaAllocation: { run: { id: string } } }>(
      family.url,
      hub.keys,
      { id: 'eeeeeeee-0000-4000-8000-000000000001', roles: ['staff'] },
      'mutation { runKitaAllocation { offered run { id } } }',
    );
    expect(run.errors).toBeUndefined();
    await page.reload();
    await page.getByTestId('wish-status').filter({ hasText: 'wartet auf die Vergabe' }).waitFor();
    const confirmed = await subgraphRequest(
      family.url,
      hub.keys,
      { id: DEMO_COORDINATOR_ID, roles: ['partner'] },
      'mutation ($id: ID!) { confirmKitaAllocation(runId: $id) { status } }',
      { id: run.data?.runKitaAllocation.run.id },
    );
    expect(confirmed.errors).toBeUndefined();
    await page.reload();
    await page.getByTestId('wish-status').filter({ hasText: 'Platz angeboten' }).waitFor();
    await expectAccessible(page, '41-family-offer');
    await page.getByRole('button', { name: 'Platz in Kita Kleine Strolche (Beispiel) annehmen' }).click();
    await page.getByTestId('wish-status').filter({ hasText: 'angenommen' }).waitFor();
    await expectAccessible(page, '42-family-accepted');
    await page.context().close();
  });
});
