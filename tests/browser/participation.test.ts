/**
 * The Bürgerhaushalt page in Debian's headless Chromium against a real hub with the
 * participation subgraph (its sample budget of 100,000 €, knapsack) and trusted documents
 * enforced: the remaining budget follows every choice, a choice over budget is announced and
 * cannot be sent, Anna (a verified sample resident) signs in and votes once. axe-core checks
 * each state; screenshots in test-results/portal/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
} from '../../clients/web/test/browser.ts';
import { SAMPLE_BUDGET_ID } from '../../subgraphs/participation/src/seed.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('participation');

describe.runIf(runBrowserTests)('web portal Bürgerhaushalt page in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['participation'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows the remaining budget while choosing, refuses over budget, and Anna votes once', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Bürgerhaushalt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bürgerhaushalt' }).waitFor();
    const remaining = page.getByTestId('budget-remaining');
    const box = (name: RegExp) => page.getByRole('checkbox', { name });
    await box(/Trinkbrunnen/).waitFor();
    expect(await remaining.textContent()).toMatch(/Verbleibendes Budget: 100\.000\s€/);
    await box(/Trinkbrunnen/).check(); // 35,000
    expect(await remaining.textContent()).toMatch(/Verbleibendes Budget: 65\.000\s€/);
    await box(/Spielgeräte/).check(); // 45,000
    await box(/Bouleplatz/).check(); // 20,000
    expect(await remaining.textContent()).toMatch(/Verbleibendes Budget: 0\s€/);
    await box(/Blühwiesen/).check(); // 15,000: over budget
    expect(await remaining.textContent()).toMatch(/Verbleibendes Budget: -15\.000\s€/);
    await page
      .getByRole('alert')
      .getByText(/mehr als das Budget/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Zum Abstimmen anmelden' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'budget-over');
    await box(/Blühwiesen/).uncheck();
    expect(await page.getByRole('button', { name: 'Zum Abstimmen anmelden' }).isDisabled()).toBe(false);

    await page.getByRole('button', { name: 'Zum Abstimmen anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bürgerhaushalt' }).waitFor();
    await box(/Trinkbrunnen/).check();
    await box(/Bouleplatz/).check();
    expect(await remaining.textContent()).toMatch(/Verbleibendes Budget: 45\.000\s€/);
    await page.getByRole('button', { name: 'Stimme abgeben' }).click();
    await page.getByRole('status').getByText('Vielen Dank, Ihre Stimme ist gezählt.').waitFor();
    await expectAccessible(page, 'budget-voted');
    const ballots = await (
      hub.subgraph('participation').db as {
        ballot: { count(q: unknown): Promise<number> };
      }
    ).ballot.count({ where: { budgetId: SAMPLE_BUDGET_ID } });
    expect(ballots).toBe(1);
    await context.close();
  });
});
