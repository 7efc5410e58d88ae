/**
 * frequencies.txt on Google's sample feed (fixtures/google-sample/README.md):
 * runs every headway from start_time up to end_time, in departures and
 * journeys, with exact_times 0 and 1. 2008-06-04 is a Wednesday; the feed's
 * agency_timezone is America/Los_Angeles, UTC-7 then, so 06:00 local is 13:00Z.
 * The answers were worked out by hand from the feed's files.
 */
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { importGtfs } from '../src/gtfs/import.ts';
import { folderSource, zipSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { activateFeed, GOOGLE_SAMPLE_FEED, readFeed, zipFeed } from './feeds.ts';

const DEPARTURES = `query ($stop: ID!, $from: DateTime!, $limit: Int) {
  departures(stopId: $stop, from: $from, limit: $limit) {
    scheduledTime trip { id gtfsTripId frequency { headwaySeconds exactTimes startTime } } } }`;
const JOURNEYS = `query ($from: ID!, $to: ID!, $at: DateTime!, $limit: Int) {
  journeys(fromStopId: $from, toStopId: $to, departAt: $at, limit: $limit) {
    departure arrival transfers legs { trip { id } } } }`;

interface Departure {
  scheduledTime: string;
  trip: {
    id: string;
    gtfsTripId: string;
    frequency: { headwaySeconds: number; exactTimes: boolean; startTime: string } | null;
  };
}

describe('transit: frequencies.txt (Google sample feed)', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  const ask = async <T>(query: string, variables: Record<string, unknown>) => {
    const result = await subgraphRequest<T>(subgraph.url, keys, null, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const departures = async (stop: string, from: string, limit: number) =>
    (await ask<{ departures: Departure[] }>(DEPARTURES, { stop, from, limit })).departures;
  const journeys = async (from: string, to: string, at: string, limit = 3) =>
    (
      await ask<{
        journeys: Array<{
          departure: string;
          arrival: string;
          transfers: number;
          legs: Array<{ trip: { id: string } }>;
        }>;
      }>(JOURNEYS, { from, to, at, limit })
    ).journeys.map(
      (j) => `${j.departure.slice(11, 16)}-${j.arrival.slice(11, 16)} ${j.legs.map((l) => l.trip.id)}`,
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
    const imported = await activateFeed(subgraph, folderSource(GOOGLE_SAMPLE_FEED));
    expect(imported).toMatchObject({ ok: true, counts: { 'frequencies.txt': 11 } });
  });
  afterAll(async () => subgraph?.close());

  it('the shuttle every 30 minutes: a 10:10 start rides the 10:30 run, not tomorrow 06:00', async () => {
    expect(await journeys('STAGECOACH', 'BEATTY_AIRPORT', '2008-06-04T17:10:00Z', 2)).toEqual([
      '17:30-17:50 STBA@10:30:00',
      '18:00-18:20 STBA@11:00:00',
    ]);
    // The last run leaves at 21:30 (end_time 22:00 is not a start); after it, Thursday's first.
    expect(await journeys('STAGECOACH', 'BEATTY_AIRPORT', '2008-06-05T04:45:00Z', 1)).toEqual([
      '13:00-13:20 STBA@06:00:00',
    ]);
  });

  it('departures list every run, with the headway change at 08:00 and runs of two trips', async () => {
    // NANAA is CITY1's second stop (7 minutes after its start) and CITY2's fourth (21 minutes).
    const found = await departures('NANAA', '2008-06-04T14:30:00Z', 5);
    expect(found.map((d) => `${d.scheduledTime.slice(11, 16)} ${d.trip.id}`)).toEqual([
      '14:37 CITY1@07:30:00',
      '14:51 CITY2@07:30:00',
      '15:07 CITY1@08:00:00',
      '15:17 CITY1@08:10:00',
      '15:21 CITY2@08:00:00',
    ]);
    expect(found[0]?.trip).toEqual({
      id: 'CITY1@07:30:00',
      gtfsTripId: 'CITY1',
      frequency: { headwaySeconds: 1800, exactTimes: false, startTime: '07:30:00' },
    });
    expect(found[2]?.trip.frequency).toMatchObject({ headwaySeconds: 600 });
    // A scheduled trip has no frequency.
    const airport = await departures('BEATTY_AIRPORT', '2008-06-04T14:55:00Z', 1);
    expect(airport[0]?.trip).toMatchObject({ id: 'AB1', frequency: null });
  });

  it('journeys take the runs in Pareto order: each leaves later and arrives later', async () => {
    expect(await journeys('STAGECOACH', 'EMSI', '2008-06-04T14:55:00Z')).toEqual([
      '15:00-15:26 CITY1@08:00:00',
      '15:10-15:36 CITY1@08:10:00',
      '15:20-15:46 CITY1@08:20:00',
    ]);
  });

  it('exact_times 1 runs the same grid, marked exact; overlapping intervals are refused', async () => {
    const feed = readFeed(GOOGLE_SAMPLE_FEED);
    const exact = await zipFeed({
      ...feed,
      'frequencies.txt':
        'trip_id,start_time,end_time,headway_secs,exact_times\nSTBA,6:00:00,22:00:00,1800,1\n',
    });
    expect((await activateFeed(subgraph, await zipSource(exact))).ok).toBe(true);
    const found = await departures('STAGECOACH', '2008-06-04T20:55:00Z', 2);
    expect(found.map((d) => [d.scheduledTime, d.trip.id, d.trip.frequency?.exactTimes])).toEqual([
      ['2008-06-04T21:00:00.000Z', 'STBA@14:00:00', true],
      ['2008-06-04T21:30:00.000Z', 'STBA@14:30:00', true],
    ]);
    const overlapping = await zipFeed({
      ...feed,
      'frequencies.txt':
        'trip_id,start_time,end_time,headway_secs\nSTBA,6:00:00,12:00:00,1800\nSTBA,11:00:00,22:00:00,900\nNOPE,6:00:00,7:00:00,0\n',
    });
    const refused = await importGtfs(subgraph.db, await zipSource(overlapping));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors).toEqual([
      { file: 'frequencies.txt', line: 4, field: 'trip_id', message: 'trip_id "NOPE" is not in trips.txt' },
      {
        file: 'frequencies.txt',
        line: 4,
        field: 'headway_secs',
        message: 'headway_secs must be a whole number of at least 1, got "0"',
      },
      {
        file: 'frequencies.txt',
        line: 3,
        field: 'start_time',
        message: 'the interval overlaps another of trip "STBA"',
      },
    ]);
  });
});
