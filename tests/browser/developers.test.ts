/**
 * The developers' page in Debian's headless Chromium, against a hub that runs only
 * registered documents for callers without a key (as in production): a browser opening
 * /graphql lands on the page; a developer signs in, issues an API key and runs a query
 * of their own in GraphiQL with it, then an example with variables; the schema
 * reference says what protects a field. No request leaves the hub's origin, the page's
 * content security policy is not violated, and axe-core finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDevelopersBuilt } from '../../clients/developers/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  expectAccessible,
  launchChromium,
  type Page,
} from '../../clients/web/test/browser.ts';
import { ANNA, DEMO_PASSWORD, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('developers');

type GraphQLAnswer = { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };

/** Runs what GraphiQL's editor holds and returns the gateway's answer and the key it was sent with. */
async function execute(page: Page): Promise<{ answer: GraphQLAnswer; apiKey: string | undefined }> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'),
    page.getByRole('button', { name: /^Execute query/ }).click(),
  ]);
  return {
    answer: (await response.json()) as GraphQLAnswer,
    apiKey: (await response.request().allHeaders())['x-api-key'],
  };
}

describe.runIf(runBrowserTests)("developers' page in Chromium", { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    ensureDevelopersBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('issues a key and runs a query with it from GraphiQL', async () => {
    const origin = new URL(hub.url).origin;
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    page.on('pageerror', (error) => console.error('page error:', error));
    // Every refusal by the content security policy, as the page sees it.
    await page.addInitScript(`
      globalThis.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        globalThis.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    `);

    // A browser at the endpoint itself is sent to the page (no Apollo Sandbox from the internet).
    await page.goto(`${origin}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/developers/');
    await page.getByRole('heading', { level: 1, name: 'Entwicklerbereich' }).waitFor();
    // GraphiQL (React, Monaco) loads after the page; its editor then holds the first example.
    await page.locator('.graphiql-query-editor').getByText('appointmentServices').first().waitFor();

    // Without a key the hub runs only its own clients' registered documents.
    const refused = await execute(page);
    expect(refused.apiKey).toBeUndefined();
    expect(refused.answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_TRUSTED');

    await page.getByLabel('E-Mail').fill(ANNA);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Angemeldet als Anna Schmitz.').waitFor();
    await page.getByLabel('Name der Anwendung').fill('Meine Terminkarte');
    await page.getByRole('button', { name: 'Schlüssel ausstellen' }).click();
    const key = (await page.locator('#issued-key').textContent()) ?? '';
    expect(key.length).toBeGreaterThan(40);
    await page.getByRole('row', { name: /Meine Terminkarte/ }).waitFor();
    await page.getByText(`GraphiQL sendet Ihren API-Schlüssel (…${key.slice(-6)}).`).waitFor();
    await expectAccessible(page, '60-developers-key-issued');

    const ran = await execute(page);
    expect(ran.apiKey).toBe(key);
    expect(ran.answer.errors).toBeUndefined();
    const services = (ran.answer.data?.appointmentServices ?? []) as Array<{ name: string }>;
    expect(services.map((s) => s.name)).toContain('Personalausweis beantragen');
    await page.locator('.result-window').getByText('Personalausweis beantragen').first().waitFor();

    // An example with variables opens in GraphiQL and runs as well.
    await page.getByRole('button', { name: 'In GraphiQL öffnen: Freie Termine (Variablen)' }).click();
    await page.locator('.graphiql-editor').getByText('availableSlots').first().waitFor();
    const slots = await execute(page);
    expect(slots.apiKey).toBe(key);
    expect(slots.answer.errors).toBeUndefined();
    expect(Array.isArray(slots.answer.data?.availableSlots)).toBe(true);

    // The reference, from the SDL at build time, says what protects a field.
    await page.getByLabel('Typ oder Feld suchen').fill('myApiKeys');
    const query = page.locator('details[data-type="Query"]');
    await query.locator('summary').click();
    await expect
      .poll(() => query.getByText('myApiKeys: [ApiKey!]!').locator('..').textContent())
      .toContain('Geschützt: nur angemeldet @authenticated');
    // The limits as this gateway enforces them.
    await page.getByRole('cell', { name: 'QUERY_TOO_DEEP' }).waitFor();
    await expectAccessible(page, '61-developers-reference');

    expect(
      await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
