/**
 * Journeys and departures on the tiny feed (fixtures/tiny/README.md), checked
 * against answers worked out by hand. 2026-11-26 is a Thursday; Berlin is
 * UTC+1 then, so 08:00 local is 07:00Z.
 */
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { folderSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { activateFeed, TINY_FEED } from './feeds.ts';

const JOURNEYS = `query ($from: ID!, $to: ID!, $at: DateTime!, $wheelchair: Boolean) {
  journeys(fromStopId: $from, toStopId: $to, departAt: $at, wheelchairOnly: $wheelchair) {
    departure arrival transfers
    legs { walking route { shortName } trip { id serviceDate } fromStop { id } toStop { id } departure arrival } } }`;

interface Journey {
  departure: string;
  arrival: string;
  transfers: number;
  legs: Array<{
    walking: boolean;
    route: { shortName: string } | null;
    trip: { id: string; serviceDate: string } | null;
    fromStop: { id: string };
    toStop: { id: string };
    departure: string;
    arrival: string;
  }>;
}

describe('transit: journeys and departures on a hand-made network', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  const journeys = async (from: string, to: string, at: string, wheelchair = false) => {
    const result = await subgraphRequest<{ journeys: Journey[] }>(subgraph.url, keys, null, JOURNEYS, {
      from,
      to,
      at,
      wheelchair,
    });
    expect(result.errors).toBeUndefined();
    return result.data?.journeys ?? [];
  };
  const legs = (journey: Journey | undefined) =>
    journey?.legs.map(
      (leg) => `${leg.walking ? 'walk' : leg.route?.shortName} ${leg.fromStop.id}-${leg.toStop.id}`,
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
    const imported = await activateFeed(subgraph, folderSource(TINY_FEED));
    expect(imported.ok).toBe(true);
  });
  afterAll(async () => subgraph?.close());

  it('earliest arrival: line 1 to Beta, walk 168 s to Beta Ost, line 4 (the 08:11 change is too short)', async () => {
    const [first, ...others] = await journeys('A', 'D', '2026-11-26T06:55:00Z');
    expect(first).toMatchObject({
      departure: '2026-11-26T07:00:00.000Z',
      arrival: '2026-11-26T07:20:00.000Z',
      transfers: 1,
    });
    expect(legs(first)).toEqual(['1 A-B', 'walk B-B2', '4 B2-D']);
    expect(first?.legs[1]).toMatchObject({
      departure: '2026-11-26T07:10:00.000Z',
      arrival: '2026-11-26T07:12:48.000Z',
    });
    expect(first?.legs[0]?.trip).toEqual({ id: 'T1', serviceDate: '2026-11-26' });
    // The one other Pareto-optimal journey: staying on line 1 arrives 10 minutes later but
    // without a change. Line 1 then line 3 (08:25, one change) is beaten by the first. Nothing
    // later reaches Delta within a day of departAt (the search horizon): Thursday night's trip 5
    // gets to Beta, but only Friday's 08:11 goes on from there, more than 24 h after 08:00.
    expect(others.map((j) => [j.departure, j.arrival, j.transfers, legs(j)])).toEqual([
      ['2026-11-26T07:00:00.000Z', '2026-11-26T07:30:00.000Z', 0, ['1 A-D']],
    ]);
  });

  it('wheelchair only: line 4 has no wheelchair place, so line 3 at 08:12 after the two-minute change', async () => {
    const [first] = await journeys('A', 'D', '2026-11-26T06:55:00Z', true);
    expect(first).toMatchObject({ arrival: '2026-11-26T07:25:00.000Z', transfers: 1 });
    expect(legs(first)).toEqual(['1 A-B', '3 B-D']);
    // Gamma has no step-free access: no wheelchair journey ends there, though line 1 stops there.
    expect(await journeys('A', 'C', '2026-11-26T06:55:00Z', true)).toEqual([]);
    expect(legs((await journeys('A', 'C', '2026-11-26T06:55:00Z'))[0])).toEqual(['1 A-C']);
  });

  it('calendars: no weekday service on Christmas Day (calendar_dates) nor on a Saturday', async () => {
    expect(await journeys('A', 'D', '2026-12-25T06:55:00Z')).toEqual([]);
    expect(await journeys('A', 'D', '2026-11-28T06:55:00Z')).toEqual([]);
    expect((await journeys('A', 'D', '2026-12-24T06:55:00Z'))[0]?.arrival).toBe('2026-12-24T07:20:00.000Z');
  });

  it("past midnight: Thursday's 24:10 trip leaves on Friday at 00:10 and reaches the station's platform", async () => {
    const [night] = await journeys('A', 'S', '2026-11-26T23:05:00Z');
    expect(night).toMatchObject({
      departure: '2026-11-26T23:10:00.000Z',
      arrival: '2026-11-26T23:40:00.000Z',
      transfers: 0,
    });
    expect(legs(night)).toEqual(['5 A-S1']);
    expect(night?.legs[0]?.trip?.serviceDate).toBe('2026-11-26');
    // A Friday evening has no Thursday night trip.
    expect(await journeys('A', 'S', '2026-11-27T22:05:00Z')).toEqual([]);
  });

  it('departures at Beta: in order, with the interpolated time of the night trip', async () => {
    const result = await subgraphRequest<{
      departures: Array<{
        scheduledTime: string;
        delayMinutes: number | null;
        route: { shortName: string };
        headsign: string;
      }>;
    }>(
      subgraph.url,
      keys,
      null,
      'query { departures(stopId: "B", limit: 5, from: "2026-11-26T07:00:00Z") { scheduledTime delayMinutes route { shortName } headsign } }',
    );
    expect(
      result.data?.departures.map((d) => `${d.scheduledTime} ${d.route.shortName} ${d.headsign}`),
    ).toEqual([
      '2026-11-26T07:10:00.000Z 1 Delta',
      '2026-11-26T07:11:00.000Z 2 Delta',
      '2026-11-26T07:12:00.000Z 3 Delta',
      '2026-11-26T23:25:00.000Z 5 Sigma',
      '2026-11-27T07:10:00.000Z 1 Delta',
    ]);
    expect(result.data?.departures[0]?.delayMinutes).toBeNull();
  });

  it('unknown stops and bad times are BAD_USER_INPUT', async () => {
    const unknown = await subgraphRequest(subgraph.url, keys, null, JOURNEYS, {
      from: 'A',
      to: 'nowhere',
      at: '2026-11-26T06:55:00Z',
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toStopId' });
    const late = await subgraphRequest(
      subgraph.url,
      keys,
      null,
      'query { departures(stopId: "A", limit: 500) { headsign } }',
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
