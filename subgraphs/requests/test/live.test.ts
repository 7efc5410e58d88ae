import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest, subscribeToSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

/** Codes of the errors a subscription got (graphql-ws hands a refused one over as a list). */
const errorCodes = (subscription: { errors: unknown[] }) =>
  subscription.errors.flat().map((e) => (e as { extensions?: { code?: string } }).extensions?.code);

async function until(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}

describe('requests: live updates', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const abfall: Viewer = { id: randomUUID(), roles: ['staff'], department: 'abfall' };
  const tiefbau: Viewer = { id: randomUUID(), roles: ['staff'], department: 'tiefbau' };

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(requestsSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('the department hears of a new request; the citizen hears of each change; nobody else', async () => {
    const arrivals = subscribeToSubgraph<{ requestSubmitted: { referenceNumber: string } }>(
      subgraph.url,
      keys,
      abfall,
      'subscription { requestSubmitted(department: "abfall") { referenceNumber } }',
    );
    const elsewhere = subscribeToSubgraph(
      subgraph.url,
      keys,
      tiefbau,
      'subscription { requestSubmitted(department: "abfall") { id } }',
    );
    await new Promise((r) => setTimeout(r, 300));
    const submitted = await subgraphRequest<{ submitRequest: { id: string; referenceNumber: string } }>(
      subgraph.url,
      keys,
      anna,
      'mutation ($i: SubmitRequestInput!) { submitRequest(input: $i) { id referenceNumber } }',
      {
        i: {
          typeCode: 'sperrmuell',
          description: 'Altes Sofa und zwei Stühle',
          address: 'Maubisstraße 5',
          answers: [
            { field: 'gegenstaende', value: 'Sofa, 2 Stühle' },
            { field: 'volumen', value: '2' },
          ],
          idempotencyKey: randomUUID(),
        },
      },
    );
    const { id, referenceNumber } = submitted.data?.submitRequest ?? { id: '', referenceNumber: '' };
    expect(await until(() => arrivals.events.length === 1)).toBe(true);
    expect(arrivals.events[0]?.requestSubmitted.referenceNumber).toBe(referenceNumber);
    expect(errorCodes(elsewhere)).toEqual(['FORBIDDEN']);

    const changes = subscribeToSubgraph<{ requestChanged: { status: string } }>(
      subgraph.url,
      keys,
      anna,
      'subscription ($id: ID!) { requestChanged(requestId: $id) { status } }',
      { id },
    );
    const snooping = subscribeToSubgraph(
      subgraph.url,
      keys,
      ben,
      'subscription ($id: ID!) { requestChanged(requestId: $id) { status } }',
      { id },
    );
    await new Promise((r) => setTimeout(r, 300));
    const changed = await subgraphRequest(
      subgraph.url,
      keys,
      abfall,
      'mutation ($id: ID!) { changeRequestStatus(requestId: $id, status: IN_PROGRESS, reason: "Termin am Dienstag") { id } }',
      { id },
    );
    expect(changed.errors).toBeUndefined();
    expect(await until(() => changes.events.length === 1)).toBe(true);
    expect(changes.events[0]?.requestChanged.status).toBe('IN_PROGRESS');
    expect(snooping.events).toEqual([]);
    expect(errorCodes(snooping)).toEqual(['NOT_FOUND']);
    await Promise.all([arrivals, elsewhere, changes, snooping].map((s) => s.dispose()));
    // Let the subgraph finish unsubscribing from Redis before afterAll closes its connection.
    await new Promise((r) => setTimeout(r, 500));
  });
});
