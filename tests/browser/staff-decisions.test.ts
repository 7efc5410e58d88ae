/**
 * Decisions in the staff workbench (clients/staff) in Chromium against a real hub (trusted
 * documents enforced): (g) a Kaarst Pass application from outside Kaarst approved, suspended and
 * reactivated with reasons the holder sees, and a pass found by its number; (h) RATS-TV: a coming
 * meeting's broadcast planned, live, an agenda item set, ended; (i) an admin revokes a citizen's
 * API key, which the hub then refuses. axe-core checks every screen; screenshots go to
 * test-results/portal/staff-*.png.
 */
import {
  ApplyForKaarstPassDocument,
  CouncilMeetingDocument,
  MyKaarstPassDocument,
  SignUpDocument,
} from '@kaarst/contract';
import { describe, expect, it } from 'vitest';
import {
  WorkbenchApiKeysDocument,
  WorkbenchPassByNumberDocument,
  WorkbenchPendingPassesDocument,
} from '../../clients/staff/src/generated/graphql.ts';
import { browserTestsRun, expectAccessible, UNTIL } from '../../clients/web/test/browser.ts';
import { codes, issueApiKey, postGraphQL, STAFF } from '../harness.ts';
import { useWorkbenchSuite } from './staff-session.ts';

const runBrowserTests = browserTestsRun('staff decisions');

describe.runIf(runBrowserTests)('staff workbench decisions in Chromium', { timeout: 180_000 }, () => {
  const suite = useWorkbenchSuite(['pass', 'council']);
  const { newPage, signIn } = suite;

  it('(g) a Kaarst Pass application is approved, then suspended and reactivated, each with a reason', async () => {
    const signedUp = await suite.hub.execute(SignUpDocument, {
      input: {
        email: `otto.${Date.now()}@example.org`,
        displayName: 'Otto Anderswo',
        password: 'ein-langes-passwort',
      },
    });
    const otto = signedUp.data?.signUp.token as string;
    expect(otto).toBeTruthy();
    const applied = await suite.hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41460', street: 'Neusser Straße 1' } },
      otto,
    );
    const number = applied.data?.applyForKaarstPass.number as string;
    expect(applied.data?.applyForKaarstPass.status).toBe('PENDING');

    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'Kaarst-Pass' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kaarst-Pass' }).waitFor();
    const row = page.getByTestId(`pass-${number}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Neusser Straße 1, 41460');
    await expectAccessible(page, 'staff-31-pass-pending');

    const step = async (action: string, reason: string, done: string) => {
      await row.getByLabel(`Entscheidung zu ${number}`).selectOption({ label: action });
      await row.getByLabel(`Grund zu ${number}`).fill(reason);
      await row.getByRole('button', { name: `Ausführen ${number}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${number} ist ${done}.` })
        .waitFor();
    };
    await step('Genehmigen (ein Jahr gültig)', 'Wohnsitz in Kaarst nachgewiesen', 'genehmigt');
    await expect.poll(() => row.textContent(), UNTIL).toContain('gültig (Wohnsitz in Kaarst nachgewiesen)');
    await step('Sperren', 'Karte als verloren gemeldet', 'gesperrt');
    expect((await suite.hub.execute(MyKaarstPassDocument, undefined, otto)).data?.myKaarstPass).toMatchObject(
      {
        status: 'SUSPENDED',
        statusReason: 'Karte als verloren gemeldet',
      },
    );
    await step('Wieder freigeben', 'Karte wiedergefunden', 'wieder freigegeben');
    await expect.poll(() => row.textContent(), UNTIL).toContain('gültig (Karte wiedergefunden)');
    await expectAccessible(page, 'staff-32-pass-decided');
    expect((await suite.hub.execute(MyKaarstPassDocument, undefined, otto)).data?.myKaarstPass?.status).toBe(
      'ACTIVE',
    );

    // Opened again, only pending applications are listed: the decided pass is found by its number.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kaarst-Pass' }).waitFor();
    await page.getByLabel('Passnummer').fill('KP-999999');
    await page.getByRole('button', { name: 'Pass suchen' }).click();
    await page.getByRole('status').filter({ hasText: 'Keinen Pass mit dieser Nummer gefunden.' }).waitFor();
    await page.getByLabel('Passnummer').fill(number.toLowerCase());
    await page.getByRole('button', { name: 'Pass suchen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${number} gefunden: gültig.` })
      .waitFor();
    await expect.poll(() => row.textContent(), UNTIL).toContain('Neusser Straße 1, 41460');
    await expectAccessible(page, 'staff-32b-pass-found');

    // Only staff decide or look up: the applicant's own token is refused.
    expect(codes(await suite.hub.execute(WorkbenchPendingPassesDocument, undefined, otto))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await suite.hub.execute(WorkbenchPassByNumberDocument, { number }, otto))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('(h) RATS-TV: a coming meeting is scheduled, goes live, an agenda item is set, and it ends', async () => {
    const page = await newPage();
    await signIn(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'RATS-TV' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'RATS-TV' }).waitFor();
    const meetingSelect = page.getByLabel('Sitzung');
    await meetingSelect.waitFor();
    const meetingId = await meetingSelect.inputValue();
    const state = page.getByTestId('broadcast-state');
    await expect.poll(() => state.textContent(), UNTIL).toBe('nicht geplant');
    await expectAccessible(page, 'staff-33-rats-tv');

    await page
      .getByLabel('Adresse des Streams (HLS, .m3u8)')
      .fill('https://ratstv.example.org/live/index.m3u8');
    await page.getByRole('button', { name: 'Übertragung planen' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('geplant');
    await page.getByRole('button', { name: 'Live schalten' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('live');
    const items = page.getByLabel('Tagesordnungspunkt jetzt');
    const second = await items.locator('option').nth(1);
    await items.selectOption((await second.getAttribute('value')) as string);
    await page.getByRole('button', { name: 'Punkt setzen' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toMatch(/^live · jetzt TOP /);
    await expectAccessible(page, 'staff-34-rats-tv-live');

    // The public graph (the portal's meeting page) sees it live.
    const seen = await suite.hub.execute(CouncilMeetingDocument, { id: meetingId });
    expect(seen.data?.councilMeeting?.broadcast?.status).toBe('LIVE');
    await page.getByRole('button', { name: 'Übertragung beenden' }).click();
    await expect.poll(() => state.textContent(), UNTIL).toBe('beendet');
    expect(
      (await suite.hub.execute(CouncilMeetingDocument, { id: meetingId })).data?.councilMeeting?.broadcast
        ?.status,
    ).toBe('ENDED');
  });

  it('(i) an admin revokes a citizen’s API key; the hub refuses it from then on', async () => {
    const issued = await issueApiKey(suite.hub, suite.anna, 'Annas Abfahrtsanzeige');
    const hint = issued.key.slice(-6);
    const withKey = () =>
      postGraphQL(suite.hub.url, { query: '{ officeLocations { id } }' }, undefined, {
        'x-api-key': issued.key,
      });
    expect(codes(await withKey())).not.toContain('INVALID_API_KEY');
    const page = await newPage();
    await signIn(page, 'admin@example.org');
    await page
      .getByRole('navigation', { name: 'Arbeitsbereiche' })
      .getByRole('link', { name: 'API-Schlüssel' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'API-Schlüssel' }).waitFor();
    const row = page.getByTestId('key-list').locator('tr', { hasText: 'Annas Abfahrtsanzeige' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Anna');
    expect(await row.textContent()).toContain(`…${hint}`);
    await expectAccessible(page, 'staff-35-api-keys');
    await row.getByRole('button', { name: 'Widerrufen Annas Abfahrtsanzeige' }).click();
    await row.getByRole('button', { name: 'Wirklich widerrufen Annas Abfahrtsanzeige' }).click();
    await page.getByRole('status').filter({ hasText: 'ist widerrufen' }).waitFor();
    await expect.poll(() => row.count(), UNTIL).toBe(0);
    await page.getByLabel('Auch widerrufene zeigen').check();
    await expect.poll(() => row.textContent(), UNTIL).toContain('widerrufen');

    // The key no longer opens the graph (gateways learn of revocations within seconds): the
    // gateway now answers INVALID_API_KEY, which it did not before.
    await expect.poll(async () => codes(await withKey()), UNTIL).toEqual(['INVALID_API_KEY']);
    // Bürgerbüro staff have no such screen, and the graph keeps the list to staff and admins.
    expect(
      codes(await suite.hub.execute(WorkbenchApiKeysDocument, { includeRevoked: true }, suite.anna)),
    ).toEqual(['FORBIDDEN']);
  });
});
