/** The stops near a position (the Kaarst App's departures near me), on the sample feed. */
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { metresBetween } from '../src/queries.ts';
import { transitSubgraph } from '../src/subgraph.ts';

describe('transit: stops near a position', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const near = (variables: Record<string, unknown>) =>
    subgraphRequest<{ transitStopsNear: Array<{ id: string }> }>(
      subgraph.url,
      keys,
      null,
      'query ($lat: Float!, $lon: Float!, $limit: Int) { transitStopsNear(latitude: $lat, longitude: $lon, limit: $limit) { id } }',
      variables,
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('answers the nearest stops first, as many as asked', async () => {
    // A few metres from Kaarst Rathaus (51.2296, 6.6178); Am Neumarkt is next (about 160 m).
    const answer = await near({ lat: 51.2297, lon: 6.6179, limit: 2 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.transitStopsNear.map((stop) => stop.id)).toEqual(['ka_rathaus', 'ka_neumarkt']);
    expect((await near({ lat: 51.2297, lon: 6.6179 })).data?.transitStopsNear).toHaveLength(5);
  });

  it('refuses positions off the globe and limits past 20', async () => {
    for (const variables of [
      { lat: 91, lon: 6.6 },
      { lat: 51.2, lon: -181 },
      { lat: 51.2, lon: 6.6, limit: 21 },
    ])
      expect((await near(variables)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('measures metres on the globe', () => {
    expect(Math.round(metresBetween(51.2296, 6.6178, 51.2285, 6.6192))).toBeGreaterThan(140);
    expect(Math.round(metresBetween(51.2296, 6.6178, 51.2285, 6.6192))).toBeLessThan(170);
  });
});
