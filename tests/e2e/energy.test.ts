/**
 * Smart metering through the whole hub: readings published over a real MQTT
 * broker (Mosquitto on 127.0.0.1:1883) reach the graph and, live, the
 * gateway's meterPower subscription; bad readings are refused and counted,
 * never stored; replays are stored once; the HTTP push passes the gateway.
 * Without a broker the test is skipped, except in CI.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';

const BROKER = { host: '127.0.0.1', port: 1883 };
const brokerUp = await new Promise<boolean>((resolve) => {
  const socket = connect(BROKER, () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
});
if (!brokerUp && process.env.CI) throw new Error('CI needs Mosquitto on 127.0.0.1:1883 for the energy test');

const METER = `1EMH${randomBytes(5).toString('hex').toUpperCase()}`;
const PREFIX = `kaarst-test/${randomBytes(4).toString('hex')}`;
/** The readings' times: a minute or two ago, the same in every test (replays). */
const START = Date.now() - 120_000;

describe.skipIf(!brokerUp)('energy: readings over MQTT into the graph and live through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  let publisher: mqtt.MqttClient;
  const publish = (body: unknown, meterId = METER) =>
    publisher.publishAsync(
      `${PREFIX}/${meterId}/reading`,
      typeof body === 'string' ? body : JSON.stringify(body),
      { qos: 1 },
    );
  const meterQuery = async <T>(fields: string) => {
    const period = fields.includes('$from');
    return hub.request<{ meter: T }>(
      `query ($id: ID!${period ? ', $from: DateTime!, $to: DateTime!' : ''}) { meter(id: $id) { ${fields} } }`,
      {
        id: METER,
        ...(period
          ? { from: new Date(START - 3_600_000).toISOString(), to: new Date(START + 3_600_000).toISOString() }
          : {}),
      },
      anna,
    );
  };

  beforeAll(async () => {
    process.env.MQTT_URL = `mqtt://${BROKER.host}:${BROKER.port}`;
    process.env.MQTT_TOPIC_PREFIX = PREFIX;
    try {
      hub = await startHub({ subgraphs: ['energy'], subgraphOptions: { energy: { demoData: false } } });
    } finally {
      delete process.env.MQTT_URL;
      delete process.env.MQTT_TOPIC_PREFIX;
    }
    publisher = await mqtt.connectAsync(process.env.MQTT_TEST_URL ?? `mqtt://${BROKER.host}:${BROKER.port}`);
    const staff = await hub.signIn(STAFF);
    const registered = await hub.request(
      'mutation ($input: [RegisterMeterInput!]!) { registerMeters(input: $input) }',
      { input: [{ meterId: METER, activationCode: 'TEST-1234-5678', district: 'Büttgen' }] },
      staff,
    );
    expect(codes(registered)).toEqual([]);
    anna = await hub.signIn(ANNA);
    const linked = await hub.request(
      'mutation ($input: LinkMeterInput!) { linkMeter(input: $input) { id } }',
      { input: { meterId: METER, activationCode: 'test 1234 5678', label: 'Zuhause' } },
      anna,
    );
    expect(codes(linked)).toEqual([]);
  });
  afterAll(async () => {
    await publisher?.endAsync();
    await hub?.close();
  });

  it('refuses live values before the opt-in, then streams about one value a second', async () => {
    const early = wsClient(hub.url, anna);
    const refused = early.subscribe<unknown>(
      'subscription ($id: ID!) { meterPower(meterId: $id) { watts } }',
      { id: METER },
    );
    const outcome = await refused.done;
    expect(JSON.stringify(outcome.error ?? refused.results)).toContain('FORBIDDEN');
    await early.dispose();

    const optIn = await hub.request(
      'mutation ($id: ID!) { setMeterDataLevel(meterId: $id, level: FINE) { dataLevel } }',
      { id: METER },
      anna,
    );
    expect(optIn.data).toEqual({ setMeterDataLevel: { dataLevel: 'FINE' } });

    const client = wsClient(hub.url, anna);
    const live = client.subscribe<{ meterPower: { meterId: string; watts: number; at: string } }>(
      'subscription ($id: ID!) { meterPower(meterId: $id) { meterId at watts } }',
      { id: METER },
    );
    await new Promise((r) => setTimeout(r, 500)); // the gateway opens its upstream subscription
    const start = START;
    const publishing = Date.now();
    // 25 readings 100 ms apart (a reader sending ten a second), counters rising 1 Wh each.
    for (let i = 0; i < 25; i++) {
      await publish({
        time: new Date(start + i * 1000).toISOString(),
        '1-0:1.8.0': 5000 + i / 1000,
        '1-0:16.7.0': 1000 + i,
      });
      await new Promise((r) => setTimeout(r, 100));
    }
    const events = await live.waitFor(1, 15_000);
    expect(events[0]?.data?.meterPower).toMatchObject({ meterId: METER });
    expect(events[0]?.data?.meterPower.watts).toBeGreaterThanOrEqual(1000);
    // The newest value always arrives, however busy the machine (waited for, not timed).
    await expect
      .poll(() => live.results.at(-1)?.data?.meterPower.watts, { timeout: 15_000, interval: 100 })
      .toBe(1024);
    const seconds = (Date.now() - publishing) / 1000;
    // Throttled to about one a second: 25 readings in 2.5 s (longer on a busy machine) never give 25 events.
    expect(live.results.length).toBeGreaterThanOrEqual(2);
    expect(live.results.length).toBeLessThanOrEqual(Math.ceil(seconds) + 2);
    expect(live.results.length).toBeLessThan(25);
    live.unsubscribe();
    await client.dispose();
  });

  it('stores what came over MQTT once, refuses and counts bad readings, and shows them in the graph', async () => {
    const start = START;
    // Replays of the first ten readings, garbage, a counter going back, a foreign meter, a future time.
    for (let i = 0; i < 10; i++)
      await publish({
        time: new Date(start + i * 1000).toISOString(),
        '1-0:1.8.0': 5000 + i / 1000,
        '1-0:16.7.0': 1000 + i,
      });
    await publish('not json');
    await publish({ time: new Date(start + 30_000).toISOString(), '1-0:1.8.0': 4000 });
    await publish({ time: new Date(Date.now() + 3_600_000).toISOString(), '1-0:1.8.0': 6000 });
    await publish({ time: new Date().toISOString(), '1-0:1.8.0': 1 }, '1EMHNOTREGISTERED');

    type Refusals = { refusals: Array<{ reason: string; count: number }> };
    let refusals: Refusals['refusals'] = [];
    for (let i = 0; i < 50 && refusals.reduce((n, r) => n + r.count, 0) < 3; i++) {
      refusals = (await meterQuery<Refusals>('refusals { reason count }')).data?.meter.refusals ?? [];
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(Object.fromEntries(refusals.map((r) => [r.reason, r.count]))).toEqual({
      MALFORMED: 1,
      COUNTER_BACKWARDS: 1,
      FUTURE_TIMESTAMP: 1,
    });

    const series = await meterQuery<{ series: { importKwh: number[] }; lastReadingAt: string }>(
      'lastReadingAt series(resolution: QUARTER, from: $from, to: $to) { importKwh }',
    );
    // 25 readings 1 Wh apart: 24 Wh between the first and the last, however often they came.
    const total = (series.data?.meter.series.importKwh ?? []).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(0.024, 6);
    expect(Date.parse(series.data?.meter.lastReadingAt ?? '')).toBe(start + 24_000);
    const copy = await hub.request<{
      myPersonalData: { energy: { meters: Array<{ finerValues: { readings: number } }> } };
    }>('{ myPersonalData { energy } }', {}, anna);
    expect(copy.data?.myPersonalData.energy.meters[0]?.finerValues.readings).toBe(25);
  });

  it('takes a gateway push through the gateway port with the meter key only', async () => {
    const created = await hub.request<{ createMeterGatewayKey: { key: string } }>(
      'mutation ($id: ID!) { createMeterGatewayKey(meterId: $id, name: "Gateway Keller") { key } }',
      { id: METER },
      anna,
    );
    const key = created.data?.createMeterGatewayKey.key ?? '';
    const base = hub.url.replace(/\/graphql$/, '');
    const push = (headers: Record<string, string>) =>
      fetch(`${base}/energy/v1/readings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          readings: [{ time: new Date(Date.now() - 5_000).toISOString(), '1-0:1.8.0': 5000.5 }],
        }),
      });
    const refused = await push({ authorization: `Bearer ${anna}` });
    expect(refused.status).toBe(401);
    const pushed = await push({ 'x-meter-key': key });
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toEqual({ stored: 1, duplicates: 0, skipped: 0, refused: [] });
  });
});
