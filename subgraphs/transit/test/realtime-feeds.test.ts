/**
 * GTFS-Realtime VehiclePositions and ServiceAlerts from a local HTTP server
 * (encoded FeedMessages), on the tiny feed (fixtures/tiny/README.md): the
 * vehicles with their trips, lines and stops; alerts attached to the stops,
 * lines and departures they name, in the language asked for; and both live
 * as subscriptions when the feeds change. A stop's departures live too, on a new
 * TripUpdates feed (and each minute).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest, subscribeToSubgraph } from '@kaarst/kit/testing';
import realtime from 'gtfs-realtime-bindings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { folderSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { activateFeed, TINY_FEED } from './feeds.ts';

const { transit_realtime } = realtime;
const { Alert, VehiclePosition } = transit_realtime;

/** T1 late at every stop by `delaySeconds`, for today's service day. */
function tripsFeed(producedAt: number, delaySeconds: number): Uint8Array {
  const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return transit_realtime.FeedMessage.encode({
    header: { gtfsRealtimeVersion: '2.0', timestamp: producedAt },
    entity: [{ id: 't1', tripUpdate: { trip: { tripId: 'T1', startDate: today }, delay: delaySeconds } }],
  }).finish();
}
const seconds = (ms: number) => Math.floor(ms / 1000);

/** T1 stopped at Beta; a bus of line 3 on a trip the timetable does not know, heading to Beta Ost. */
function vehiclesFeed(producedAt: number, t1Latitude: number): Uint8Array {
  return transit_realtime.FeedMessage.encode({
    header: { gtfsRealtimeVersion: '2.0', timestamp: producedAt },
    entity: [
      {
        id: 'v1',
        vehicle: {
          trip: { tripId: 'T1', startDate: '20261126' },
          vehicle: { id: 'bus-17', label: '17' },
          position: { latitude: t1Latitude, longitude: 7.0, bearing: 0, speed: 8.5 },
          stopId: 'B',
          currentStatus: VehiclePosition.VehicleStopStatus.STOPPED_AT,
          occupancyStatus: VehiclePosition.OccupancyStatus.MANY_SEATS_AVAILABLE,
          timestamp: producedAt,
        },
      },
      {
        id: 'v2',
        vehicle: {
          trip: { tripId: 'EXTRA-9', routeId: 'R3' },
          position: { latitude: 51.01, longitude: 7.001 },
          stopId: 'B2',
        },
      },
      // No position: not a vehicle to show.
      { id: 'v3', vehicle: { vehicle: { id: 'depot' } } },
    ],
  }).finish();
}

const text = (de: string, en: string) => ({
  translation: [
    { text: de, language: 'de' },
    { text: en, language: 'en' },
  ],
});

/** Works at Beta (in force now), a line 1 notice that has ended, line 3 at Beta Ost only, trip T4. */
function alertsFeed(producedAt: number, withTrip: boolean): Uint8Array {
  const now = Date.now();
  return transit_realtime.FeedMessage.encode({
    header: { gtfsRealtimeVersion: '2.0', timestamp: producedAt },
    entity: [
      {
        id: 'works-beta',
        alert: {
          activePeriod: [{ start: seconds(now - 3_600_000), end: seconds(now + 3_600_000) }],
          informedEntity: [{ stopId: 'B' }],
          cause: Alert.Cause.CONSTRUCTION,
          effect: Alert.Effect.STOP_MOVED,
          severityLevel: Alert.SeverityLevel.WARNING,
          headerText: text('Haltestelle Beta verlegt', 'Beta stop moved'),
          descriptionText: { translation: [{ text: 'Ersatzhaltestelle 50 m weiter.' }] },
        },
      },
      {
        id: 'ended',
        alert: {
          activePeriod: [{ start: seconds(now - 7_200_000), end: seconds(now - 3_600_000) }],
          informedEntity: [{ routeId: 'R1' }],
          headerText: text('Vorbei', 'Over'),
        },
      },
      {
        id: 'line3-beta-ost',
        alert: {
          informedEntity: [{ routeId: 'R3', stopId: 'B2' }],
          effect: Alert.Effect.DETOUR,
          headerText: text('Linie 3 hält nicht an Beta Ost', 'Line 3 skips Beta Ost'),
        },
      },
      ...(withTrip
        ? [
            {
              id: 'trip-t4',
              alert: {
                informedEntity: [{ trip: { tripId: 'T4' } }],
                effect: Alert.Effect.NO_SERVICE,
                headerText: text('Fahrt fällt aus', 'Trip cancelled'),
              },
            },
          ]
        : []),
    ],
  }).finish();
}

describe('transit: GTFS-Realtime vehicle positions and service alerts', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  let server: Server;
  let vehicles = vehiclesFeed(1_000, 51.01);
  let alerts = alertsFeed(1_000, false);
  let trips = tripsFeed(1_000, 0);
  const served = { vehicles: 0, alerts: 0, trips: 0 };
  const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
    const result = await subgraphRequest<T>(subgraph.url, keys, null, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 15_000;
    while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!check()) throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const kind = req.url === '/vehicles' ? 'vehicles' : req.url === '/trips' ? 'trips' : 'alerts';
      served[kind]++;
      const feed = { vehicles, alerts, trips }[kind];
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(Buffer.from(feed));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.GTFS_RT_VEHICLE_POSITIONS_URL = `${base}/vehicles`;
    process.env.GTFS_RT_SERVICE_ALERTS_URL = `${base}/alerts`;
    process.env.GTFS_RT_TRIP_UPDATES_URL = `${base}/trips`;
    process.env.GTFS_RT_POLL_SECONDS = '1';
    keys = await generateHubKeys();
    try {
      subgraph = await startTestSubgraph(transitSubgraph, { keys });
    } finally {
      delete process.env.GTFS_RT_VEHICLE_POSITIONS_URL;
      delete process.env.GTFS_RT_SERVICE_ALERTS_URL;
      delete process.env.GTFS_RT_TRIP_UPDATES_URL;
      delete process.env.GTFS_RT_POLL_SECONDS;
    }
    expect((await activateFeed(subgraph, folderSource(TINY_FEED))).ok).toBe(true);
    await until(() => served.vehicles > 0 && served.alerts > 0, 'the first reads');
  });
  afterAll(async () => {
    await subgraph?.close();
    server?.close();
  });

  it('vehicles with their trip, line and stop; one line only when asked', async () => {
    const query = `query ($route: ID) { vehiclePositions(routeId: $route) {
      id label latitude longitude bearing speed status occupancy timestamp
      trip { id serviceDate } route { id } stop { id } } }`;
    await until(() => served.vehicles > 1, 'a second read');
    const all = (await ask<{ vehiclePositions: Array<Record<string, unknown>> }>(query)).vehiclePositions;
    expect(all).toEqual([
      {
        id: 'bus-17',
        label: '17',
        latitude: 51.01,
        longitude: 7,
        bearing: 0,
        speed: 8.5,
        status: 'STOPPED_AT',
        occupancy: 'MANY_SEATS_AVAILABLE',
        timestamp: '1970-01-01T00:16:40.000Z',
        trip: { id: 'T1', serviceDate: '2026-11-26' },
        route: { id: 'R1' },
        stop: { id: 'B' },
      },
      {
        id: 'v2',
        label: null,
        latitude: 51.01,
        longitude: 7.001,
        bearing: null,
        speed: null,
        status: 'IN_TRANSIT_TO',
        occupancy: null,
        timestamp: null,
        trip: null,
        route: { id: 'R3' },
        stop: { id: 'B2' },
      },
    ]);
    const lineThree = await ask<{ vehiclePositions: Array<{ id: string }> }>(query, { route: 'R3' });
    expect(lineThree.vehiclePositions.map((v) => v.id)).toEqual(['v2']);
    const feeds = await ask<{ transitFeed: { realtimeFeeds: Array<Record<string, unknown>> } }>(
      'query { transitFeed { realtimeFeeds { kind enabled entities } } }',
    );
    expect(feeds.transitFeed.realtimeFeeds).toEqual([
      { kind: 'TRIP_UPDATES', enabled: true, entities: 1 },
      { kind: 'VEHICLE_POSITIONS', enabled: true, entities: 2 },
      { kind: 'SERVICE_ALERTS', enabled: true, entities: 3 },
    ]);
  });

  it('alerts attached to the stops and lines they name, in force now, in the language asked', async () => {
    const stops = await ask<{
      beta: { alerts: Array<Record<string, unknown>> };
      betaOst: { alerts: Array<{ id: string }> };
      alpha: { alerts: unknown[] };
    }>(`query {
      beta: transitStop(id: "B") { alerts { id header description english: header(language: "en") cause effect severity
        activePeriods { start end } stops { id } routes { id } } }
      betaOst: transitStop(id: "B2") { alerts { id } }
      alpha: transitStop(id: "A") { alerts { id } } }`);
    expect(stops.beta.alerts).toHaveLength(1);
    expect(stops.beta.alerts[0]).toMatchObject({
      id: 'works-beta',
      header: 'Haltestelle Beta verlegt',
      english: 'Beta stop moved',
      // Untagged text: the one there is, whatever the language asked.
      description: 'Ersatzhaltestelle 50 m weiter.',
      cause: 'CONSTRUCTION',
      effect: 'STOP_MOVED',
      severity: 'WARNING',
      stops: [{ id: 'B' }],
      routes: [],
    });
    expect(stops.betaOst.alerts.map((a) => a.id)).toEqual(['line3-beta-ost']);
    expect(stops.alpha.alerts).toEqual([]);
    const lines = await ask<{ transitAlerts: Array<{ id: string }>; line1: Array<{ id: string }> }>(
      'query { transitAlerts { id } line1: transitAlerts(routeId: "R1") { id } }',
    );
    // The ended line 1 notice is in the feed but not in force.
    expect(lines.transitAlerts.map((a) => a.id)).toEqual(['works-beta', 'line3-beta-ost']);
    expect(lines.line1).toEqual([]);
  });

  it('a departure gets the alerts whose every condition it meets', async () => {
    const result = await ask<{
      beta: Array<{ route: { shortName: string }; alerts: Array<{ id: string }> }>;
      betaOst: Array<{ route: { shortName: string }; alerts: Array<{ id: string }> }>;
    }>(`query {
      beta: departures(stopId: "B", limit: 3, from: "2026-11-26T07:00:00Z") { route { shortName } alerts { id } }
      betaOst: departures(stopId: "B2", limit: 1, from: "2026-11-26T07:00:00Z") { route { shortName } alerts { id } } }`);
    expect(result.beta.map((d) => [d.route.shortName, d.alerts.map((a) => a.id)])).toEqual([
      ['1', ['works-beta']],
      ['2', ['works-beta']],
      ['3', ['works-beta']],
    ]);
    // Line 4 at Beta Ost: the line 3 alert's route does not match.
    expect(result.betaOst.map((d) => [d.route.shortName, d.alerts.map((a) => a.id)])).toEqual([['4', []]]);
  });

  it('both feeds live: a new feed reaches the subscribers of a line and of all alerts', async () => {
    const moving = subscribeToSubgraph<{ vehiclePositionsChanged: Array<{ id: string; latitude: number }> }>(
      subgraph.url,
      keys,
      null,
      'subscription { vehiclePositionsChanged(routeId: "R1") { id latitude } }',
    );
    const changed = subscribeToSubgraph<{
      transitAlertsChanged: Array<{ id: string; routes: Array<{ id: string }> }>;
    }>(subgraph.url, keys, null, 'subscription { transitAlertsChanged { id routes { id } } }');
    await new Promise((r) => setTimeout(r, 500));
    vehicles = vehiclesFeed(2_000, 51.015);
    alerts = alertsFeed(2_000, true);
    await until(() => moving.events.length > 0 && changed.events.length > 0, 'the events');
    expect(moving.errors).toEqual([]);
    expect(moving.events[0]?.vehiclePositionsChanged).toEqual([{ id: 'bus-17', latitude: 51.015 }]);
    expect(changed.events[0]?.transitAlertsChanged).toEqual([
      { id: 'works-beta', routes: [] },
      { id: 'line3-beta-ost', routes: [{ id: 'R3' }] },
      { id: 'trip-t4', routes: [{ id: 'R4' }] },
    ]);
    // Read again with nothing new (same feed time, same alerts): no further event.
    const before = served.vehicles;
    await until(() => served.vehicles >= before + 2, 'two more reads');
    expect(moving.events).toHaveLength(1);
    expect(changed.events).toHaveLength(1);
    await Promise.all([moving.dispose(), changed.dispose()]);
  });

  it("a stop's departures live: a new TripUpdates feed reaches its subscribers; an unknown stop is refused", async () => {
    type Departures = Array<{
      scheduledTime: string;
      delayMinutes: number | null;
      route: { shortName: string };
    }>;
    const fields = 'scheduledTime delayMinutes route { shortName }';
    const live = subscribeToSubgraph<{ departuresChanged: Departures }>(
      subgraph.url,
      keys,
      null,
      `subscription { departuresChanged(stopId: "B", limit: 3) { ${fields} } }`,
    );
    const unknown = subscribeToSubgraph(
      subgraph.url,
      keys,
      null,
      'subscription { departuresChanged(stopId: "nowhere") { scheduledTime } }',
    );
    await new Promise((r) => setTimeout(r, 500));
    const before = live.events.length;
    trips = tripsFeed(3_000, 240);
    await until(() => live.events.length > before, 'the departures after the new feed');
    expect(live.errors).toEqual([]);
    // The event is the list the query answers now (with T1's delay, when it runs today).
    const now = await ask<{ departures: Departures }>(
      `query { departures(stopId: "B", limit: 3) { ${fields} } }`,
    );
    expect(live.events.at(-1)?.departuresChanged).toEqual(now.departures);
    await until(() => unknown.errors.length > 0, 'the refusal');
    expect(unknown.events).toEqual([]);
    // graphql-ws hands a refused subscription's errors over as one list.
    const [refusal] = unknown.errors.flat() as Array<{ message: string; extensions?: { code?: string } }>;
    expect(refusal?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refusal?.message).toContain('nowhere');
    await Promise.all([live.dispose(), unknown.dispose()]);
  });
});
