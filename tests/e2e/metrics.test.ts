import { AvailableSlotsDocument, CatalogueDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type TestHub } from '../harness.ts';

/** The value of one sample of a Prometheus text exposition (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const body = line.slice(name.length).match(/^\{(.*)\}\s/)?.[1] ?? '';
    const has = Object.entries(labels).every(([key, value]) => body.includes(`${key}="${value}"`));
    if (has) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('gateway metrics', () => {
  let hub: TestHub;
  const metrics = async () => (await fetch(new URL('/metrics', hub.url))).text();
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('counts exactly the traffic it saw: requests by operation and outcome, errors by code, subgraph fetches', async () => {
    const before = await metrics();
    for (let i = 0; i < 3; i++) expect((await hub.execute(CatalogueDocument)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const bad = await hub.execute(AvailableSlotsDocument, {
        serviceIds: ['no-such-service'],
        from: '2030-01-01T00:00:00Z',
        to: '2030-01-02T00:00:00Z',
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const after = await metrics();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);

    expect(delta('hub_graphql_requests_total', { operation: 'Catalogue', outcome: 'success' })).toBe(3);
    expect(delta('hub_graphql_requests_total', { operation: 'AvailableSlots', outcome: 'error' })).toBe(2);
    expect(delta('hub_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(2);
    expect(delta('hub_graphql_request_duration_seconds_count', { operation: 'Catalogue' })).toBe(3);
    // each of the five operations is one fetch from appointments; the two bad ones answered with errors
    expect(
      delta('hub_subgraph_fetch_duration_seconds_count', { subgraph: 'appointments', outcome: 'success' }),
    ).toBe(3);
    expect(
      delta('hub_subgraph_fetch_duration_seconds_count', { subgraph: 'appointments', outcome: 'error' }),
    ).toBe(2);
    expect(sample(after, 'hub_subscription_upstreams_open')).toBe(0);
    expect(after).toContain('process_cpu_user_seconds_total');
    // label values stay bounded: no ids, tokens or documents
    expect(after).not.toMatch(/="[^"]*(\{|Bearer|[0-9a-f]{8}-[0-9a-f]{4}-)/);
  });

  it('the outbox backlog of the appointments subgraph is exposed there', async () => {
    const text = await (await fetch(new URL('/metrics', hub.subgraph('appointments').url))).text();
    expect(sample(text, 'hub_outbox_backlog')).toBe(0);
    expect(text).toContain('hub_outbox_oldest_age_seconds');
  });

  it('each subgraph shows its database pool: open and idle connections, waiting queries, the limit', async () => {
    for (const subgraph of hub.subgraphs.values()) {
      const text = await (await fetch(new URL('/metrics', subgraph.url))).text();
      const open = sample(text, 'hub_db_pool_connections', { state: 'open' });
      expect(open).toBeGreaterThanOrEqual(1); // the subgraph has answered queries
      expect(sample(text, 'hub_db_pool_connections', { state: 'idle' })).toBeLessThanOrEqual(open);
      expect(sample(text, 'hub_db_pool_waiting')).toBe(0);
      expect(sample(text, 'hub_db_pool_max')).toBe(process.env.DATABASE_URL ? 10 : 1);
    }
  });
});

describe('metrics behind a token', () => {
  it('answers /metrics only with the bearer token when one is set', async () => {
    const hub = await startHub({ gateway: { metricsToken: 'scrape-me-please' } });
    try {
      const url = new URL('/metrics', hub.url);
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const ok = await fetch(url, { headers: { authorization: 'Bearer scrape-me-please' } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('hub_graphql_requests_total');
    } finally {
      await hub.close();
    }
  });
});
