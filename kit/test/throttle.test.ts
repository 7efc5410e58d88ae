/**
 * The throttle's rules on a clock of the test's own: five free attempts, then
 * a lock that doubles, refusals that count nothing, success that forgets or
 * refunds; and the same counts seen by two processes sharing one Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { startTestRedis, type TestRedis } from '../src/testing.ts';
import { createThrottle, memoryThrottle, type Throttle, type Throttled } from '../src/throttle.ts';

const policy = { free: 5, firstLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 900 };
const account: Throttled = { key: 'account:a', policy, onSuccess: 'forget' };
const client: Throttled = { key: 'client:c', policy: { ...policy, free: 8 }, onSuccess: 'refund' };

/** The seconds to wait, or 0 when the attempt was counted. */
async function tryOnce(throttle: Throttle, keys: Throttled[]): Promise<number> {
  try {
    await throttle.attempt(keys);
    return 0;
  } catch (error) {
    expect((error as { extensions: { code: string } }).extensions.code).toBe('RATE_LIMITED');
    return (error as { extensions: { retryAfterSeconds: number } }).extensions.retryAfterSeconds;
  }
}

describe('throttle (in memory)', () => {
  it('five free attempts, then 30 s, then twice as long after each further attempt, up to the maximum', async () => {
    let now = 0;
    const throttle = memoryThrottle(() => now);
    for (let i = 0; i < 5; i++) expect(await tryOnce(throttle, [account])).toBe(0);
    expect(await tryOnce(throttle, [account])).toBe(30);
    now += 10_000;
    expect(await tryOnce(throttle, [account])).toBe(20); // refused attempts count nothing
    now += 20_000;
    expect(await tryOnce(throttle, [account])).toBe(0); // the sixth is checked...
    expect(await tryOnce(throttle, [account])).toBe(60); // ...and locks for twice as long
    const waits: number[] = [];
    let wait = 60;
    for (let i = 0; i < 6; i++) {
      now += wait * 1000; // just when the lock ends
      expect(await tryOnce(throttle, [account])).toBe(0);
      wait = await tryOnce(throttle, [account]);
      waits.push(wait);
    }
    expect(waits).toEqual([120, 240, 480, 900, 900, 900]);
  });

  it('success forgets the account and gives the client its attempt back; a locked key refuses them all', async () => {
    let now = 0;
    const throttle = memoryThrottle(() => now);
    for (let i = 0; i < 4; i++) await throttle.attempt([account, client]);
    await throttle.succeeded([account, client]);
    // The client has 8 - 3 attempts left, whichever accounts they are for.
    let allowed = 0;
    while ((await tryOnce(throttle, [{ ...account, key: `account:${allowed}` }, client])) === 0) allowed++;
    expect(allowed).toBe(5);
    // The account starts again with five: only the locked client holds it up.
    expect(await tryOnce(throttle, [account])).toBe(0);
    now += 16 * 60_000 + 30_000;
    expect(await tryOnce(throttle, [account, client])).toBe(0); // the client's count is forgotten after 15 minutes
  });
});

describe('throttle (Redis): replicas share the counts', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(() => redis?.stop());

  it('attempts on two instances add up, and both see the lock', async () => {
    const log = createLogger('throttle-test');
    const [one, two] = [0, 1].map(() => createThrottle({ redisUrl: redis.url, namespace: 'test:', log })) as [
      Throttle,
      Throttle,
    ];
    try {
      for (let i = 0; i < 5; i++) expect(await tryOnce(i % 2 ? one : two, [account])).toBe(0);
      expect(await tryOnce(one, [account])).toBe(30);
      expect(await tryOnce(two, [account])).toBeGreaterThan(28);
      await one.succeeded([account]);
      expect(await tryOnce(two, [account])).toBe(0);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
