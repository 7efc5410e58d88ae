import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountEvent, type AccountEventsOptions, openAccountEventLog } from '../src/account-events.ts';
import { createLogger } from '../src/logger.ts';
import { startTestRedis, type TestRedis } from '../src/testing.ts';

const log = createLogger('account-events-test');

const waitFor = async (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const deletion = (accountId = randomUUID()): AccountEvent => ({
  id: randomUUID(),
  type: 'account.deleted',
  accountId,
  at: new Date().toISOString(),
});

/** The same behaviour from both logs: the folder (embedded) and Redis Streams (production). */
function describeLog(name: string, options: () => AccountEventsOptions) {
  describe(`account event log: ${name}`, () => {
    it('keeps an event for a group that starts consuming later, and gives it to each group once', async () => {
      const events = openAccountEventLog(options());
      const early = deletion();
      await events.append(early); // no consumer is running yet: a subgraph that is down
      const seen: Record<string, string[]> = { appointments: [], requests: [] };
      const consumers = Object.keys(seen).map((group) =>
        events.consume(group, async (event) => void seen[group]?.push(event.accountId), log),
      );
      const late = deletion();
      await events.append(late);
      await waitFor(
        () => Object.values(seen).every((ids) => ids.length === 2),
        'both groups get both events',
      );
      await new Promise((r) => setTimeout(r, 300)); // nothing more arrives
      expect(seen).toEqual({
        appointments: [early.accountId, late.accountId],
        requests: [early.accountId, late.accountId],
      });
      await Promise.all(consumers.map((c) => c.stop()));
      await events.close();
    });

    it('a group that stops and starts again does not get handled events twice', async () => {
      const settings = options();
      const events = openAccountEventLog(settings);
      const seen: string[] = [];
      const first = events.consume('council', async (e) => void seen.push(e.accountId), log);
      const one = deletion();
      await events.append(one);
      await waitFor(() => seen.length === 1, 'first event handled');
      await first.stop();
      const two = deletion();
      await events.append(two); // while the group is stopped
      const again = events.consume('council', async (e) => void seen.push(e.accountId), log);
      await waitFor(() => seen.length === 2, 'the event appended while stopped');
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([one.accountId, two.accountId]);
      await again.stop();
      await events.close();
    });

    it('a failed handling is retried until it succeeds', async () => {
      const events = openAccountEventLog({ ...options(), retryAfterMs: 200 });
      let attempts = 0;
      const consumer = events.consume(
        'requests',
        async () => {
          attempts += 1;
          if (attempts < 3) throw new Error('database away');
        },
        log,
      );
      await events.append(deletion());
      await waitFor(() => attempts >= 3, 'third attempt');
      await new Promise((r) => setTimeout(r, 500));
      expect(attempts).toBe(3);
      await consumer.stop();
      await events.close();
    });

    it('removes the entries a test matches at once, handled or not', async () => {
      const events = openAccountEventLog(options());
      const erased = randomUUID();
      const [a, b, c] = [deletion(erased), deletion(), deletion(erased)];
      for (const event of [a, b, c]) await events.append(event);
      expect(await events.remove((e) => e.accountId === erased)).toBe(2);
      expect(await events.stored()).toEqual([b]);
      expect(await events.remove((e) => e.accountId === erased)).toBe(0);
      // A group starting now gets only what is left.
      const seen: string[] = [];
      const consumer = events.consume('family', async (e) => void seen.push(e.id), log);
      await waitFor(() => seen.length === 1, 'the kept event');
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([b.id]);
      await consumer.stop();
      await events.close();
    });

    it('deletes entries older than the retention, on the next append and when a consumer starts', async () => {
      const events = openAccountEventLog({ ...options(), retentionMs: 400 });
      const old = deletion();
      await events.append(old);
      expect(await events.stored()).toEqual([old]);
      await new Promise((r) => setTimeout(r, 600));
      const fresh = deletion();
      await events.append(fresh);
      expect(await events.stored()).toEqual([fresh]);
      // Quiet log: the consumer looks for old entries itself; the expired one is nobody's any more.
      await new Promise((r) => setTimeout(r, 600));
      const seen: string[] = [];
      const consumer = events.consume('energy', async (e) => void seen.push(e.id), log);
      await waitFor(async () => (await events.stored()).length === 0, 'the old entry trimmed');
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([]);
      await consumer.stop();
      await events.close();
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kaarst-account-events-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let folderCount = 0;
describeLog('folder', () => ({ dir: path.join(dir, `log-${++folderCount}`), pollMs: 50, redisUrl: '' }));

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(() => redis?.stop());
describeLog('Redis Streams', () => ({ redisUrl: redis.url, stream: `test:${randomUUID()}`, pollMs: 100 }));
