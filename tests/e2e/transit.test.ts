/**
 * Transit through the gateway: the contract queries verbatim on the
 * sample feed, and the wheelchair pickup round trip over the gateway's
 * WebSocket subscriptions (citizen asks, driver sees it live and acknowledges,
 * citizen sees that live).
 */
import {
  AcknowledgePickupRequestDocument,
  DeparturesDocument,
  DriveTripDocument,
  JourneysDocument,
  MyPickupRequestsDocument,
  NextTripsDocument,
  PickupRequestChangedDocument,
  PickupRequestedDocument,
  RequestWheelchairPickupDocument,
  TransitStopsDocument,
  TripPickupRequestsDocument,
} from '@kaarst/contract';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, startHub, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';

const DRIVER = 'fahrer@example.org';

describe('transit through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['transit'] });
  });
  afterAll(() => hub?.close());

  it('the contract queries: stops, departures, a wheelchair journey (sample feed, worked out by hand)', async () => {
    const stops = await hub.execute(TransitStopsDocument);
    expect(stops.errors).toBeUndefined();
    expect(stops.data?.transitStops.map((s) => [s.name, s.wheelchairBoarding])).toEqual([
      ['Kaarst Am Neumarkt', 'POSSIBLE'],
      ['Kaarst Bahnhof', 'POSSIBLE'],
      ['Kaarst Rathaus', 'POSSIBLE'],
      ['Kaarster See', 'POSSIBLE'],
    ]);
    const departures = await hub.execute(DeparturesDocument, { stopId: 'ka_rathaus' });
    expect(departures.errors).toBeUndefined();
    expect(departures.data?.departures).toHaveLength(5);
    expect(new Set(departures.data?.departures.map((d) => d.route.shortName))).toEqual(new Set(['K1']));
    expect(departures.data?.departures[0]?.delayMinutes).toBeNull();
    // Thursday 2026-11-26, 08:00 in Kaarst: walk 157 m to Am Neumarkt, K2 at 08:05, Neuss Hbf at 08:30
    // (K1 08:12 and the S28 at 08:23 from Kaarst Bahnhof would arrive 08:37).
    const journeys = await hub.execute(JourneysDocument, {
      from: 'ka_rathaus',
      to: 'ne_hbf',
      at: '2026-11-26T07:00:00Z',
    });
    expect(journeys.errors).toBeUndefined();
    const [first] = journeys.data?.journeys ?? [];
    expect(first).toMatchObject({
      departure: '2026-11-26T07:01:52.000Z',
      arrival: '2026-11-26T07:30:00.000Z',
      transfers: 0,
    });
    expect(
      first?.legs.map((leg) => [leg.route?.shortName ?? 'walk', leg.fromStop.name, leg.toStop.name]),
    ).toEqual([
      ['walk', 'Kaarst Rathaus', 'Kaarst Am Neumarkt'],
      ['K2', 'Kaarst Am Neumarkt', 'Neuss Hbf'],
    ]);
  });

  it('wheelchair pickup: the driver sees the request live and acknowledges; the citizen sees that live', async () => {
    const [anna, driver] = await Promise.all([hub.signIn(ANNA), hub.signIn(DRIVER)]);
    const next = await hub.execute(NextTripsDocument, { stopId: 'ka_rathaus' });
    const trip = next.data?.departures.find((d) => d.trip.wheelchairAccessible === 'POSSIBLE')?.trip;
    if (!trip) throw new Error(`no accessible trip: ${JSON.stringify(next)}`);
    const onTrip = { tripId: trip.id, serviceDate: trip.serviceDate };

    // A citizen is no driver: the gateway refuses before the subgraph is asked.
    expect(codes(await hub.execute(DriveTripDocument, onTrip, anna))).toEqual(['FORBIDDEN']);
    const signedOn = await hub.execute(DriveTripDocument, onTrip, driver);
    expect(signedOn.data?.driveTrip).toEqual({ id: trip.id, serviceDate: trip.serviceDate });

    const driverLive = wsClient(hub.url, driver);
    const citizenLive = wsClient(hub.url, anna);
    try {
      const incoming = driverLive.subscribe<{
        pickupRequested: { id: string; status: string; stop: { name: string } };
      }>(print(PickupRequestedDocument), onTrip);
      await new Promise((r) => setTimeout(r, 500));
      const input = { ...onTrip, stopId: 'ka_rathaus' };
      const asked = await hub.execute(RequestWheelchairPickupDocument, { input }, anna);
      expect(asked.errors).toBeUndefined();
      const id = asked.data?.requestWheelchairPickup.id ?? '';
      expect(asked.data?.requestWheelchairPickup).toMatchObject({
        status: 'REQUESTED',
        stop: { name: 'Kaarst Rathaus' },
      });
      // Asked twice (a double tap): the same request, and the driver hears of it once.
      const twice = await hub.execute(RequestWheelchairPickupDocument, { input }, anna);
      expect(twice.data?.requestWheelchairPickup.id).toBe(id);

      const [event] = await incoming.waitFor(1, 10_000);
      expect(event?.data?.pickupRequested).toMatchObject({
        id,
        status: 'REQUESTED',
        stop: { name: 'Kaarst Rathaus' },
      });
      const listed = await hub.execute(TripPickupRequestsDocument, onTrip, driver);
      expect(listed.data?.tripPickupRequests.map((r) => r.id)).toEqual([id]);

      const changes = citizenLive.subscribe<{ pickupRequestChanged: { id: string; status: string } }>(
        print(PickupRequestChangedDocument),
        { id },
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(codes(await hub.execute(AcknowledgePickupRequestDocument, { id }, anna))).toEqual(['FORBIDDEN']);
      const acknowledged = await hub.execute(AcknowledgePickupRequestDocument, { id }, driver);
      expect(acknowledged.data?.acknowledgePickupRequest).toMatchObject({ id, status: 'ACKNOWLEDGED' });
      const [change] = await changes.waitFor(1, 10_000);
      expect(change?.data?.pickupRequestChanged).toMatchObject({ id, status: 'ACKNOWLEDGED' });
      expect(incoming.results).toHaveLength(1);

      const mine = await hub.execute(MyPickupRequestsDocument, undefined, anna);
      expect(mine.data?.myPickupRequests.map((r) => [r.id, r.status, r.stop?.name])).toEqual([
        [id, 'ACKNOWLEDGED', 'Kaarst Rathaus'],
      ]);
      incoming.unsubscribe();
      changes.unsubscribe();
    } finally {
      await Promise.all([driverLive.dispose(), citizenLive.dispose()]);
    }
  });
});
