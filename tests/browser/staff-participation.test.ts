/**
 * The workbench's "Mitmachen" screen in Chromium against a real hub (citizens, council,
 * participation; trusted documents enforced): (a) Anna sends a § 24 suggestion on the portal,
 * staff hand it to the council with an agenda item of the coming meeting and record the
 * decision, and Anna's portal page shows each new status with the meeting; (b) a comment
 * hidden after three reports is restored from the moderation queue; (c) a survey made as a
 * draft, opened and closed; (d) a paper ballot entered for a person verified at the counter, a
 * second refused; (e) a citizen signed in sees no such screen. axe-core checks each state.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStaffBuilt } from '../../clients/staff/scripts/ensure-build.ts';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  type BrowserContext,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  openPage,
  type Page,
  signInToWorkbench,
} from '../../clients/web/test/browser.ts';
import type { PrismaClient } from '../../subgraphs/participation/src/generated/prisma/client.ts';
import { report } from '../../subgraphs/participation/src/moderation.ts';
import { addComment } from '../../subgraphs/participation/src/proposals.ts';
import { SAMPLE_BUDGET_ID, SAMPLE_PROPOSAL_IDS } from '../../subgraphs/participation/src/seed.ts';
import { ANNA, DEMO_PASSWORD, STAFF, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('staff participation');
const citizen = () => ({ id: randomUUID(), roles: ['citizen' as const] });

describe.runIf(runBrowserTests)('workbench "Mitmachen" in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let staffApp: string;
  let portal: string;
  let db: PrismaClient;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureStaffBuilt({ typecheck: true });
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['council', 'participation'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    staffApp = new URL('/staff/', hub.url).toString();
    portal = new URL('/', hub.url).toString();
    db = hub.subgraph('participation').db as PrismaClient;
  }, 240_000);
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
  const signInStaff = (page: Page, email: string) => signInToWorkbench(page, staffApp, email, DEMO_PASSWORD);

  it('(a) a § 24 suggestion handed to the council and decided; the citizen sees each step', async () => {
    const portalPage = await newPage();
    await portalPage.goto(portal);
    await portalPage.getByRole('link', { name: 'Anmelden', exact: true }).click();
    await portalPage.getByLabel('E-Mail-Adresse').fill(ANNA);
    await portalPage.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await portalPage.getByRole('button', { name: 'Anmelden' }).click();
    await portalPage.getByRole('link', { name: 'Anmelden', exact: true }).waitFor({ state: 'detached' });
    await portalPage.goto(`${portal}#/mitmachen/anregung`);
    await portalPage.getByRole('button', { name: 'An den Rat senden' }).waitFor();
    await portalPage.getByLabel('Betreff').fill('Zebrastreifen an der Schule');
    await portalPage
      .getByLabel('Ihr Anliegen')
      .fill('Bitte einen Zebrastreifen vor der Grundschule in Vorst.');
    await portalPage.getByRole('button', { name: 'An den Rat senden' }).click();
    const ack = portalPage.getByRole('status').getByText(/Ihr Aktenzeichen: A24-\d{4}-\d{4}\./);
    await ack.waitFor();
    const reference = /A24-\d{4}-\d{4}/.exec((await ack.textContent()) ?? '')?.[0] ?? '';

    const page = await newPage();
    await signInStaff(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'Mitmachen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();
    const card = page.getByTestId(`suggestion-${reference}`);
    await card.getByText('eingegangen', { exact: true }).waitFor();
    await expectAccessible(page, 'staff-participation-suggestions');
    await card.getByLabel('Zuständiger Ausschuss').selectOption({ label: 'Rat der Stadt Kaarst' });
    await card.getByLabel(/Tagesordnungspunkt/).selectOption('rat-naechste-3');
    await card.getByRole('button', { name: 'Weitergeben' }).click();
    await page
      .getByTestId('suggestion-message')
      .getByText(`${reference} ist auf der Tagesordnung.`)
      .waitFor();
    await card.getByText(/Sitzung des Rates \(Beispiel\), Ö 3 Bebauungsplan Nr\. 99/).waitFor();

    await portalPage.reload();
    const item = portalPage.getByRole('listitem').filter({ hasText: 'Zebrastreifen an der Schule' });
    await item.getByText('auf der Tagesordnung').waitFor();
    await item.getByRole('link', { name: /Sitzung des Rates \(Beispiel\)/ }).waitFor();

    await card
      .getByLabel('Entscheidung des Ausschusses')
      .fill('Der Rat beauftragt die Verwaltung mit der Prüfung.');
    await card.getByRole('button', { name: 'Entscheidung erfassen' }).click();
    await card.getByTestId('suggestion-status').getByText('entschieden').waitFor();
    await portalPage.reload();
    await item.getByText('Der Rat beauftragt die Verwaltung mit der Prüfung.').waitFor();
    const stored = await db.suggestion.findFirstOrThrow({ where: { number: Number(reference.slice(-4)) } });
    expect([stored.status, stored.committeeId, stored.agendaItemId]).toEqual([
      'DECIDED',
      'rat',
      'rat-naechste-3',
    ]);
  });

  it('(b) a comment hidden after three reports is restored from the moderation queue', async () => {
    const author = citizen();
    const comment = await addComment(
      db,
      author,
      SAMPLE_PROPOSAL_IDS[0] as string,
      'Das ist ein sachlicher Beitrag.',
    );
    for (let i = 0; i < 3; i++) await report(db, citizen(), 'COMMENT', comment.id, 'Beleidigend');
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).moderation).toBe('HIDDEN');

    const page = await newPage();
    await signInStaff(page, STAFF);
    await page.goto(`${staffApp}#/mitmachen`);
    await page.getByRole('button', { name: 'Moderation' }).click();
    const entry = page.getByTestId(`moderation-${comment.id}`);
    await entry.getByText('Das ist ein sachlicher Beitrag.').waitFor();
    await entry.getByText(/3 Meldungen, verborgen/).waitFor();
    await expectAccessible(page, 'staff-participation-moderation');
    await entry.getByRole('radio', { name: 'wieder zeigen' }).check();
    await entry.getByLabel('Begründung').fill('Kein Verstoß gegen die Regeln.');
    await entry.getByRole('button', { name: 'Entscheiden' }).click();
    await page.getByTestId('moderation-message').getByText('Kommentar ist jetzt sichtbar.').waitFor();
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).moderation).toBe('VISIBLE');
  });

  it('(c) a survey made as a draft, opened and closed', async () => {
    const page = await newPage();
    await signInStaff(page, STAFF);
    await page.goto(`${staffApp}#/mitmachen`);
    await page.getByRole('button', { name: 'Umfragen' }).click();
    const form = page.getByRole('form', { name: 'Neue Umfrage' });
    await form.getByLabel('Titel').fill('Wochenmarkt in Büttgen (Beispiel)');
    await form.getByLabel('Beschreibung').fill('Wann soll der Markt sein?');
    await form.getByLabel('Frage', { exact: true }).fill('Welcher Tag passt Ihnen?');
    await form.getByLabel('Antworten (eine je Zeile)').fill('Dienstag\nDonnerstag\nSamstag');
    await form.getByRole('button', { name: 'Frage hinzufügen' }).click();
    await form.getByLabel('Art').nth(1).selectOption('SCALE');
    await form.getByLabel('Frage', { exact: true }).nth(1).fill('Wie wichtig ist Ihnen der Markt?');
    await form.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
    await page
      .getByTestId('survey-message')
      .getByText('„Wochenmarkt in Büttgen (Beispiel)“ ist als Entwurf angelegt.')
      .waitFor();
    await expectAccessible(page, 'staff-participation-surveys');
    const row = page.getByRole('row').filter({ hasText: 'Wochenmarkt in Büttgen (Beispiel)' });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    await row.getByRole('button', { name: /Öffnen/ }).click();
    await row.getByText('läuft').waitFor();
    await row.getByRole('button', { name: /Schließen/ }).click();
    await row.getByText('abgeschlossen').waitFor();
    const stored = await db.survey.findFirstOrThrow({
      where: { title: 'Wochenmarkt in Büttgen (Beispiel)' },
      include: { questions: { include: { options: true }, orderBy: { position: 'asc' } } },
    });
    expect(stored.phase).toBe('CLOSED');
    expect(stored.questions.map((q) => q.kind)).toEqual(['SINGLE_CHOICE', 'SCALE']);
    expect(stored.questions[0]?.options.map((o) => o.label).sort()).toEqual([
      'Dienstag',
      'Donnerstag',
      'Samstag',
    ]);
  });

  it('(d) a paper ballot for a person verified at the counter is counted once; (e) citizens see no screen', async () => {
    const voter = randomUUID();
    const page = await newPage();
    await signInStaff(page, STAFF);
    await page.goto(`${staffApp}#/mitmachen`);
    await page.getByRole('button', { name: 'Stimmzettel erfassen' }).click();
    await page.getByLabel(/Kundennummer/).fill(voter);
    await page.getByLabel(/Geburtsdatum/).fill('1975-03-14');
    await page.getByRole('checkbox', { name: /Trinkbrunnen/ }).check();
    await page.getByRole('checkbox', { name: /Bouleplatz/ }).check();
    await page
      .getByTestId('paper-ballot-sum')
      .getByText(/Summe 55\.000\s€ von 100\.000\s€/)
      .waitFor();
    await expectAccessible(page, 'staff-participation-ballots');
    await page.getByRole('button', { name: 'Stimmzettel erfassen' }).last().click();
    await page.getByTestId('paper-ballot-message').getByText('Der Stimmzettel ist gezählt.').waitFor();
    expect(await db.budgetVoter.count({ where: { budgetId: SAMPLE_BUDGET_ID, voterKey: voter } })).toBe(1);
    // The same person again: refused, nothing counted twice.
    await page.getByLabel(/Kundennummer/).fill(voter);
    await page.getByRole('checkbox', { name: /Trinkbrunnen/ }).check();
    await page.getByRole('button', { name: 'Stimmzettel erfassen' }).last().click();
    await page
      .getByTestId('paper-ballot-message')
      .getByText(/schon abgestimmt/)
      .waitFor();
    expect(await db.ballot.count({ where: { budgetId: SAMPLE_BUDGET_ID } })).toBe(1);

    const citizenPage = await newPage();
    await signInStaff(citizenPage, ANNA);
    expect(await citizenPage.getByRole('link', { name: 'Mitmachen' }).count()).toBe(0);
    await citizenPage.goto(`${staffApp}#/mitmachen`);
    await citizenPage.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await citizenPage.getByRole('heading', { level: 1, name: 'Mitmachen' }).count()).toBe(0);
  });
});
