/**
 * Kita & Familie in Chromium against a real hub (trusted documents enforced): the search from
 * a street address (type the street, choose the suggestion by keyboard: the nearest Kitas come
 * first), and the family's children entered, corrected and removed in the portal, with the
 * refusals in German (a missing name, a birth date too far ahead, a child with an active wish).
 * axe-core checks each state; screenshots in test-results/portal/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun, expectAccessible, openPage } from '../../clients/web/test/browser.ts';
import { ANNA } from '../harness.ts';
import { type FamilyRig, signInAt, startFamilyRig } from './family-helpers.ts';

const runBrowserTests = browserTestsRun('family address and children');

describe.runIf(runBrowserTests)('web portal: search from an address, children', { timeout: 180_000 }, () => {
  let rig: FamilyRig;
  beforeAll(async () => {
    rig = await startFamilyRig();
  });
  afterAll(() => rig?.close());

  it('types a street, picks the suggestion by keyboard and sees the nearest Kitas first', async () => {
    const page = await openPage(rig.browser);
    await page.goto(new URL('#/familie', rig.portal).toString());
    await page.getByRole('heading', { level: 1, name: 'Kita & Familie' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Kitas gefunden' }).waitFor();

    const address = page.getByRole('combobox', { name: 'Ab einer Adresse in Kaarst' });
    await address.click();
    await address.pressSequentially('Rathausp', { delay: 30 });
    const option = page.getByRole('option', { name: /^Rathausplatz 23, 41564 Kaarst/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('Beispieladresse, Lage ungefähr');
    expect(await address.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'family-70-address-suggestions');
    await address.press('ArrowDown');
    expect(await address.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await address.press('Enter');
    expect(await address.inputValue()).toBe('Rathausplatz 23, 41564 Kaarst');
    expect(await address.getAttribute('aria-expanded')).toBe('false');
    await page
      .getByTestId('where-status')
      .filter({ hasText: 'Umkreis 5 km um Rathausplatz 23, 41564 Kaarst.' })
      .waitFor();
    // Büttgen's Kita, a few hundred metres away, first; then by distance.
    await page.locator('.kitas li h3').first().filter({ hasText: 'Kita Regenbogen (Beispiel)' }).waitFor();
    const names = await page.locator('.kitas li h3').allTextContents();
    expect(names).toEqual([
      'Kita Regenbogen (Beispiel)',
      'Kita Kleine Strolche (Beispiel)',
      'Kita Sonnenschein (Beispiel)',
      'Kita Wirbelwind (Beispiel)',
      'Kita Pusteblume (Beispiel)',
    ]);
    const distances = (await page.locator('.kitas li .meta').allTextContents()).map((text) =>
      Number((/([\d,]+) km entfernt/.exec(text)?.[1] ?? 'NaN').replace(',', '.')),
    );
    expect(distances[0]).toBeLessThan(0.5);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    // One kilometre around it: Büttgen's Kita alone.
    await page.getByLabel('Umkreis', { exact: true }).selectOption('1');
    await page.getByRole('status').filter({ hasText: '1 Kita gefunden' }).waitFor();
    expect(await page.locator('.kitas li h3').allTextContents()).toEqual(['Kita Regenbogen (Beispiel)']);
    await expectAccessible(page, 'family-71-address-chosen');

    // Another street: Escape closes the list, an unknown street says so.
    await address.fill('');
    await address.pressSequentially('Neusser', { delay: 30 });
    await page.getByRole('option', { name: /^Neusser Straße 12, 41564 Kaarst/ }).waitFor();
    await address.press('Escape');
    expect(await address.getAttribute('aria-expanded')).toBe('false');
    await address.fill('');
    await address.pressSequentially('Gibtsnichtweg', { delay: 20 });
    await page.getByTestId('address-none').filter({ hasText: 'Keine Adresse in Kaarst gefunden' }).waitFor();
    await page.context().close();
  });

  it('adds, corrects and removes a child; German refusals; no removal while a wish is active', async () => {
    const page = await openPage(rig.browser);
    await signInAt(page, rig.portal, ANNA);
    await page.goto(new URL('#/familie', rig.portal).toString());
    const card = page.locator('section[aria-labelledby="children-title"]');
    await card.waitFor();
    const message = page.getByTestId('children-message');
    const add = card.getByRole('form', { name: 'Kind eintragen' });

    // No name: refused in German before anything is sent, the name field focused.
    await add.getByLabel('Geburtsdatum').fill('2024-03-10');
    await add.getByLabel('Gewünschter Beginn in der Kita').fill('2026-08-01');
    await add.getByRole('button', { name: 'Kind eintragen' }).click();
    await message.filter({ hasText: 'Bitte geben Sie einen Vornamen an' }).waitFor();
    expect(await add.getByLabel('Vorname').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(
      true,
    );
    // A birth date years ahead: the hub refuses it (BAD_USER_INPUT birthDate), shown in German.
    await add.getByLabel('Vorname').fill('Lena');
    await add.getByLabel('Geburtsdatum').fill('2030-01-01');
    await add.getByLabel('Gewünschter Beginn in der Kita').fill('2031-08-01');
    await add.getByRole('button', { name: 'Kind eintragen' }).click();
    await message.filter({ hasText: 'Bitte geben Sie ein gültiges Geburtsdatum an' }).waitFor();
    await expectAccessible(page, 'family-72-child-refused');
    // By keyboard: the right dates, Enter in the form adds the child.
    await add.getByLabel('Geburtsdatum').fill('2024-03-10');
    await add.getByLabel('Gewünschter Beginn in der Kita').fill('2026-08-01');
    await add.getByLabel('Wochenstunden').fill('35');
    await add.getByLabel('Wochenstunden').press('Enter');
    await message.filter({ hasText: 'Lena ist eingetragen.' }).waitFor();
    const lena = card.getByTestId('child').filter({ hasText: 'Lena' });
    await lena.filter({ hasText: 'geboren am 10.03.2024 · Beginn 01.08.2026 · 35 Std./Woche' }).waitFor();

    // Corrected: another name and 45 hours.
    await lena.getByRole('button', { name: 'Lena bearbeiten' }).click();
    const edit = card.getByRole('form', { name: 'Änderungen für Lena speichern' });
    await edit.getByLabel('Vorname').fill('Lene');
    await edit.getByLabel('Wochenstunden').fill('45');
    await edit.getByRole('button', { name: 'Änderungen für Lena speichern' }).click();
    await message.filter({ hasText: 'Die Angaben zu Lene sind gespeichert.' }).waitFor();
    const lene = card.getByTestId('child').filter({ hasText: 'Lene' });
    await lene.filter({ hasText: '45 Std./Woche' }).waitFor();

    // A wish for her, then a removal is refused (CONFLICT), in German, and she stays.
    await page
      .getByRole('button', { name: 'Kita Sonnenschein (Beispiel) auf die Wunschliste von Lene' })
      .click();
    await page.getByTestId('wish-status').filter({ hasText: 'wartet auf die Vergabe' }).waitFor();
    await lene.getByRole('button', { name: 'Lene entfernen' }).click();
    await lene.getByRole('button', { name: 'Ja, Lene entfernen' }).click();
    await message.filter({ hasText: 'Lene kann nicht entfernt werden: ein Wunsch ist noch aktiv' }).waitFor();
    expect(await card.getByTestId('child').count()).toBe(1);
    await expectAccessible(page, 'family-73-child-active-wish');

    // Withdrawn, she can go.
    await page.getByRole('button', { name: 'Kita Sonnenschein (Beispiel) zurückziehen' }).click();
    await page.getByTestId('wish-status').filter({ hasText: 'zurückgezogen' }).waitFor();
    await lene.getByRole('button', { name: 'Lene entfernen' }).click();
    await lene.getByRole('button', { name: 'Ja, Lene entfernen' }).click();
    await message.filter({ hasText: 'Lene ist entfernt.' }).waitFor();
    await page.getByText('Noch keine Kinder eingetragen.').waitFor();
    expect(await card.getByTestId('child').count()).toBe(0);
    await expectAccessible(page, 'family-74-child-removed');
    await page.context().close();
  });
});
