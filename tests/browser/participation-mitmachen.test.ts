/**
 * The "Mitmachen" pages in Debian's headless Chromium against a real hub (citizens, council,
 * participation; trusted documents enforced, sample data): the overview, a proposal supported
 * (the count changes) with a comment and a threaded reply, a survey answered by keyboard only
 * (once: the hub keeps one response), the results of the closed sample survey as bar charts
 * with tables, and a § 24 suggestion acknowledged at once and then shown with the council
 * meeting that deals with it (joined through the graph). axe-core checks each state;
 * screenshots in test-results/portal/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePortalBuilt } from '../../clients/web/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  type Page,
} from '../../clients/web/test/browser.ts';
import { SAMPLE_PROPOSAL_IDS, SAMPLE_SURVEY_ID } from '../../subgraphs/participation/src/seed.ts';
import { handOverSuggestion } from '../../subgraphs/participation/src/suggestions.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const STAFF_VIEWER = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff' as const],
  department: 'buergerbuero',
};

const runBrowserTests = browserTestsRun('participation-mitmachen');

/** The focused element's tag and text, read in the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = (
      globalThis as unknown as {
        document: { activeElement: { tagName: string; textContent: string } | null };
      }
    ).document.activeElement;
    return { tag: active?.tagName, text: active?.textContent };
  });

type Db = {
  surveyResponse: { count(q: unknown): Promise<number> };
  comment: { findMany(q: unknown): Promise<Array<{ parentId: string | null; body: string }>> };
};

describe.runIf(runBrowserTests)('web portal "Mitmachen" pages in Chromium', { timeout: 300_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let portal: string;

  beforeAll(async () => {
    ensurePortalBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['council', 'participation'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
    portal = new URL('/', hub.url).toString();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('overview, proposal with support and threaded comments, survey by keyboard, results, § 24', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    const db = hub.subgraph('participation').db as Db;

    // The overview, anonymous.
    await page.goto(portal);
    await page.getByRole('navigation').getByRole('link', { name: 'Mitmachen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();
    await page.getByRole('link', { name: 'Mehr Bänke am Rathausplatz (Beispiel)' }).waitFor();
    await page.getByRole('link', { name: /Umfrage: Der Kaarster Stadtpark/ }).waitFor();
    await expectAccessible(page, 'participation-overview');

    // Sign in (the page asks), then back on the overview.
    await page.getByRole('link', { name: 'Mehr Bänke am Rathausplatz (Beispiel)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mehr Bänke am Rathausplatz (Beispiel)' }).waitFor();
    expect((await focused(page)).tag).toBe('H1');
    await page.getByRole('button', { name: 'Zum Unterstützen anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitmachen' }).waitFor();

    // The proposal: support (the count goes from 0 to 1), a comment and a reply to it.
    await page.getByRole('link', { name: 'Mehr Bänke am Rathausplatz (Beispiel)' }).click();
    const count = page.getByTestId('support-count');
    await count.getByText('0 Unterstützungen').waitFor();
    await page.getByRole('button', { name: 'Vorschlag unterstützen' }).click();
    await count.getByText('1 Unterstützung', { exact: true }).waitFor();
    await page.getByText('Sie unterstützen diesen Vorschlag.').first().waitFor();
    await page.getByLabel('Ihr Kommentar').fill('Gute Idee, bitte auch mit Schatten.');
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    const comments = page.getByRole('region', { name: 'Kommentare' });
    await comments.getByText('Gute Idee, bitte auch mit Schatten.').waitFor();
    await comments.getByRole('button', { name: 'Antworten' }).click();
    // The reply field has the focus: type and send by keyboard.
    await page.keyboard.type('Und mit Trinkbrunnen daneben.');
    await page.getByRole('button', { name: 'Antwort senden' }).focus();
    await page.keyboard.press('Enter');
    const replies = comments.getByRole('list', { name: 'Antworten' });
    await replies.getByText('Und mit Trinkbrunnen daneben.').waitFor();
    await expectAccessible(page, 'participation-proposal');
    const stored = await db.comment.findMany({ where: { proposalId: SAMPLE_PROPOSAL_IDS[0] } });
    const top = stored.find((c) => c.parentId === null);
    expect(stored.find((c) => c.parentId !== null)?.body).toBe('Und mit Trinkbrunnen daneben.');
    expect(top?.body).toBe('Gute Idee, bitte auch mit Schatten.');

    // The survey, answered with the keyboard only.
    await page.getByRole('link', { name: 'Zurück zu „Mitmachen“' }).click();
    await page.getByRole('link', { name: /Umfrage: Der Kaarster Stadtpark/ }).click();
    await page.getByRole('heading', { level: 1, name: /Umfrage: Der Kaarster Stadtpark/ }).waitFor();
    await page.getByRole('radio', { name: 'Täglich' }).focus();
    await page.keyboard.press('ArrowDown'); // Jede Woche
    expect(await page.getByRole('radio', { name: 'Jede Woche' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // first checkbox: Sitzbänke
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Toiletten
    await page.keyboard.press('Tab'); // Beleuchtung
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Spielgeräte
    await page.keyboard.press('Tab'); // the scale: 1
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // 4
    await page.keyboard.press('Tab'); // free text
    await page.keyboard.type('Mehr Mülleimer bitte.');
    await page.keyboard.press('Tab'); // the button
    expect((await focused(page)).text).toBe('Antworten absenden');
    expect(await page.getByRole('checkbox', { name: 'Sitzbänke' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Beleuchtung' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Vielen Dank für Ihre Teilnahme.').waitFor();
    await expectAccessible(page, 'participation-survey-answered');
    expect(await db.surveyResponse.count({ where: { surveyId: SAMPLE_SURVEY_ID } })).toBe(1);
    // Again after a reload: the hub knows, the form is closed.
    await page.reload();
    await page.getByRole('status').getByText('Sie haben an dieser Umfrage bereits teilgenommen.').waitFor();
    expect(await page.getByRole('button', { name: 'Antworten absenden' }).count()).toBe(0);

    // The closed sample survey: results as charts with their tables.
    await page.getByRole('link', { name: 'Zurück zu „Mitmachen“' }).click();
    await page.getByRole('link', { name: /Busverbindungen nach Düsseldorf/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Ergebnisse' }).waitFor();
    await page.getByText('12 Teilnahmen').waitFor();
    const how = page.getByRole('figure', { name: /12 Antworten/ }).first();
    const cells = async (figure: typeof how) =>
      (await figure.getByRole('row').allInnerTexts())
        .slice(1)
        .map((r) => r.split('\t').slice(0, 2).join(' '));
    expect(await cells(how)).toEqual(['Bus 3', 'S-Bahn 5', 'Auto 3', 'Fahrrad 1']);
    const takt = page.getByRole('figure', { name: /Mittelwert: 3,1/ });
    expect(await cells(takt)).toEqual(['1 1', '2 3', '3 3', '4 4', '5 1']);
    await expectAccessible(page, 'participation-survey-results');

    // § 24 GO NRW: submitted, acknowledged at once, then shown with its council meeting.
    await page.goto(`${portal}#/mitmachen/anregung`);
    await page.getByRole('heading', { level: 1, name: 'Anregungen und Beschwerden an den Rat' }).waitFor();
    await page.getByRole('radio', { name: 'Anregung' }).check();
    await page.getByLabel('Betreff').fill('Fußweg zum Kaarster See');
    await page
      .getByLabel('Ihr Anliegen')
      .fill('Ich rege an, beim Bebauungsplan Nr. 99 einen Fußweg zum See vorzusehen.');
    await page.getByRole('button', { name: 'An den Rat senden' }).click();
    const ack = page.getByRole('status').getByText(/Eingegangen am .*Ihr Aktenzeichen: A24-\d{4}-\d{4}\./);
    await ack.waitFor();
    const reference = /A24-\d{4}-\d{4}/.exec((await ack.textContent()) ?? '')?.[0];
    await page.getByRole('listitem').getByText('eingegangen', { exact: true }).waitFor();
    await expectAccessible(page, 'participation-suggestion-received');

    // Staff hand it over (in the subgraph: the portal's hub takes trusted documents only, and the
    // gateway's refusal of citizens is tested in subgraphs/participation/test/council-join.test.ts).
    const number = Number(reference?.slice(-4));
    const { id } = await (
      db as unknown as { suggestion: { findUniqueOrThrow(q: unknown): Promise<{ id: string }> } }
    ).suggestion.findUniqueOrThrow({ where: { number } });
    await handOverSuggestion(hub.subgraph('participation').db as never, STAFF_VIEWER, {
      suggestionId: id,
      committeeId: 'rat',
      agendaItemId: 'rat-naechste-3',
    });
    await page.reload();
    const item = page.getByRole('listitem').filter({ hasText: 'Fußweg zum Kaarster See' });
    await item.getByText('auf der Tagesordnung').waitFor();
    await item.getByText('Rat der Stadt Kaarst').waitFor();
    await item.getByRole('link', { name: /Sitzung des Rates \(Beispiel\)/ }).waitFor();
    await item.getByText(/Ö 3 Bebauungsplan Nr\. 99/).waitFor();
    await expectAccessible(page, 'participation-suggestion-scheduled');
    await item.getByRole('link', { name: /Sitzung des Rates \(Beispiel\)/ }).click();
    await page.getByRole('heading', { level: 1, name: /Sitzung des Rates/ }).waitFor();
    await context.close();
  });
});
