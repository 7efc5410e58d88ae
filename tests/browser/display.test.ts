/**
 * A city display in Debian's headless Chromium at 1920×1080 against a real hub
 * (display and transit subgraphs, trusted documents enforced): the screen starts
 * from its URL and credential, shows an approved item and its stop's departures;
 * an emergency published then takes the screen over (the time is logged; bench:display holds the
 * 1 s figure); with the
 * gateway stopped it keeps its content marked "Stand: hh:mm" and catches up (snapshot) when a
 * gateway is back.
 * Screenshots in test-results/portal/.
 */
import { randomUUID } from 'node:crypto';
import { createGateway, type RunningGateway } from '@kaarst/gateway';
import type { Viewer } from '@kaarst/kit';
import { clientDocuments, listSubgraphs } from '@kaarst/kit/registry';
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDisplayBuilt } from '../../clients/display/scripts/ensure-build.ts';
import {
  type Browser,
  browserTestsRun,
  launchChromium,
  openPage,
  screenshot,
} from '../../clients/web/test/browser.ts';
import { ROOT, SUPERGRAPH, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('display');
const A = 'kaarst-rathausplatz';
const ADMIN: Viewer = { id: randomUUID(), roles: ['admin'] };
const KULTUR: Viewer = { id: randomUUID(), roles: ['staff'], department: 'kultur' };
const PRESSE: Viewer = { id: randomUUID(), roles: ['staff'], department: 'presse' };
const ORDNUNGSAMT: Viewer = { id: randomUUID(), roles: ['staff'], department: 'ordnungsamt' };

describe.runIf(runBrowserTests)('city display in Chromium', { timeout: 240_000 }, () => {
  let hub: TestHub;
  let browser: Browser;
  let restarted: RunningGateway | undefined;

  beforeAll(async () => {
    ensureDisplayBuilt({ typecheck: true });
    [hub, browser] = await Promise.all([
      startHub({ subgraphs: ['display', 'transit'], gateway: { trustedDocuments: { enforce: true } } }),
      launchChromium(),
    ]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (restarted) {
      // The hub's own gateway is closed already (closing it twice throws): close the rest.
      await restarted.close();
      await Promise.all([...hub.subgraphs.values()].map((running) => running.close()));
    } else await hub?.close();
  });

  async function display<T>(viewer: Viewer, query: string, variables: Record<string, unknown>) {
    const answer = await subgraphRequest<T>(hub.subgraph('display').url, hub.keys, viewer, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  }

  it('shows an approved item and departures; an emergency takes over; offline it keeps its content with Stand, then recovers', async () => {
    const { issueScreenCredential } = await display<{ issueScreenCredential: { secret: string } }>(
      ADMIN,
      'mutation ($s: ID!) { issueScreenCredential(screenId: $s) { secret } }',
      { s: A },
    );
    const { submitContent } = await display<{ submitContent: { id: string } }>(
      KULTUR,
      'mutation ($input: SubmitContentInput!) { submitContent(input: $input) { id } }',
      {
        input: {
          title: 'Adventsmarkt auf dem Rathausplatz',
          body: 'Freitag bis Sonntag, 12 bis 20 Uhr',
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validUntil: new Date(Date.now() + 3600_000).toISOString(),
          screenIds: [A],
        },
      },
    );
    await display(PRESSE, 'mutation ($id: ID!) { decideContent(id: $id, approve: true) { id } }', {
      id: submitContent.id,
    });
    // a one-off rule with a higher priority: the item has the screen to itself for the test
    await display(PRESSE, 'mutation ($input: ScheduleRuleInput!) { addScheduleRule(input: $input) { id } }', {
      input: {
        screenId: A,
        itemId: submitContent.id,
        from: new Date(Date.now() - 1000).toISOString(),
        until: new Date(Date.now() + 600_000).toISOString(),
        priority: 10,
      },
    });

    const page = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
    // What the screen subscribes to over the gateway's WebSocket (departures: live, not polled).
    const subscribed: string[] = [];
    const departureIds = new Set<string>();
    const departureEnds: string[] = [];
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as {
          id?: string;
          type: string;
          payload?: { query?: string };
        };
        if (message.type !== 'subscribe') return;
        subscribed.push(message.payload?.query ?? '');
        if (message.payload?.query?.includes('departuresChanged')) departureIds.add(message.id ?? '');
      });
      // Refused or ended by the hub: an "error" or "complete" for that subscription's id.
      socket.on('framereceived', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { id?: string; type: string };
        if ((message.type === 'error' || message.type === 'complete') && departureIds.has(message.id ?? ''))
          departureEnds.push(String(payload));
      });
    });
    await page.goto(
      new URL(
        `/display/?screen=${A}#credential=${encodeURIComponent(issueScreenCredential.secret)}`,
        hub.url,
      ).toString(),
    );
    await page.getByRole('heading', { level: 1, name: 'Kaarst Rathausplatz' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Adventsmarkt auf dem Rathausplatz' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Abfahrten Kaarst Rathaus' }).waitFor();
    await expect.poll(() => subscribed.filter((q) => q.includes('departuresChanged')).length).toBe(1);
    // the credential left the address bar, kept in the browser's storage
    expect(page.url()).not.toContain('credential');
    // the screen's subscription is open once the hub counts the screen's heartbeat (sent 2 s after start)
    await expect
      .poll(
        async () =>
          (
            await subgraphRequest<{ screenHealth: { screen: { id: string }; online: boolean }[] }>(
              hub.subgraph('display').url,
              hub.keys,
              KULTUR,
              '{ screenHealth(offlineAfterSeconds: 60) { screen { id } online } }',
            )
          ).data?.screenHealth.find((h) => h.screen.id === A)?.online,
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
    // The gateway took the departures subscription (a trusted document): nothing refused or ended it.
    expect(departureEnds).toEqual([]);
    await screenshot(page, 'display-item');

    const started = performance.now();
    const takeover = page.getByRole('alert');
    const shown = takeover.getByRole('heading', { name: 'Unwetterwarnung' }).waitFor();
    await display(
      ORDNUNGSAMT,
      'mutation ($input: PublishEmergencyInput!) { publishEmergency(input: $input) { id } }',
      {
        input: {
          severity: 'DANGER',
          title: 'Unwetterwarnung',
          message: 'Orkanböen: Plätze und Parks meiden',
        },
      },
    );
    await shown;
    const elapsed = performance.now() - started;
    // Logged, not bound: the 1 s is a figure of `bench:display` (emergencyMs, on a quiet machine);
    // a wall-clock bound in this test would fail under CI's parallel load.
    console.log(`display takeover: mutation sent to warning on screen in ${elapsed.toFixed(0)} ms`);
    expect(await page.getByRole('heading', { name: 'Adventsmarkt auf dem Rathausplatz' }).count()).toBe(0);
    await screenshot(page, 'display-emergency');

    // The gateway goes away: the screen keeps its content and says since when ("Stand: hh:mm").
    const { publishEmergency } = await display<{ publishEmergency: { id: string } }>(
      ORDNUNGSAMT,
      'mutation ($input: PublishEmergencyInput!) { publishEmergency(input: $input) { id } }',
      // DANGER: the newest of the same severity wins over the storm warning
      { input: { severity: 'DANGER', title: 'Straßensperrung', message: 'Rathausplatz gesperrt' } },
    );
    await page
      .getByRole('alert')
      .getByRole('heading', { name: 'Straßensperrung' })
      .waitFor({ timeout: 5000 });
    const port = Number(new URL(hub.url).port);
    await hub.gateway.close();
    await page.getByText(/Keine Verbindung – Stand: \d\d:\d\d/).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').getByRole('heading', { name: 'Straßensperrung' }).count()).toBe(1);
    await screenshot(page, 'display-stale');
    // While it is away, the warnings are withdrawn (the screen misses those events) ...
    const { activeEmergencies } = await display<{ activeEmergencies: { id: string }[] }>(
      ORDNUNGSAMT,
      '{ activeEmergencies { id } }',
      {},
    );
    expect(activeEmergencies.map((e) => e.id)).toContain(publishEmergency.id);
    for (const { id } of activeEmergencies)
      await display(ORDNUNGSAMT, 'mutation ($id: ID!) { withdrawEmergency(id: $id) { id } }', { id });
    // ... and when a gateway is back on the same address, the screen reconnects by itself and its
    // snapshot brings it up to date: the item again, no stale marker.
    restarted = await createGateway({
      supergraphPath: SUPERGRAPH,
      keys: hub.keys,
      subgraphUrls: Object.fromEntries(
        listSubgraphs().map(({ name }) => [
          name,
          hub.subgraphs.get(name)?.url ?? 'http://127.0.0.1:1/graphql',
        ]),
      ),
      trustedDocuments: { files: clientDocuments(ROOT).map((client) => client.file), enforce: true },
    });
    await restarted.listen(port, '127.0.0.1');
    await page
      .getByRole('heading', { level: 2, name: 'Adventsmarkt auf dem Rathausplatz' })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByText(/Stand:/).waitFor({ state: 'detached', timeout: 5000 });
    await page.context().close();
  });
});
