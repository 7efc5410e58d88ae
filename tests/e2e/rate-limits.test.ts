import { createGateway, type GatewayOptions, type RunningGateway } from '@kaarst/gateway';
import { startTestRedis, type TestRedis } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, issueApiKey, STAFF, SUPERGRAPH, startHub, type TestHub } from '../harness.ts';

const QUERY = JSON.stringify({ query: '{ officeLocations { id } }' });

async function post(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: QUERY,
  });
  const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

/** `count` requests at once; the statuses in order. */
const burst = (count: number, url: string, headers?: Record<string, string>) =>
  Promise.all(Array.from({ length: count }, () => post(url, headers)));

async function refusals(url: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('hub_gateway_refusals_total{') && l.includes('reason="rate_limited_api_key"'));
  return Number(line?.split(' ').at(-1) ?? 0);
}

/** Another gateway instance on the same subgraphs (as several replicas run in production). */
async function extraGateway(
  hub: TestHub,
  options: Partial<GatewayOptions>,
): Promise<{ gateway: RunningGateway; url: string }> {
  const gateway = await createGateway({
    supergraphPath: SUPERGRAPH,
    keys: hub.keys,
    subgraphUrls: hub.gateway.subgraphUrls,
    ...options,
  });
  return { gateway, url: await gateway.listen(0, '127.0.0.1') };
}

/** A staff-issued key with a small rate, so a burst crosses it. */
async function smallKey(hub: TestHub, ratePerMinute: number): Promise<string> {
  const staff = await hub.signIn(STAFF);
  const staffKey = (await issueApiKey(hub, staff, 'staff tooling')).key;
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}`, 'x-api-key': staffKey },
    body: JSON.stringify({
      query: 'mutation ($i: IssueApiKeyInput!) { issueApiKey(input: $i) { key } }',
      variables: { i: { name: `${ratePerMinute} per minute`, ratePerMinute } },
    }),
  });
  return ((await response.json()) as { data: { issueApiKey: { key: string } } }).data.issueApiKey.key;
}

// One hub (subgraphs and a gateway with per-key limits in memory); the other cases add gateways to it.
let hub: TestHub;
beforeAll(async () => {
  hub = await startHub({ gateway: { rateLimits: { anonymousPerMinute: 0 } } });
});
afterAll(() => hub?.close());

describe('rate limits per API key (in memory)', () => {
  it('a burst over the key’s rate gets 429 RATE_LIMITED with Retry-After; the rest of the town is served', async () => {
    const key = await smallKey(hub, 5);
    const before = await refusals(hub.url);
    const answers = await burst(12, hub.url, { 'x-api-key': key });
    const ok = answers.filter((a) => a.status === 200);
    const limited = answers.filter((a) => a.status === 429);
    expect(ok).toHaveLength(5);
    expect(limited).toHaveLength(7);
    for (const answer of limited) {
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
    }
    expect(await refusals(hub.url)).toBe(before + 7);
    // Others, and the same citizen through the portal, are not held up by one application's key.
    expect((await post(hub.url)).status).toBe(200);
    const anna = await hub.signIn(ANNA);
    expect((await post(hub.url, { authorization: `Bearer ${anna}` })).status).toBe(200);
  });

  it('keys count separately', async () => {
    const [first, second] = [await smallKey(hub, 3), await smallKey(hub, 3)];
    expect((await burst(5, hub.url, { 'x-api-key': first })).filter((a) => a.status === 429)).toHaveLength(2);
    expect((await burst(3, hub.url, { 'x-api-key': second })).every((a) => a.status === 200)).toBe(true);
  });
});

describe('rate limits for callers without a key (RATE_LIMIT_ANONYMOUS_PER_MINUTE)', () => {
  let anonymous: { gateway: RunningGateway; url: string };
  beforeAll(async () => {
    anonymous = await extraGateway(hub, { rateLimits: { anonymousPerMinute: 20 } });
  });
  afterAll(() => anonymous?.gateway.close());

  it('limits anonymous bursts per address, never health probes', async () => {
    const answers = await burst(30, anonymous.url);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(10);
    expect(codes({ status: 429, errors: answers.at(-1)?.body.errors as never })).toContain('RATE_LIMITED');
    for (let i = 0; i < 5; i++)
      expect((await fetch(new URL('/health/live', anonymous.url))).status).toBe(200);
  });
});

describe('rate limits in Redis: one budget across gateway instances', () => {
  let redis: TestRedis;
  let first: { gateway: RunningGateway; url: string };
  let second: { gateway: RunningGateway; url: string };
  beforeAll(async () => {
    redis = await startTestRedis();
    await redis.start();
    first = await extraGateway(hub, { rateLimits: { anonymousPerMinute: 0, redisUrl: redis.url } });
    second = await extraGateway(hub, { rateLimits: { anonymousPerMinute: 0, redisUrl: redis.url } });
  });
  afterAll(async () => {
    await Promise.all([first?.gateway.close(), second?.gateway.close()]);
    await redis?.stop();
  });

  it('a key’s budget is shared by both gateways', async () => {
    const key = await smallKey(hub, 6);
    const answers = [
      ...(await burst(5, first.url, { 'x-api-key': key })),
      ...(await burst(5, second.url, { 'x-api-key': key })),
    ];
    expect(answers.filter((a) => a.status === 200)).toHaveLength(6);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(4);
  });

  it('with Redis gone, requests are served (not limited) and nothing crashes', async () => {
    const key = await smallKey(hub, 2);
    await redis.stop();
    const answers = await burst(5, first.url, { 'x-api-key': key });
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    await redis.start();
  });
});
