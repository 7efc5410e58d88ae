/**
 * GTFS-Realtime TripUpdates from a local HTTP server (an encoded FeedMessage),
 * shown as delays in departures on the tiny feed (see journeys.test.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import realtime from 'gtfs-realtime-bindings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { folderSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { activateFeed, TINY_FEED } from './feeds.ts';

const { transit_realtime } = realtime;

/** T1 five minutes late from Beta on (and so at Gamma); T3 one minute early at Beta, named by stop only. */
function tripUpdatesFeed(): Uint8Array {
  return transit_realtime.FeedMessage.encode({
    header: { gtfsRealtimeVersion: '2.0', timestamp: Math.floor(Date.now() / 1000) },
    entity: [
      {
        id: 'T1',
        tripUpdate: {
          trip: { tripId: 'T1', startDate: '20261126' },
          stopTimeUpdate: [{ stopSequence: 2, departure: { delay: 300 } }],
        },
      },
      {
        id: 'T3',
        tripUpdate: {
          trip: { tripId: 'T3', startDate: '20261126' },
          stopTimeUpdate: [{ stopId: 'B', departure: { delay: -60 } }],
        },
      },
      // Another day's T2: must not touch 2026-11-26.
      {
        id: 'T2',
        tripUpdate: {
          trip: { tripId: 'T2', startDate: '20261127' },
          stopTimeUpdate: [{ stopSequence: 1, departure: { delay: 600 } }],
        },
      },
    ],
  }).finish();
}

interface Departure {
  scheduledTime: string;
  expectedTime: string;
  delayMinutes: number | null;
  route: { shortName: string };
}

describe('transit: GTFS-Realtime delays in departures', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  let server: Server;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(Buffer.from(tripUpdatesFeed()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.GTFS_RT_TRIP_UPDATES_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trip-updates`;
    process.env.GTFS_RT_POLL_SECONDS = '1';
    keys = await generateHubKeys();
    try {
      subgraph = await startTestSubgraph(transitSubgraph, { keys });
    } finally {
      delete process.env.GTFS_RT_TRIP_UPDATES_URL;
      delete process.env.GTFS_RT_POLL_SECONDS;
    }
    expect((await activateFeed(subgraph, folderSource(TINY_FEED))).ok).toBe(true);
  });
  afterAll(async () => {
    await subgraph?.close();
    server?.close();
  });

  const departures = async (stopId: string) =>
    (
      await subgraphRequest<{ departures: Departure[] }>(
        subgraph.url,
        keys,
        null,
        'query ($stop: ID!) { departures(stopId: $stop, limit: 3, from: "2026-11-26T07:00:00Z") { scheduledTime expectedTime delayMinutes route { shortName } } }',
        { stop: stopId },
      )
    ).data?.departures ?? [];

  it('delays from the feed, in expected order; a delay holds for the later stops', async () => {
    const deadline = Date.now() + 10_000;
    while (requests === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(requests).toBeGreaterThan(0);
    // The realtime feed is read in the background: ask until its delays show.
    let atBeta: Departure[] = [];
    while (Date.now() < deadline + 15_000) {
      atBeta = await departures('B');
      if (atBeta.length === 3 && atBeta.some((d) => d.delayMinutes !== null)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(atBeta.map((d) => `${d.route.shortName} ${d.expectedTime} ${d.delayMinutes}`)).toEqual([
      // Same expected minute: the one scheduled first comes first.
      '2 2026-11-26T07:11:00.000Z null',
      '3 2026-11-26T07:11:00.000Z -1',
      '1 2026-11-26T07:15:00.000Z 5',
    ]);
    const atGamma = await departures('C');
    expect(atGamma[0]).toMatchObject({ scheduledTime: '2026-11-26T07:20:00.000Z', delayMinutes: 5 });
    // Alpha comes before the updated stop: no delay is known there.
    expect((await departures('A'))[0]?.delayMinutes).toBeNull();
  });
});
