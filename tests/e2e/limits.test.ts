import { CatalogueDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHub, subgraphFetchCount, type TestHub } from '../harness.ts';
import { sseClient, wsClient } from '../live.ts';

/** me → appointments → citizen → appointments ...: the graph's cycle, `levels` times. */
function nested(levels: number): string {
  let selection = 'displayName';
  for (let i = 0; i < levels; i++) selection = `appointments { code citizen { ${selection} } }`;
  return `{ me { ${selection} } }`;
}

describe('operation limits at the gateway (defaults)', () => {
  let hub: TestHub;
  let fetchesBefore: number;
  beforeAll(async () => {
    hub = await startHub();
    fetchesBefore = await subgraphFetchCount(hub);
  });
  afterAll(() => hub?.close());

  const cases: Array<[string, string, string]> = [
    ['nesting beyond depth 10', nested(5), 'QUERY_TOO_DEEP'],
    [
      'an alias bomb',
      `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      'TOO_MANY_ALIASES',
    ],
    ['a root field repeated 11 times', `{ ${'officeLocations { id } '.repeat(11)} }`, 'TOO_MANY_ROOT_FIELDS'],
    [
      'a directive on 25 fields',
      `{ __typename ${'__typename @skip(if: false) '.repeat(25)}}`,
      'TOO_MANY_DIRECTIVES',
    ],
    ['a document of more than 2000 tokens', `{ ${'__typename '.repeat(2100)}}`, 'TOO_MANY_TOKENS'],
    [
      'lists inside lists (estimated cost 8841)',
      '{ me { appointments { citizen { appointments { citizen { appointments { code } } } } } } }',
      'QUERY_TOO_COSTLY',
    ],
  ];

  it.each(cases)(
    'refuses %s with its own code and HTTP 400, before any subgraph is asked',
    async (_name, query, code) => {
      const response = await hub.request(query);
      expect(response.status).toBe(400);
      expect(codes(response)).toContain(code);
      expect(response.data ?? null).toBeNull();
    },
  );

  it('asked no subgraph for any of the refused operations', async () => {
    expect(await subgraphFetchCount(hub)).toBe(fetchesBefore);
  });

  it('holds subscriptions to the same limits, over WebSocket and SSE', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: freeSlots`).join(' ');
    const query = `subscription { availabilityChanged(locationId: "rathaus-kaarst") { ${aliases} } }`;
    for (const client of [wsClient(hub.url), sseClient(hub.url)]) {
      const subscription = client.subscribe(query);
      const { error } = await subscription.done;
      // graphql-ws fails the subscription with the errors; graphql-sse sends them as a result, then completes.
      const errors = (error ?? subscription.results.flatMap((result) => result.errors ?? [])) as Array<{
        extensions?: Record<string, unknown>;
      }>;
      expect(subscription.results.filter((result) => result.data)).toEqual([]);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_ALIASES']);
      expect(errors[0]?.extensions).not.toHaveProperty('http');
      await client.dispose();
    }
  });

  it('closes a WebSocket that sends a message over 64 KiB (1009), and serves the next one', async () => {
    const big = wsClient(hub.url);
    const { error } = await big.subscribe(
      `subscription { availabilityChanged(locationId: "${'x'.repeat(70_000)}") { date } }`,
    ).done;
    expect((error as { code?: number }).code).toBe(1009);
    await big.dispose();
    const normal = wsClient(hub.url);
    const result = await normal.client.iterate({ query: '{ appointmentServices { id } }' }).next();
    expect((result.value as { errors?: unknown }).errors).toBeUndefined();
    await normal.dispose();
  });

  it('answers within the limits, and keeps answering after the refusals', async () => {
    const response = await hub.execute(CatalogueDocument);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect((await hub.request(nested(2))).status).toBe(200);
  });
});

describe('operation limits are configurable', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({
      gateway: {
        limits: { depth: 3, aliases: 1, rootFields: 1, directives: 1, tokens: 40, cost: 30, listSize: 20 },
      },
    });
  });
  afterAll(() => hub?.close());

  it('applies the configured values', async () => {
    expect(codes(await hub.request('{ me { appointments { citizen { displayName } } } }'))).toContain(
      'QUERY_TOO_DEEP',
    );
    expect(codes(await hub.request('{ a: __typename b: __typename }'))).toContain('TOO_MANY_ALIASES');
    expect(codes(await hub.request('{ officeLocations { id } appointmentServices { id } }'))).toContain(
      'TOO_MANY_ROOT_FIELDS',
    );
    expect(codes(await hub.request('{ officeLocations { id openingHours { weekday } } }'))).toContain(
      'QUERY_TOO_COSTLY',
    );
    expect(codes(await hub.request(`{ ${'__typename '.repeat(40)}}`))).toContain('TOO_MANY_TOKENS');
    expect((await hub.request('{ officeLocations { id } }')).errors).toBeUndefined();
  });
});
