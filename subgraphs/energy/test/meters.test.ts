import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import {
  fetchFromSubgraph,
  type GraphQLResponse,
  startTestSubgraph,
  subgraphRequest,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { eraseEnergyData } from '../src/privacy.ts';
import { energySubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);
const LINK = 'mutation ($input: LinkMeterInput!) { linkMeter(input: $input) { id dataLevel linkedAt } }';
const LEVEL =
  'mutation ($id: ID!, $level: MeterDataLevel!) { setMeterDataLevel(meterId: $id, level: $level) { id dataLevel fineSince } }';
const KEY =
  'mutation ($id: ID!) { createMeterGatewayKey(meterId: $id, name: "Hichi IR-Lesekopf") { key gatewayKey { id } } }';
const SERIES = `query ($id: ID!, $r: EnergyResolution!, $from: DateTime!, $to: DateTime!) { meter(id: $id) {
  series(resolution: $r, from: $from, to: $to) { starts importKwh estimatedKwh costCents costs { totalEur monthlyFeeEur effectiveCtPerKwh } } } }`;

describe('energy: meters, consent, push ingest', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'stadtwerke' };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const base = () => subgraph.url.replace('/graphql', '');
  const push = async (key: string, body: unknown) => {
    // As the gateway forwards it: with its context token (the subgraph refuses anything else).
    const response = await fetchFromSubgraph(`${base()}/energy/v1/readings`, keys, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-meter-key': key },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const count = async (sql: string, ...params: unknown[]) =>
    Number((await subgraph.db.$queryRawUnsafe<[{ n: bigint }]>(sql, ...params))[0].n);
  const register = (meterId: string, activationCode = 'ABCD-EFGH-1234') =>
    request(staff, 'mutation ($input: [RegisterMeterInput!]!) { registerMeters(input: $input) }', {
      input: [{ meterId, activationCode, district: 'Vorst' }],
    });

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(energySubgraph, { keys, demoData: false });
  });
  afterAll(async () => subgraph?.close());

  it('links a meter by number and code only; a wrong code is NOT_FOUND and five lock the meter', async () => {
    const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
    const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };
    expect(codes(await register('1EMH0000000001'))).toEqual([]);
    expect(codes(await request(anna, 'mutation { registerMeters(input: []) }'))).toEqual(['FORBIDDEN']);
    const wrong = { meterId: '1EMH0000000001', activationCode: 'WRONG-CODE' };
    expect(codes(await request(anna, LINK, { input: wrong }))).toEqual(['NOT_FOUND']);
    const unknown = { meterId: '1EMH0000009999', activationCode: 'ABCD-EFGH-1234' };
    expect(codes(await request(anna, LINK, { input: unknown }))).toEqual(['NOT_FOUND']);
    const linked = await request<{ linkMeter: { id: string; dataLevel: string } }>(anna, LINK, {
      input: { meterId: '1EMH0000000001', activationCode: 'abcd efgh 1234' },
    });
    expect(linked.data?.linkMeter).toMatchObject({ id: '1EMH0000000001', dataLevel: 'MONTHLY' });
    // Again by Anna: the same meter; by Ben (with the letter): CONFLICT; his view of it: NOT_FOUND.
    expect(
      codes(
        await request(anna, LINK, { input: { meterId: '1EMH0000000001', activationCode: 'ABCD-EFGH-1234' } }),
      ),
    ).toEqual([]);
    expect(
      codes(
        await request(ben, LINK, { input: { meterId: '1EMH0000000001', activationCode: 'ABCD-EFGH-1234' } }),
      ),
    ).toEqual(['CONFLICT']);
    expect(codes(await request(ben, '{ meter(id: "1EMH0000000001") { id } }'))).toEqual(['NOT_FOUND']);

    await register('1EMH0000000002');
    for (let i = 0; i < 5; i++)
      expect(
        codes(
          await request(ben, LINK, { input: { meterId: '1EMH0000000002', activationCode: `WRONG-${i}` } }),
        ),
      ).toEqual(['NOT_FOUND']);
    const locked = await request(ben, LINK, {
      input: { meterId: '1EMH0000000002', activationCode: 'ABCD-EFGH-1234' },
    });
    expect(codes(locked)).toEqual(['FORBIDDEN']);
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(3500);
  });

  it('keeps monthly totals only by default, fine data after the opt-in, and deletes it on withdrawal', async () => {
    const owner: Viewer = { id: randomUUID(), roles: ['citizen'] };
    await register('1EMH0000000010');
    await request(owner, LINK, { input: { meterId: '1EMH0000000010', activationCode: 'ABCD-EFGH-1234' } });
    const { data } = await request<{ createMeterGatewayKey: { key: string } }>(owner, KEY, {
      id: '1EMH0000000010',
    });
    const key = data?.createMeterGatewayKey.key as string;
    const t0 = Date.parse('2026-11-02T10:00:00Z');
    const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

    // MONTHLY: counters go into the month; power is not kept; one reading row stays.
    const monthly = await push(key, [
      { time: at(0), '1-0:1.8.0': 1000, '1-0:16.7.0': 500 },
      { time: at(15), '1-0:1.8.0': 1001 },
      { time: at(30), '1-0:1.8.0': 1002.5 },
      { time: at(40), '1-0:16.7.0': 300 },
    ]);
    expect(monthly).toEqual({ status: 200, body: { stored: 3, duplicates: 0, skipped: 1, refused: [] } });
    expect(await count(`SELECT count(*) AS n FROM reading WHERE "meterId" = $1`, '1EMH0000000010')).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM reading WHERE "powerW" IS NOT NULL`)).toBe(0);
    const period = {
      id: '1EMH0000000010',
      from: '2026-11-01T00:00:00+01:00',
      to: '2026-12-01T00:00:00+01:00',
    };
    const month = await request<{ meter: { series: { importKwh: number[] } } }>(owner, SERIES, {
      ...period,
      r: 'MONTH',
    });
    expect(month.data?.meter.series.importKwh).toEqual([2.5]);
    expect(codes(await request(owner, SERIES, { ...period, r: 'QUARTER' }))).toEqual(['FORBIDDEN']);

    // Opt in: quarters; replays stored once; bad readings refused with reasons, counted, not stored.
    expect((await request(owner, LEVEL, { id: '1EMH0000000010', level: 'FINE' })).data).toMatchObject({
      setMeterDataLevel: { dataLevel: 'FINE' },
    });
    const readings = [
      { time: at(45), '1-0:1.8.0': 1003, '1-0:16.7.0': 2000 },
      { time: at(60), '1-0:1.8.0': 1004 },
    ];
    expect((await push(key, readings)).body).toMatchObject({ stored: 2, duplicates: 0 });
    expect((await push(key, readings)).body).toMatchObject({ stored: 0, duplicates: 2 });
    const bad = await push(key, {
      readings: [
        { time: at(75), '1-0:1.8.0': 900 }, // far below: a glitch, not a restart
        { time: at(75), '1-0:1.8.0': -3 },
        { time: at(75) },
        { meterId: '1EMH0000000001', time: at(75), '1-0:1.8.0': 1005 },
        { time: at(60), '1-0:1.8.0': 1004.5 },
        'nonsense',
      ],
    });
    expect(
      (bad.body.refused as Array<{ index: number; reason: string }>).map((r) => [r.index, r.reason]),
    ).toEqual([
      [0, 'COUNTER_BACKWARDS'],
      [1, 'NEGATIVE_VALUE'],
      [2, 'NO_VALUES'],
      [3, 'METER_MISMATCH'],
      [4, 'CONFLICTING_DUPLICATE'],
      [5, 'MALFORMED'],
    ]);
    expect(await count(`SELECT count(*) AS n FROM reading WHERE "meterId" = $1`, '1EMH0000000010')).toBe(3);
    const refusals = await request<{ meter: { refusals: Array<{ reason: string; count: number }> } }>(
      owner,
      '{ meter(id: "1EMH0000000010") { refusals { reason count } } }',
    );
    expect(refusals.data?.meter.refusals.reduce((n, r) => n + r.count, 0)).toBe(6);
    const quarters = await request<{ meter: { series: { importKwh: number[] } } }>(owner, SERIES, {
      ...period,
      r: 'QUARTER',
    });
    // From the counter kept at MONTHLY (10:30, 1002.5 kWh) on: 10:30-10:45 0.5 kWh, 10:45-11:00 1 kWh.
    expect(quarters.data?.meter.series.importKwh).toEqual([0.5, 1]);
    const monthAfter = await request<{ meter: { series: { importKwh: number[] } } }>(owner, SERIES, {
      ...period,
      r: 'MONTH',
    });
    expect(monthAfter.data?.meter.series.importKwh).toEqual([4]);

    // Withdraw: the fine data goes at once, the month stays.
    await request(owner, LEVEL, { id: '1EMH0000000010', level: 'MONTHLY' });
    expect(
      await count(
        `SELECT count(*) AS n FROM rollup WHERE "meterId" = $1 AND resolution <> 'MONTH'`,
        '1EMH0000000010',
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM reading WHERE "meterId" = $1`, '1EMH0000000010')).toBe(1);
    const kept = await request<{ meter: { series: { importKwh: number[] } } }>(owner, SERIES, {
      ...period,
      r: 'MONTH',
    });
    expect(kept.data?.meter.series.importKwh).toEqual([4]);
  });

  it('refuses pushes without a valid key, and erases a deleted account twice over harmlessly', async () => {
    expect((await push('emk_nothing', { time: new Date().toISOString(), '1.8.0': 1 })).status).toBe(401);
    const owner: Viewer = { id: randomUUID(), roles: ['citizen'] };
    await register('1EMH0000000020');
    await request(owner, LINK, { input: { meterId: '1EMH0000000020', activationCode: 'ABCD-EFGH-1234' } });
    const { data } = await request<{ createMeterGatewayKey: { key: string } }>(owner, KEY, {
      id: '1EMH0000000020',
    });
    await push(data?.createMeterGatewayKey.key as string, {
      time: new Date(Date.now() - 60_000).toISOString(),
      '1.8.0': 5,
    });
    const copy = await request<{ _entities: Array<{ energy: { meters: Array<{ meterId: string }> } }> }>(
      owner,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { energy } } }',
      { r: [{ __typename: 'PersonalData', accountId: owner.id }] },
    );
    expect(copy.data?._entities[0]?.energy.meters.map((m) => m.meterId)).toEqual(['1EMH0000000020']);
    expect(await eraseEnergyData(subgraph.db, owner.id)).toEqual({ meters: 1, consents: 1 });
    expect(await eraseEnergyData(subgraph.db, owner.id)).toEqual({ meters: 0, consents: 0 });
    expect(await count(`SELECT count(*) AS n FROM reading WHERE "meterId" = $1`, '1EMH0000000020')).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM gateway_key WHERE "meterId" = $1`, '1EMH0000000020')).toBe(
      0,
    );
    expect(await count(`SELECT count(*) AS n FROM meter WHERE "ownerId" = $1`, owner.id)).toBe(0);
    // The key died with the link.
    expect(
      (await push(data?.createMeterGatewayKey.key as string, { time: new Date().toISOString(), '1.8.0': 6 }))
        .status,
    ).toBe(401);
  });
});
