import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest, subscribeToSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { transitSubgraph } from '../src/subgraph.ts';

const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.map((e) => e.extensions?.code);

async function until(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}

const REQUEST = `mutation ($input: RequestPickupInput!) {
  requestWheelchairPickup(input: $input) { id status stop { name } scheduledDeparture expiresAt } }`;

describe('transit: wheelchair pickup (sample feed)', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const driver: Viewer = { id: randomUUID(), roles: ['driver'] };
  const otherDriver: Viewer = { id: randomUUID(), roles: ['driver'] };
  let trip: { id: string; serviceDate: string };
  const call = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
    // The next K1 with a wheelchair place leaving Kaarst Rathaus (sample timetable), whatever the hour.
    const next = await call<{
      departures: Array<{ trip: { id: string; serviceDate: string; wheelchairAccessible: string } }>;
    }>(
      null,
      'query { departures(stopId: "ka_rathaus", limit: 6) { trip { id serviceDate wheelchairAccessible } } }',
    );
    const found = next.data?.departures.find((d) => d.trip.wheelchairAccessible === 'POSSIBLE')?.trip;
    if (!found) throw new Error(`no accessible departure: ${JSON.stringify(next)}`);
    trip = { id: found.id, serviceDate: found.serviceDate };
  });
  afterAll(async () => subgraph?.close());

  it('request, driver sees it live, acknowledges, citizen sees that live; repeats change nothing', async () => {
    const signedOn = await call(
      driver,
      'mutation ($t: ID!, $d: String!) { driveTrip(tripId: $t, serviceDate: $d) { id } }',
      {
        t: trip.id,
        d: trip.serviceDate,
      },
    );
    expect(signedOn.errors).toBeUndefined();
    const incoming = subscribeToSubgraph<{ pickupRequested: { id: string; stop: { name: string } } }>(
      subgraph.url,
      keys,
      driver,
      'subscription ($t: ID!, $d: String!) { pickupRequested(tripId: $t, serviceDate: $d) { id stop { name } } }',
      { t: trip.id, d: trip.serviceDate },
    );
    const notMine = subscribeToSubgraph(
      subgraph.url,
      keys,
      otherDriver,
      'subscription ($t: ID!, $d: String!) { pickupRequested(tripId: $t, serviceDate: $d) { id } }',
      { t: trip.id, d: trip.serviceDate },
    );
    await new Promise((r) => setTimeout(r, 300));
    const input = { tripId: trip.id, serviceDate: trip.serviceDate, stopId: 'ka_rathaus' };
    const first = await call<{ requestWheelchairPickup: { id: string; status: string } }>(anna, REQUEST, {
      input,
    });
    expect(first.errors).toBeUndefined();
    const id = first.data?.requestWheelchairPickup.id ?? '';
    expect(first.data?.requestWheelchairPickup.status).toBe('REQUESTED');
    const again = await call<{ requestWheelchairPickup: { id: string } }>(anna, REQUEST, { input });
    expect(again.data?.requestWheelchairPickup.id).toBe(id);
    expect(await until(() => incoming.events.length === 1)).toBe(true);
    expect(incoming.events[0]?.pickupRequested).toEqual({ id, stop: { name: 'Kaarst Rathaus' } });
    expect(
      notMine.errors.flat().map((e) => (e as { extensions?: { code?: string } }).extensions?.code),
    ).toEqual(['FORBIDDEN']);

    const changes = subscribeToSubgraph<{ pickupRequestChanged: { status: string } }>(
      subgraph.url,
      keys,
      anna,
      'subscription ($id: ID!) { pickupRequestChanged(id: $id) { status acknowledgedAt } }',
      { id },
    );
    const snooping = subscribeToSubgraph(
      subgraph.url,
      keys,
      ben,
      'subscription ($id: ID!) { pickupRequestChanged(id: $id) { status } }',
      { id },
    );
    await new Promise((r) => setTimeout(r, 300));
    const ACK = 'mutation ($id: ID!) { acknowledgePickupRequest(id: $id) { status } }';
    expect(codes(await call(otherDriver, ACK, { id }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(anna, ACK, { id }))).toEqual(['FORBIDDEN']);
    expect((await call(driver, ACK, { id })).data).toEqual({
      acknowledgePickupRequest: { status: 'ACKNOWLEDGED' },
    });
    expect((await call(driver, ACK, { id })).data).toEqual({
      acknowledgePickupRequest: { status: 'ACKNOWLEDGED' },
    });
    expect(await until(() => changes.events.length === 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(changes.events).toHaveLength(1);
    expect(changes.events[0]?.pickupRequestChanged.status).toBe('ACKNOWLEDGED');
    expect(snooping.events).toEqual([]);
    await Promise.all([incoming, notMine, changes, snooping].map((s) => s.dispose()));
    await new Promise((r) => setTimeout(r, 500));
  });

  it('bad input gets BAD_USER_INPUT with the field; nothing is stored', async () => {
    const before = await subgraph.db.pickupRequest.count();
    const ask = (input: Record<string, string>, viewer: Viewer = anna) =>
      call(viewer, REQUEST, {
        input: { tripId: trip.id, serviceDate: trip.serviceDate, stopId: 'ka_rathaus', ...input },
      });
    const field = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => [
      result.errors?.[0]?.extensions?.code,
      result.errors?.[0]?.extensions?.field,
    ];
    expect(field(await ask({ tripId: 'no-such-trip' }))).toEqual(['BAD_USER_INPUT', 'tripId']);
    expect(field(await ask({ serviceDate: '25.11.2026' }))).toEqual(['BAD_USER_INPUT', 'serviceDate']);
    expect(field(await ask({ stopId: 'ne_hbf' }))).toEqual(['BAD_USER_INPUT', 'stopId']);
    // Driesch cannot be used with a wheelchair (sample data).
    expect(field(await ask({ stopId: 'driesch' }))).toEqual(['BAD_USER_INPUT', 'stopId']);
    // A weekday trip on a Sunday, and a trip long gone.
    expect(field(await ask({ tripId: 'k1_werktag_0_0600', serviceDate: '2026-11-29' }))).toEqual([
      'BAD_USER_INPUT',
      'serviceDate',
    ]);
    const passed = await ask({ tripId: 'k1_werktag_0_0600', serviceDate: '2026-01-05' });
    expect(passed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRIP_PASSED' });
    expect(codes(await ask({}, driver))).toEqual(['FORBIDDEN']);
    expect(codes(await ask({}, null as unknown as Viewer))).toEqual(['UNAUTHENTICATED']);
    expect(await subgraph.db.pickupRequest.count()).toBe(before);
  });

  it('a request counts as expired once the trip has passed the stop, and cannot be acknowledged then', async () => {
    const old = await subgraph.db.pickupRequest.create({
      data: {
        citizenId: ben.id,
        tripId: trip.id,
        serviceDate: trip.serviceDate,
        stopId: 'ka_bf',
        stopSequence: 4,
        scheduledDeparture: new Date(Date.now() - 10 * 60_000),
        expiresAt: new Date(Date.now() - 5 * 60_000),
      },
    });
    const mine = await call<{ myPickupRequests: Array<{ id: string; status: string }> }>(
      ben,
      'query { myPickupRequests { id status } }',
    );
    expect(mine.data?.myPickupRequests).toEqual([{ id: old.id, status: 'EXPIRED' }]);
    const ack = await call(driver, 'mutation ($id: ID!) { acknowledgePickupRequest(id: $id) { status } }', {
      id: old.id,
    });
    expect(codes(ack)).toEqual(['CONFLICT']);
    expect((await subgraph.db.pickupRequest.findUniqueOrThrow({ where: { id: old.id } })).status).toBe(
      'REQUESTED',
    );
  });

  it("erasing deleted accounts: the citizen's requests and the driver's duties go, twice is harmless", async () => {
    expect(await subgraph.db.pickupRequest.count({ where: { citizenId: anna.id } })).toBe(1);
    expect(await subgraph.db.pickupRequest.count({ where: { acknowledgedBy: driver.id } })).toBe(1);
    for (let round = 0; round < 2; round++) {
      await subgraph.eraseAccount(anna.id);
      await subgraph.eraseAccount(driver.id);
    }
    expect(await subgraph.db.pickupRequest.count({ where: { citizenId: anna.id } })).toBe(0);
    expect(await subgraph.db.tripDuty.count({ where: { driverId: driver.id } })).toBe(0);
    expect(await subgraph.db.pickupRequest.count({ where: { acknowledgedBy: driver.id } })).toBe(0);
    // Ben's (expired) request is his, not theirs: it stays.
    expect(await subgraph.db.pickupRequest.count({ where: { citizenId: ben.id } })).toBe(1);
  });
});
