/**
 * A city display where WebSocket cannot pass (Chromium's WebSocket to the hub is cut by the
 * test, as a proxy on the square's network would do), in Debian's headless Chromium at
 * 1920×1080 against a real hub (display and transit subgraphs, trusted documents enforced):
 * the screen finds the hub over HTTP, moves its subscriptions to Server-Sent Events and says so
 * in its heartbeat; an emergency reaches it; with the gateway stopped it keeps its content with
 * "Stand: hh:mm" and, when a gateway is back, recovers over SSE by itself.
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
  expectAccessible,
  launchChromium,
  openPage,
} from '../../clients/web/test/browser.ts';
import { ROOT, SUPERGRAPH, startHub, type TestHub } from '../harness.ts';

const runBrowserTests = browserTestsRun('display');
const SCREEN = 'buettgen-rathausplatz';
const ADMIN: Viewer = { id: randomUUID(), roles: ['admin'] };
const ORDNUNGSAMT: Viewer = { id: randomUUID(), roles: ['staff'], department: 'ordnungsamt' };

describe.runIf(runBrowserTests)('city display without WebSocket (SSE fallback)', { timeout: 240_000 }, () => {
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
      await restarted.close();
      await Promise.all([...hub.subgraphs.values()].map((running) => running.close()));
    } else await hub?.close();
  });

  async function display<T>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}) {
    const answer = await subgraphRequest<T>(hub.subgraph('display').url, hub.keys, viewer, query, variables);
    expect(answer.errors, query).toBeUndefined();
    return answer.data as T;
  }

  it('moves to SSE, takes an emergency over it, and recovers over it after the gateway was away', async () => {
    const { issueScreenCredential } = await display<{ issueScreenCredential: { secret: string } }>(
      ADMIN,
      'mutation ($s: ID!) { issueScreenCredential(screenId: $s) { secret } }',
      { s: SCREEN },
    );
    const page = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
    // Every WebSocket to the hub is cut before it reaches the gateway.
    let cut = 0;
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      cut += 1;
      void socket.close({ code: 1011, reason: 'blocked by the test' });
    });
    // The event streams the screen opens: POST /graphql asking for text/event-stream.
    const streams: string[] = [];
    page.on('request', (request) => {
      if (
        request.url().endsWith('/graphql') &&
        (request.headers().accept ?? '').startsWith('text/event-stream')
      )
        streams.push(request.postData() ?? '');
    });
    await page.goto(
      new URL(
        `/display/?screen=${SCREEN}#credential=${encodeURIComponent(issueScreenCredential.secret)}`,
        hub.url,
      ).toString(),
    );
    await page.getByRole('heading', { level: 1, name: 'Büttgen Rathausplatz' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Abfahrten Büttgen Rathaus' }).waitFor();
    // It tried WebSocket, then moved its subscriptions to event streams.
    await expect
      .poll(() => streams.some((body) => body.includes('screenEvents')), { timeout: 30_000 })
      .toBe(true);
    await expect.poll(() => streams.some((body) => body.includes('departuresChanged'))).toBe(true);
    expect(cut).toBeGreaterThanOrEqual(2);
    // Its heartbeat says which transport it uses (the workbench sees screens that fell back).
    await expect
      .poll(
        async () =>
          (
            await display<{ screenHealth: { screen: { id: string }; clientVersion: string | null }[] }>(
              ADMIN,
              '{ screenHealth { screen { id } clientVersion } }',
            )
          ).screenHealth.find((h) => h.screen.id === SCREEN)?.clientVersion,
        { timeout: 20_000, interval: 250 },
      )
      .toMatch(/\(sse\)$/);
    expect(await page.getByText(/Stand:/).count()).toBe(0);

    // An emergency arrives over the event stream.
    const sent = Date.now();
    const { publishEmergency } = await display<{ publishEmergency: { id: string } }>(
      ORDNUNGSAMT,
      'mutation ($input: PublishEmergencyInput!) { publishEmergency(input: $input) { id } }',
      {
        input: {
          severity: 'DANGER',
          title: 'Gasaustritt',
          message: 'Rathausplatz Büttgen weiträumig meiden',
        },
      },
    );
    await page.getByRole('alert').getByRole('heading', { name: 'Gasaustritt' }).waitFor({ timeout: 5000 });
    console.log(`display over SSE: warning on screen ${Date.now() - sent} ms after the mutation was sent`);
    await expectAccessible(page, 'display-sse-emergency');

    // The gateway goes away: the content stays, marked with its time.
    const port = Number(new URL(hub.url).port);
    await hub.gateway.close();
    await page.getByText(/Keine Verbindung – Stand: \d\d:\d\d/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').getByRole('heading', { name: 'Gasaustritt' }).count()).toBe(1);
    // Withdrawn while the screen cannot hear it; a gateway back on the same address: the screen
    // reconnects its streams by itself and the snapshot brings the withdrawal.
    await display(ORDNUNGSAMT, 'mutation ($id: ID!) { withdrawEmergency(id: $id) { id } }', {
      id: publishEmergency.id,
    });
    const before = streams.length;
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
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText(/Stand:/).waitFor({ state: 'detached', timeout: 10_000 });
    expect(streams.length).toBeGreaterThan(before);
    // And the next emergency reaches it over the new streams.
    await display(
      ORDNUNGSAMT,
      'mutation ($input: PublishEmergencyInput!) { publishEmergency(input: $input) { id } }',
      {
        input: { severity: 'WARNING', title: 'Glätte', message: 'Gehwege rutschig', screenIds: [SCREEN] },
      },
    );
    await page.getByRole('alert').getByRole('heading', { name: 'Glätte' }).waitFor({ timeout: 5000 });
    await page.context().close();
  });
});
