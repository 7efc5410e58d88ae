import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

const SUBMIT =
  'mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { id referenceNumber } }';
const ROUTE_FIELDS =
  'date start returnAt distanceKm stops { position travelMinutes arrival windowStart windowEnd request { id } }';
const PREVIEW = `query ($input: HomeVisitDayInput!) { homeVisitRoute(input: $input) { ${ROUTE_FIELDS} } }`;
const CONFIRM = `mutation ($input: HomeVisitDayInput!) { confirmHomeVisitDay(input: $input) { ${ROUTE_FIELDS} } }`;
const MINE = `query ($id: ID!) { serviceRequest(id: $id) {
  status homeVisit { date windowStart windowEnd position } messages { body fromOffice } } }`;

type Route = {
  date: string;
  start: string;
  returnAt: string;
  distanceKm: number;
  stops: Array<{
    position: number;
    travelMinutes: number;
    arrival: string;
    windowStart: string;
    windowEnd: string;
    request: { id: string };
  }>;
};

// Addresses in Kaarst's districts (sample coordinates).
const HOMES = [
  { address: 'Am Schiefer Berg 3, Vorst', latitude: 51.2335, longitude: 6.582 },
  { address: 'Kaarster Straße 50, Büttgen', latitude: 51.2005, longitude: 6.6045 },
  { address: 'Holzbüttger Straße 12', latitude: 51.2175, longitude: 6.6395 },
  { address: 'Driescher Weg 4, Driesch', latitude: 51.245, longitude: 6.625 },
  { address: 'Maubisstraße 30, Kaarst', latitude: 51.2285, longitude: 6.6215 },
];

describe('mobile office: home visits planned into a route, windows confirmed to citizens', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizens: Viewer[] = HOMES.map(() => ({ id: randomUUID(), roles: ['citizen'] }));
  const buergerbuero: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const tiefbau: Viewer = { id: randomUUID(), roles: ['staff'], department: 'tiefbau' };
  const ids: string[] = [];
  let unplaced: string;
  const date = DateTime.now().setZone('Europe/Berlin').plus({ days: 7 }).toISODate() as string;
  const request = <T = Record<string, unknown>>(viewer: Viewer | null, query: string, variables?: object) =>
    subgraphRequest<T>(subgraph.url, keys, viewer, query, variables as Record<string, unknown>);
  const visit = (home: Partial<(typeof HOMES)[number]>) => ({
    typeCode: 'hausbesuch',
    description: 'Ich kann nach einer Operation nicht ins Rathaus kommen.',
    answers: [
      { field: 'anlass', value: 'krankheit' },
      { field: 'leistungen', value: 'personalausweis,ausweis-abholen' },
    ],
    idempotencyKey: `visit-${randomUUID()}`,
    ...home,
  });

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(requestsSubgraph, { keys });
    for (const [i, home] of HOMES.entries()) {
      const submitted = await request<{ submitRequest: { id: string } }>(citizens[i] as Viewer, SUBMIT, {
        input: visit(home),
      });
      expect(submitted.errors).toBeUndefined();
      ids.push(submitted.data?.submitRequest.id as string);
    }
    const withoutCoordinates = await request<{ submitRequest: { referenceNumber: string; id: string } }>(
      citizens[0] as Viewer,
      SUBMIT,
      { input: visit({ address: 'Neumarkt 1, Kaarst' }) },
    );
    expect(withoutCoordinates.errors).toBeUndefined();
    unplaced = withoutCoordinates.data?.submitRequest.id as string;
  });
  afterAll(async () => subgraph?.close());

  it('the staff map: open home visits as GeoJSON points, the ones without coordinates named', async () => {
    const map = await request<{
      homeVisitMap: {
        type: string;
        features: Array<{ geometry: { coordinates: number[] } }>;
        unplaced: string[];
      };
    }>(buergerbuero, '{ homeVisitMap }');
    expect(map.errors).toBeUndefined();
    expect(map.data?.homeVisitMap.type).toBe('FeatureCollection');
    expect(map.data?.homeVisitMap.features).toHaveLength(HOMES.length);
    expect(map.data?.homeVisitMap.features[0]?.geometry.coordinates).toEqual([
      HOMES[0]?.longitude,
      HOMES[0]?.latitude,
    ]);
    expect(map.data?.homeVisitMap.unplaced).toHaveLength(1);
    expect(codes(await request(tiefbau, '{ homeVisitMap }'))).toEqual(['FORBIDDEN']);
  });

  it('a preview orders the visits into a round trip with times; nothing is stored', async () => {
    const preview = await request<{ homeVisitRoute: Route }>(buergerbuero, PREVIEW, {
      input: { date, requestIds: ids, startTime: '09:00', visitMinutes: 30 },
    });
    expect(preview.errors).toBeUndefined();
    const route = preview.data?.homeVisitRoute as Route;
    expect(route.stops.map((s) => s.request.id).sort()).toEqual([...ids].sort());
    expect(route.stops.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
    // Each arrival is the previous one plus the visit and the drive; each window holds its arrival.
    let previous = DateTime.fromISO(route.start).minus({ minutes: 30 });
    for (const stop of route.stops) {
      const arrival = DateTime.fromISO(stop.arrival);
      expect(arrival.diff(previous, 'minutes').minutes).toBe(30 + stop.travelMinutes);
      expect(stop.travelMinutes).toBeGreaterThan(0);
      expect(Date.parse(stop.windowStart)).toBeLessThanOrEqual(arrival.toMillis());
      expect(Date.parse(stop.windowEnd)).toBeGreaterThan(arrival.toMillis());
      previous = arrival;
    }
    expect(Date.parse(route.returnAt)).toBeGreaterThan(previous.toMillis());
    expect(route.distanceKm).toBeGreaterThan(5);
    expect(route.distanceKm).toBeLessThan(40);
    expect(await subgraph.db.homeVisit.count()).toBe(0);
  });

  it('refuses what cannot be planned, and people who may not plan', async () => {
    const input = { date, requestIds: [...ids, unplaced] };
    const refused = await request(buergerbuero, PREVIEW, { input });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toContain('no coordinates');
    expect(
      codes(await request(buergerbuero, PREVIEW, { input: { date: '25.12.2026', requestIds: ids } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await request(tiefbau, CONFIRM, { input: { date, requestIds: ids } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await request(citizens[0] as Viewer, CONFIRM, { input: { date, requestIds: ids } })),
    ).toEqual(['FORBIDDEN']);
    expect(await subgraph.db.homeVisit.count()).toBe(0);
  });

  it('confirming tells each citizen their window; confirming again keeps one visit each', async () => {
    const confirmed = await request<{ confirmHomeVisitDay: Route }>(buergerbuero, CONFIRM, {
      input: { date, requestIds: ids },
    });
    expect(confirmed.errors).toBeUndefined();
    const stops = confirmed.data?.confirmHomeVisitDay.stops ?? [];
    const first = stops[0] as Route['stops'][number];
    const owner = citizens[ids.indexOf(first.request.id)] as Viewer;
    const seen = await request<{
      serviceRequest: {
        status: string;
        homeVisit: { date: string; windowStart: string; position: number | null };
        messages: Array<{ body: string; fromOffice: boolean }>;
      };
    }>(owner, MINE, { id: first.request.id });
    expect(seen.data?.serviceRequest).toMatchObject({
      status: 'IN_PROGRESS',
      homeVisit: { date, windowStart: first.windowStart, position: null },
    });
    const window = DateTime.fromISO(first.windowStart, { zone: 'Europe/Berlin' }).toFormat('HH:mm');
    expect(seen.data?.serviceRequest.messages.at(-1)).toMatchObject({ fromOffice: true });
    expect(seen.data?.serviceRequest.messages.at(-1)?.body).toContain(`zwischen ${window}`);
    // Another citizen cannot read it.
    const stranger = citizens.find((c) => c !== owner) as Viewer;
    expect(codes(await request(stranger, MINE, { id: first.request.id }))).toEqual(['NOT_FOUND']);

    await request(buergerbuero, CONFIRM, { input: { date, requestIds: ids.slice(0, 3) } });
    expect(await subgraph.db.homeVisit.count({ where: { date } })).toBe(3);
  });
});
