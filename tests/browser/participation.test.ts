/**
 * The Bürgerhaushalt page in Debian's headless Chromium against a real hub with the
 * participation subgraph (its sample budget of 100,000 €, knapsack) and trusted documents
 * enforced: the remaining budget follows every choice, a choice over budget is announced and
 * cannot be sent, Anna (a verified sample resident) signs in and votes once. Then a budget's
 * result: a budget voted on by seven verified residents (through the domain module, as the hub
 * would) and closed shows votes, cost and "gefördert" per project under the published rule and
 * the budget left; the test reads the chart's table (its accessible content) and compares it
 * with the hub's own count (`results`) and with the result worked out by hand. axe-core checks
 * each state; screenshots in test-results/portal/.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
} from '../../clients/web/test/browser.ts';
import {
  addProject,
  cast,
  createBudget,
  results,
  setPhase,
} from '../../subgraphs/participation/src/budget.ts';
import type { PrismaClient } from '../../subgraphs/participation/src/generated/prisma/client.ts';
import { SAMPLE_BUDGET_ID } from '../../subgraphs/participation/src/seed.ts';
import { verifyInPerson } from '../../subgraphs/participation/src/verification.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const STAFF_VIEWER = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff' as const],
  department: 'buergerbuero',
};

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

  it('shows votes, cost and funded per project under the published rule, and the budget left', async () => {
    const db = hub.subgraph('participation').db as PrismaClient;
    // 50,000 € greedy by votes: A (4 votes, 30,000 €) in; of the two with 3 votes, C (15,000 €)
    // fits and B (25,000 €) no longer does: 45,000 € funded, 5,000 € left (worked out by hand).
    const budget = await createBudget(db, STAFF_VIEWER, {
      title: 'Ergebnis-Probe (Beispiel)',
      total: 50_000,
      style: 'KNAPSACK',
      rule: 'GREEDY',
      minimumAge: 16,
    });
    const project = (title: string, cost: number) =>
      addProject(db, STAFF_VIEWER, { budgetId: budget.id, title, description: '', district: 'Vorst', cost });
    const a = await project('Radständer am Bahnhof', 30_000);
    const b = await project('Sitzbänke im Park', 25_000);
    const c = await project('Insektenhotel', 15_000);
    await setPhase(db, STAFF_VIEWER, budget.id, 'REVIEW');
    await setPhase(db, STAFF_VIEWER, budget.id, 'VOTE');
    // A 4 votes, B 3, C 3.
    const ballots = [[a.id], [a.id], [a.id, c.id], [a.id, c.id], [b.id, c.id], [b.id], [b.id]];
    for (const projectIds of ballots) {
      const voter = { id: randomUUID(), roles: ['citizen' as const] };
      await verifyInPerson(db, STAFF_VIEWER, voter.id, '1980-05-01');
      await cast(db, voter, budget.id, projectIds);
    }
    await setPhase(db, STAFF_VIEWER, budget.id, 'RESULT');
    const counted = await results(db, await db.budget.findUniqueOrThrow({ where: { id: budget.id } }));

    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Bürgerhaushalt' }).click();
    const section = page.getByRole('region', { name: 'Ergebnis-Probe (Beispiel): Ergebnis' });
    await section.waitFor();
    await section
      .getByText(/Gewinnerregel .*: nach Stimmen, solange das Geld reicht\. 7 Stimmzettel gezählt\./)
      .waitFor();
    const figure = section.getByRole('figure', { name: /Stimmen je Projekt/ });
    const header = await figure.getByRole('row').first().allInnerTexts();
    expect(header[0]?.split('\t')).toEqual(['Projekt', 'Stimmen', 'Kosten', 'Gefördert']);
    const rows = (await figure.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t'));
    const euro = (n: number) => `${n.toLocaleString('de-DE')} €`;
    const normal = (cell: string) => cell.replace(/\s/g, ' ');
    // What the page shows is what the hub counted, row by row.
    expect(rows.map((r) => r.map(normal))).toEqual(
      counted?.greedy.projects.map((p) => [
        p.project.title,
        String(p.votes),
        euro(p.project.cost),
        p.selected ? 'ja' : 'nein',
      ]),
    );
    // ... and what was worked out by hand.
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Radständer am Bahnhof', '4', 'ja'],
      ['Insektenhotel', '3', 'ja'],
      ['Sitzbänke im Park', '3', 'nein'],
    ]);
    const totals = section.getByTestId(`budget-totals-${budget.id}`);
    expect(await totals.locator('dt').allTextContents()).toEqual([
      'Budget',
      'Geförderte Projekte kosten',
      'Verbleibendes Budget',
    ]);
    expect((await totals.locator('dd').allTextContents()).map(normal)).toEqual([
      euro(50_000),
      euro(counted?.greedy.selectedCost ?? Number.NaN),
      euro(50_000 - (counted?.greedy.selectedCost ?? Number.NaN)),
    ]);
    expect((await totals.locator('dd').allTextContents()).map(normal)).toEqual([
      euro(50_000),
      euro(45_000),
      euro(5_000),
    ]);
    expect(counted?.greedy.selectedCost).toBe(45_000);
    await expectAccessible(page, 'budget-results');
    await context.close();
  });
});
