/**
 * Kita & Familie in the portal, in Debian's headless Chromium against a real hub (trusted
 * documents enforced): the Kita search as a list, a Kita put on a child's wish list, the
 * allocation's offer (after the provider confirmed the run) with its deadline shown after a
 * reload, accepting it; a Kita's profile reached from the list by keyboard; the birth bundle's
 * guided form with consent per office and each office's part to download. axe-core checks
 * each state; screenshots in test-results/portal/.
 */
import { readFileSync } from 'node:fs';
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, expectAccessible, openPage } from '../../clients/web/test/browser.ts';
import { DEMO_COORDINATOR_ID } from '../../subgraphs/family/src/seed.ts';
import { ANNA } from '../harness.ts';
import { addChild, type FamilyRig, signInAt, startFamilyRig } from './family-helpers.ts';

const runBrowserTests = browserTestsRun('family');

describe.runIf(runBrowserTests)('web portal Kita & Familie in Chromium', { timeout: 180_000 }, () => {
  let rig: FamilyRig;
  let portal: string;

  beforeAll(async () => {
    rig = await startFamilyRig();
    portal = rig.portal;
  });
  afterAll(() => rig?.close());

  it('searches Kitas, puts one on the wish list, shows the offer and accepts it', async () => {
    await addChild(rig.hub, await rig.hub.signIn(ANNA), 'Paul');
    const page = await openPage(rig.browser);
    await signInAt(page, portal, ANNA);
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
    const family = rig.hub.subgraph('family');
    const run = await subgraphRequest<{ runKitaAllocation: { run: { id: string } } }>(
      family.url,
      rig.hub.keys,
      { id: 'eeeeeeee-0000-4000-8000-000000000001', roles: ['staff'] },
      'mutation { runKitaAllocation { offered run { id } } }',
    );
    expect(run.errors).toBeUndefined();
    await page.reload();
    await page.getByTestId('wish-status').filter({ hasText: 'wartet auf die Vergabe' }).waitFor();
    const confirmed = await subgraphRequest(
      family.url,
      rig.hub.keys,
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

  it('opens a Kita’s profile from the search list, by keyboard', async () => {
    const page = await openPage(rig.browser);
    await page.goto(new URL('#/familie', portal).toString());
    await page.getByLabel('Ortsteil').selectOption('Driesch');
    await page.getByRole('button', { name: 'Kitas suchen' }).click();
    await page.getByRole('status').filter({ hasText: '1 Kita gefunden' }).waitFor();
    // The map (clients/ui's HubMap) draws what the list holds: one Kita.
    const map = page.getByTestId('kita-map');
    await map.locator('.map-feature-beispiel-kita-kleine-strolche').waitFor();
    expect(await map.locator('.map-feature').count()).toBe(1);
    await expectAccessible(page, '43-family-search-map');
    await page.getByRole('link', { name: 'Kita Kleine Strolche (Beispiel)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kita Kleine Strolche (Beispiel)' }).waitFor();
    expect(page.url()).toContain('#/kita/beispiel-kita-kleine-strolche');
    expect(await page.title()).toContain('Kita-Profil');
    const facts = await page.locator('dl.facts').textContent();
    for (const fact of [
      'Kinderwelt Kaarst e.V. (Beispiel)',
      'Testplatz 7, 41564 Kaarst-Driesch',
      'von 8 Monaten bis 6 Jahren',
      '25, 35, 45 Std./Woche',
      'Mo–Fr',
      'Deutsch, Arabisch',
    ])
      expect(facts).toContain(fact);
    await page.getByText('Reggio-Pädagogik (Beispieltext)').waitFor();
    // Places and free places per age group (Paul, 39 months at the start, accepted the place for three-year-olds above).
    const places = page.getByRole('table').filter({ hasText: 'Altersgruppe' });
    expect(await places.getByRole('row').allInnerTexts()).toEqual([
      'Altersgruppe\tPlätze\tdavon frei',
      'unter 3 Jahre\t1\t1',
      'ab 3 Jahre\t1\t0',
    ]);
    await page.getByTestId('kita-free').filter({ hasText: '1 freier Platz' }).waitFor();
    await page.getByRole('row', { name: 'Ein Geschwisterkind besucht die Kita 30' }).waitFor();
    await expectAccessible(page, '43-family-kita-profile');
    // Back to the search, and an unknown Kita says so.
    await page.getByRole('link', { name: 'Zurück zur Kita-Suche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kita & Familie' }).waitFor();
    // Every Kita on the map; choosing one there opens its profile too.
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ Kitas gefunden/ })
      .waitFor();
    const all = await page.locator('.kitas li').count();
    expect(all).toBeGreaterThan(1);
    expect(await page.getByTestId('kita-map').locator('.map-feature').count()).toBe(all);
    await page.getByTestId('kita-map').locator('.map-feature-beispiel-kita-wirbelwind').click();
    await page.getByRole('heading', { level: 1, name: /Wirbelwind/ }).waitFor();
    await page.goto(new URL('#/kita/keine-kita', portal).toString());
    await page.getByRole('alert').filter({ hasText: 'gibt es nicht' }).waitFor();
    await page.context().close();
  });

  it('the birth bundle: a guided form, consent per office, each office’s part to download', async () => {
    const page = await openPage(rig.browser);
    await signInAt(page, portal, ANNA);
    await page.goto(new URL('#/familie', portal).toString());
    await page.getByRole('link', { name: /Nach der Geburt/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Geburt anzeigen: alles in einem Antrag' }).waitFor();
    await page.getByTestId('not-filed').filter({ hasText: 'übermittelt nichts elektronisch' }).waitFor();
    const step = page.locator('[data-step-heading]');
    expect(await step.textContent()).toBe('Schritt 1 von 5: Kind');

    // Required fields first: "Weiter" stays on the step and points at the empty field.
    await page.getByRole('button', { name: 'Weiter' }).click();
    expect(await step.textContent()).toBe('Schritt 1 von 5: Kind');
    await page.locator('input[name="childFirstNames"]:focus').waitFor();
    const born = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Vornamen des Kindes').fill('Lena Marie');
    await page.getByLabel('Familienname des Kindes').fill('Schmitz');
    await page.getByLabel('Geburtsdatum').fill(born);
    await expectAccessible(page, '44-family-birth-child');
    // By keyboard: Enter in a field goes to the next step, and the focus follows.
    await page.getByLabel('Geburtsort').press('Enter');
    await page.locator('[data-step-heading]:focus').filter({ hasText: 'Schritt 2 von 5: Eltern' }).waitFor();
    await page.getByLabel('Name des ersten Elternteils').fill('Anna Schmitz');
    await page.getByLabel('Name des zweiten Elternteils (wenn vorhanden)').fill('Jonas Schmitz');
    await page.getByLabel('Die Eltern sind miteinander verheiratet').check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    expect(await step.textContent()).toBe('Schritt 3 von 5: Ämter und Einwilligung');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('alert').filter({ hasText: 'mindestens ein Amt' }).waitFor();
    await page.getByRole('checkbox', { name: /Standesamt Kaarst/ }).check();
    await page.getByRole('checkbox', { name: /Familienkasse/ }).check();
    await expectAccessible(page, '45-family-birth-consent');
    await page.getByRole('button', { name: 'Weiter' }).click();
    // Only what the consented offices need is asked.
    expect(await step.textContent()).toBe('Schritt 4 von 5: Angaben für die Ämter');
    expect(await page.getByLabel(/Elterngeld-Monate/).count()).toBe(0);
    await page.getByLabel('Anzahl der Geburtsurkunden (1 bis 10)').fill('2');
    await page.getByLabel('Ihre Steuer-Identifikationsnummer (11 Ziffern)').fill('12345678901');
    await page.getByLabel('IBAN für Kindergeld und Elterngeld').fill('DE89 3704 0044 0532 0130 00');
    await page.getByRole('button', { name: 'Weiter' }).click();
    expect(await step.textContent()).toBe('Schritt 5 von 5: Prüfen und absenden');
    const review = await page.getByTestId('birth-review').textContent();
    expect(review).toContain('Lena Marie');
    expect(review).toMatch(/Einwilligung: Elterngeldstelle\s*nein/);
    await expectAccessible(page, '46-family-birth-review');
    await page.getByRole('button', { name: 'Antrag speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Der Antrag ist gespeichert' }).waitFor();

    const bundle = page.getByTestId('birth-bundle');
    await bundle.getByRole('heading', { name: /Lena Marie Schmitz, geboren am/ }).waitFor();
    const parts = bundle.getByTestId('birth-part');
    expect(await parts.count()).toBe(3);
    await parts.filter({ hasText: 'Teil für Elterngeldstelle' }).getByText('Keine Einwilligung').waitFor();
    await expectAccessible(page, '47-family-birth-saved');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Teil für Standesamt Kaarst herunterladen' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`geburt-${born}-standesamt.json`);
    const registry = JSON.parse(readFileSync((await file.path()) as string, 'utf8'));
    expect(registry).toMatchObject({ office: 'Standesamt Kaarst', child: { firstNames: 'Lena Marie' } });
    // Each office gets its part only: the registry office's has no tax id or account.
    expect(JSON.stringify(registry)).not.toMatch(/12345678901|DE89/);

    await page.getByRole('button', { name: 'Antrag für Lena Marie löschen' }).click();
    await page.getByText('Noch keine Anträge.').waitFor();
    await page.context().close();
  });
  it('searches near me (geolocation), by radius and by age at the start; the list and the map follow', async () => {
    // Chromium grants and fakes the position: at the Büttgen sample Kita.
    const page = await openPage(rig.browser, {
      geolocation: { latitude: 51.2008, longitude: 6.5985 },
      permissions: ['geolocation'],
    });
    await page.goto(new URL('#/familie', portal).toString());
    const found = page
      .getByRole('status')
      .filter({ hasText: /gefunden/ })
      .first();
    const names = () => page.locator('.kitas li h3').allTextContents();
    const onMap = () => page.getByTestId('kita-map').locator('.map-feature').count();
    await found.filter({ hasText: '5 Kitas gefunden' }).waitFor();

    await page.getByRole('button', { name: 'In meiner Nähe suchen' }).click();
    await page.getByTestId('where-status').filter({ hasText: 'Umkreis 5 km um Ihren Standort' }).waitFor();
    await page.getByLabel('Umkreis', { exact: true }).selectOption('1');
    await found.filter({ hasText: '1 Kita gefunden' }).waitFor();
    expect(await names()).toEqual(['Kita Regenbogen (Beispiel)']);
    expect(await onMap()).toBe(1);
    expect(await page.locator('.kitas li .meta').textContent()).toContain('0 km entfernt');
    await page.getByLabel('Umkreis', { exact: true }).selectOption('10');
    await found.filter({ hasText: '5 Kitas gefunden' }).waitFor();
    expect((await names())[0]).toBe('Kita Regenbogen (Beispiel)'); // nearest first
    expect(await onMap()).toBe(5);
    await expectAccessible(page, '48-family-search-near');

    // 18 months old at the start: Regenbogen (from 24 months) and Pusteblume (from 36) drop out.
    await page.getByLabel('Geburtsdatum des Kindes').fill('2025-02-01');
    await page.getByRole('button', { name: 'Kitas suchen' }).click();
    await page.getByRole('alert').filter({ hasText: 'beide Daten' }).waitFor();
    await page.getByLabel('Gewünschter Beginn').fill('2026-08-01');
    await page.getByRole('button', { name: 'Kitas suchen' }).click();
    await found
      .filter({ hasText: '3 Kitas gefunden' })
      .filter({ hasText: 'Alter zum Beginn: 18 Monate' })
      .waitFor();
    expect((await names()).sort()).toEqual([
      'Kita Kleine Strolche (Beispiel)',
      'Kita Sonnenschein (Beispiel)',
      'Kita Wirbelwind (Beispiel)',
    ]);
    expect(await onMap()).toBe(3);

    // Chosen by hand instead: 1 km around Driesch's centre.
    await page.getByLabel('Oder ab dem Mittelpunkt von').selectOption('Driesch');
    await page.getByLabel('Umkreis', { exact: true }).selectOption('1');
    await found.filter({ hasText: '1 Kita gefunden' }).waitFor();
    expect(await names()).toEqual(['Kita Kleine Strolche (Beispiel)']);

    // Counselling by topic, and by the same point and radius.
    const offers = page.locator('.offers li h3');
    const offersFound = page.getByRole('status').filter({ hasText: /Angebote? gefunden/ });
    await offersFound.filter({ hasText: '1 Angebot gefunden' }).waitFor();
    expect(await offers.allTextContents()).toEqual(['Familiencafé Driesch (Beispiel)']);
    await page.getByLabel('Oder ab dem Mittelpunkt von').selectOption('');
    await offersFound.filter({ hasText: '5 Angebote gefunden' }).waitFor();
    await page.getByLabel('Thema').selectOption('Frühe Hilfen');
    await page.getByRole('button', { name: 'Angebote suchen' }).click();
    await offersFound.filter({ hasText: '1 Angebot gefunden' }).waitFor();
    expect(await offers.allTextContents()).toEqual(['Babytreff Büttgen (Beispiel)']);
    expect(await page.getByTestId('offer-map').locator('.map-feature').count()).toBe(1);
    await expectAccessible(page, '49-family-offers');
    await page.getByLabel('Thema').selectOption('');
    await page.getByLabel('Zielgruppe').selectOption('Schwangere');
    await page.getByRole('button', { name: 'Angebote suchen' }).click();
    // Still one offer, another one: wait for its title.
    await offers.filter({ hasText: 'Schwangerschaftsberatung Vorst (Beispiel)' }).waitFor();
    expect(await offers.allTextContents()).toEqual(['Schwangerschaftsberatung Vorst (Beispiel)']);
    await page.context().close();
  });
});
