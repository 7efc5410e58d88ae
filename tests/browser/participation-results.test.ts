/**
 * The Bürgerhaushalt's results in Debian's headless Chromium against a real hub (trusted
 * documents enforced): a budget is voted on by six verified residents (through the domain
 * module, as the hub would) and closed; the page then shows votes, cost and "gefördert" per
 * project under the published rule, and the budget left. The test reads the chart's table (its
 * accessible content) and compares it with the hub's own count (`results`) and with the result
 * worked out by hand. axe-core checks the page; a screenshot lands in test-results/portal/.
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
import { verifyInPerson } from '../../subgraphs/participation/src/verification.ts';
import { startHub, type TestHub } from '../harness.ts';

const STAFF_VIEWER = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff' as const],
  department: 'buergerbuero',
};

const runBrowserTests = browserTestsRun('participation-results');

describe.runIf(runBrowserTests)('web portal Bürgerhaushalt results in Chromium', { timeout: 240_000 }, () => {
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
