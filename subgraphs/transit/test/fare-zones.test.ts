/**
 * Fare zones: the sample feed's GTFS fares v2 areas ("kaarst", "neuss";
 * invented), a configured zone map on top (TRANSIT_FARE_ZONES_PATH), and
 * fares v1 zone_id when a feed has no areas. Journeys say the zones they pass,
 * so the Kaarst Pass check knows a free ride (zone "kaarst" only).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZoneMap } from '../src/fares/zone-map.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { zipSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { activateFeed, readFeed, TINY_FEED, zipFeed } from './feeds.ts';

const JOURNEY_ZONES = `query ($from: ID!, $to: ID!) {
  journeys(fromStopId: $from, toStopId: $to, departAt: "2026-11-26T07:00:00Z", limit: 1) {
    fareZones legs { walking fareZones fromStop { id } toStop { id } } } }`;

describe('transit: fare zones', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  const folder = mkdtempSync(path.join(tmpdir(), 'kaarst-zones-'));
  const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
    const result = await subgraphRequest<T>(subgraph.url, keys, null, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };

  beforeAll(async () => {
    const map = path.join(folder, 'zones.json');
    // A tariff area around both towns, as an operator might configure it for its own feed.
    writeFileSync(
      map,
      JSON.stringify({
        zones: [{ id: 'rhein-kreis', name: 'Rhein-Kreis (sample)', stopIds: ['ka_bf', 'ne_hbf'] }],
      }),
    );
    process.env.TRANSIT_FARE_ZONES_PATH = map;
    keys = await generateHubKeys();
    try {
      subgraph = await startTestSubgraph(transitSubgraph, { keys });
    } finally {
      delete process.env.TRANSIT_FARE_ZONES_PATH;
    }
  });
  afterAll(async () => subgraph?.close());

  it('journeys and their legs name the zones they pass; one within Kaarst is in "kaarst" only', async () => {
    const toNeuss = await ask<{
      journeys: Array<{ fareZones: string[]; legs: Array<Record<string, unknown>> }>;
    }>(JOURNEY_ZONES, { from: 'ka_rathaus', to: 'ne_hbf' });
    // 08:01 walk to Am Neumarkt, K2 to Neuss Hbf (the stop times of K2 between them: Büttgen Bahnhof).
    expect(toNeuss.journeys[0]).toEqual({
      fareZones: ['kaarst', 'neuss', 'rhein-kreis'],
      legs: [
        {
          walking: true,
          fareZones: ['kaarst'],
          fromStop: { id: 'ka_rathaus' },
          toStop: { id: 'ka_neumarkt' },
        },
        {
          walking: false,
          fareZones: ['kaarst', 'neuss', 'rhein-kreis'],
          fromStop: { id: 'ka_neumarkt' },
          toStop: { id: 'ne_hbf' },
        },
      ],
    });
    const inTown = await ask<{ journeys: Array<{ fareZones: string[] }> }>(JOURNEY_ZONES, {
      from: 'ka_rathaus',
      to: 'vo_kirche',
    });
    expect(inTown.journeys[0]?.fareZones).toEqual(['kaarst']);
  });

  it("the zone map for apps: the feed's areas with the configured zones, and each stop's zones", async () => {
    const { fareZoneMap, station } = await ask<{
      fareZoneMap: { version: string; zones: Array<{ id: string; name: string | null; stopIds: string[] }> };
      station: { fareZones: string[] };
    }>(
      'query { fareZoneMap { version zones { id name stopIds } } station: transitStop(id: "ka_bf") { fareZones } }',
    );
    expect(fareZoneMap.zones.map((z) => [z.id, z.name, z.stopIds.length])).toEqual([
      ['kaarst', 'Kaarst (Stadtgebiet)', 9],
      ['neuss', 'Neuss', 1],
      ['rhein-kreis', 'Rhein-Kreis (sample)', 2],
    ]);
    expect(fareZoneMap.version).toMatch(/^[\w-]{16}$/);
    expect(station.fareZones).toEqual(['kaarst', 'rhein-kreis']);
  });

  it("a feed without areas.txt has the zones of its stops' zone_id (fares v1)", async () => {
    const tiny = readFeed(TINY_FEED);
    const stops = (tiny['stops.txt'] ?? '')
      .trim()
      .split('\n')
      .map((line, i) => `${line},${i === 0 ? 'zone_id' : line.startsWith('A,') ? 'z1' : 'z2'}`)
      .join('\n');
    expect(
      (await activateFeed(subgraph, await zipSource(await zipFeed({ ...tiny, 'stops.txt': stops })))).ok,
    ).toBe(true);
    const { fareZoneMap } = await ask<{ fareZoneMap: { zones: Array<{ id: string; stopIds: string[] }> } }>(
      'query { fareZoneMap { zones { id stopIds } } }',
    );
    expect(fareZoneMap.zones.map((z) => [z.id, z.stopIds.length])).toEqual([
      ['rhein-kreis', 0],
      ['z1', 1],
      ['z2', 6],
    ]);
  });

  it('a broken zone map is refused with the reason', () => {
    const file = path.join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify({ zones: [{ id: 'kaarst', stopIds: 'ka_bf' }] }));
    expect(() => readZoneMap(file)).toThrow(/zones\[0\]: "stopIds" must be a list of stop ids/);
    writeFileSync(file, '{ zones: ');
    expect(() => readZoneMap(file)).toThrow(/is not readable JSON/);
  });
});
