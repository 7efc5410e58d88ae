import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { importGtfs } from '../src/gtfs/import.ts';
import { zipSource } from '../src/gtfs/source.ts';
import { createTransitState, type TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';
import { readFeed, TINY_FEED, zipFeed } from './feeds.ts';

describe('transit: GTFS import', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  const stops = async (search: string) =>
    (
      await subgraphRequest<{
        transitStops: Array<{ id: string; name: string; wheelchairBoarding: string }>;
      }>(
        subgraph.url,
        keys,
        null,
        'query ($s: String!) { transitStops(search: $s) { id name wheelchairBoarding } }',
        { s: search },
      )
    ).data?.transitStops;

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('the timetable is loaded at start, and /health/ready says when it is', async () => {
    // No query has asked for it: the subgraph's background work loads it.
    const deadline = Date.now() + 30_000;
    let ready = await fetch(new URL('/health/ready', subgraph.url));
    while (ready.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      ready = await fetch(new URL('/health/ready', subgraph.url));
    }
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', timetable: 'ok' } });
    expect(subgraph.services.timetable.ready).toBe(true);
    // Until it is loaded, the check fails (a state never started, as for a client that never loaded).
    const unloaded = transitSubgraph.health?.(
      {} as PrismaClient,
      createTransitState({} as PrismaClient),
    ).timetable;
    await expect(unloaded?.()).rejects.toThrow('the timetable is still loading');
  });

  it('the sample feed for Kaarst is there from the start', async () => {
    const found = await stops('kaarst');
    expect(found?.map((s) => s.name)).toEqual([
      'Kaarst Am Neumarkt',
      'Kaarst Bahnhof',
      'Kaarst Rathaus',
      'Kaarster See',
    ]);
    expect(found?.find((s) => s.id === 'ka_rathaus')?.wheelchairBoarding).toBe('POSSIBLE');
    expect((await stops('Driesch'))?.[0]?.wheelchairBoarding).toBe('NOT_POSSIBLE');
    const feeds = await subgraph.db.feed.findMany();
    expect(feeds.map((f) => [f.status, f.source])).toEqual([['ACTIVE', 'kaarst']]);
    expect(feeds[0]?.counts).toMatchObject({ 'stops.txt': 10, 'stop_times.txt': 1548 });
  });

  it('a feed with errors lists them by file and line and stores nothing', async () => {
    const tiny = readFeed(TINY_FEED);
    const broken = await zipFeed({
      ...tiny,
      'stops.txt': `${tiny['stops.txt']}X,,91.5,7.0,0,,5\n`,
      'trips.txt': `${tiny['trips.txt']}R9,WD,T9,Nowhere,1\n`,
      'stop_times.txt': `${tiny['stop_times.txt']}T3,8:30,08:30:00,Z,3\nT4,08:19:00,08:19:00,A,2\n`,
      'calendar.txt': null,
      'calendar_dates.txt': null,
    });
    const progress: string[] = [];
    const result = await importGtfs(subgraph.db, await zipSource(broken), {
      onProgress: (p) => p.done && progress.push(`${p.file}:${p.rows}`),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.errors.map((e) => `${e.file}:${e.line}:${e.field ?? ''}`);
    expect(where).toEqual([
      'stops.txt:9:stop_name',
      'stops.txt:9:stop_lat',
      'stops.txt:9:wheelchair_boarding',
      'calendar.txt:0:',
      'trips.txt:2:service_id',
      'trips.txt:3:service_id',
      'trips.txt:4:service_id',
      'trips.txt:5:service_id',
      'trips.txt:6:service_id',
      'trips.txt:7:route_id',
      'trips.txt:7:service_id',
      'stop_times.txt:15:stop_id',
      'stop_times.txt:15:arrival_time',
      'stop_times.txt:16:stop_sequence',
      'stop_times.txt:16:arrival_time',
      'trips.txt:7:trip_id',
    ]);
    expect(result.errors.find((e) => e.line === 15 && e.field === 'arrival_time')?.message).toBe(
      'arrival_time must be HH:MM:SS, got "8:30"',
    );
    expect(progress).toContain('stop_times.txt:15');
    // Nothing of it was kept: the sample feed is still the only one, and answers.
    expect(await subgraph.db.feed.count()).toBe(1);
    expect(await subgraph.db.stop.count({ where: { id: 'X' } })).toBe(0);
    expect((await stops('Kaarst'))?.length).toBe(4);
  });

  it('a zip lacking a required file is refused, naming the file', async () => {
    const { 'stop_times.txt': _left, ...rest } = readFeed(TINY_FEED);
    const result = await importGtfs(subgraph.db, await zipSource(await zipFeed(rest)));
    expect(result.ok ? [] : result.errors).toEqual([
      { file: 'stop_times.txt', line: 0, message: 'stop_times.txt is missing' },
    ]);
  });

  it('a clean feed replaces the active one', async () => {
    const result = await importGtfs(subgraph.db, await zipSource(await zipFeed(readFeed(TINY_FEED))));
    expect(result).toMatchObject({
      ok: true,
      counts: { 'stops.txt': 7, 'stop_times.txt': 13, 'trips.txt': 5 },
    });
    expect(await subgraph.db.feed.count()).toBe(1);
    expect(await subgraph.db.stop.count()).toBe(7);
  });
});
