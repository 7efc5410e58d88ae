import type { Message } from 'mqemitter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import {
  createPubSubEmitter,
  deliverLocally,
  type MissedEvents,
  onMissedEvents,
  redisOptions,
} from '../src/pubsub.ts';
import { startTestRedis, type TestRedis } from '../src/testing.ts';

const waitFor = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const emit = (emitter: ReturnType<typeof createPubSubEmitter>['emitter'], message: Message) =>
  new Promise<Error | undefined>((resolve) => emitter.emit(message, (error) => resolve(error)));

describe('redisOptions', () => {
  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisOptions('rediss://user:p%40ss@cache.example:6380/2')).toMatchObject({
      host: 'cache.example',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
      maxRetriesPerRequest: null,
    });
    expect(redisOptions('redis://127.0.0.1?family=6')).toMatchObject({
      host: '127.0.0.1',
      port: 6379,
      family: 6,
    });
    expect(redisOptions('/run/redis.sock?db=1')).toMatchObject({ path: '/run/redis.sock', db: '1' });
    expect(() => redisOptions('http://127.0.0.1:6379')).toThrow(/redis:\/\//);
  });
});

// Starts a redis-server of its own, like the Redis tests of the PostgreSQL and Redis CI pass.
describe.skipIf(!env('REDIS_URL'))('pubsub on a Redis that goes away', () => {
  let redis: TestRedis;
  const closers: Array<() => Promise<void>> = [];
  const pubsub = (service = 'appointments') => {
    const created = createPubSubEmitter(
      service,
      `pubsub_test_${process.pid}`,
      redis.url,
      createLogger('pubsub-test'),
    );
    closers.push(created.close);
    return created;
  };
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const close of closers.splice(0)) await close();
    await redis?.stop();
  });

  it('fails a publish at once while the broker is down (and does not crash), delivers again once it is back', async () => {
    const subscriber = pubsub();
    const publisher = pubsub();
    const received: unknown[] = [];
    await new Promise<void>((resolve) =>
      subscriber.emitter.on(
        't',
        (message, done) => {
          received.push(message.payload);
          done();
        },
        () => resolve(),
      ),
    );
    expect(await emit(publisher.emitter, { topic: 't', payload: 1 })).toBeUndefined();
    await waitFor(() => received.length === 1, 'first message');

    await redis.stop('SIGKILL');
    const started = Date.now();
    const error = await emit(publisher.emitter, { topic: 't', payload: 2, eventId: 'two' });
    // At once when the client knows the connection is gone; else when the broker does not acknowledge.
    expect(error?.message).toMatch(/not connected|did not acknowledge/);
    expect(Date.now() - started).toBeLessThan(4000);

    await redis.start();
    // As the outbox does: a failed publish is sent again with its eventId until it arrives. The
    // failed one may still arrive too (at least once: ioredis resends what a dropped connection
    // left unanswered, seen in CI); the eventId lets each listener take it once.
    for (let i = 0; i < 100 && !(received.includes(2) && received.includes(3)); i++) {
      if (!received.includes(2)) await emit(publisher.emitter, { topic: 't', payload: 2, eventId: 'two' });
      await emit(publisher.emitter, { topic: 't', payload: 3, eventId: 'three' });
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500)); // a late resend would arrive meanwhile
    // Each once, however often it was sent.
    expect([...received].sort()).toEqual([1, 2, 3]);
  });

  it('reports the gap after the subscriptions are back; a replay reaches listeners once per eventId', async () => {
    const subscriber = pubsub();
    const gaps: MissedEvents[] = [];
    onMissedEvents(subscriber.emitter, (gap) => gaps.push(gap));
    const received: unknown[] = [];
    await new Promise<void>((resolve) =>
      subscriber.emitter.on(
        'u',
        (message, done) => {
          received.push(message.payload);
          done();
        },
        () => resolve(),
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    const killed = Date.now();
    await redis.stop('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    await redis.start();
    await waitFor(() => gaps.length === 1, 'the gap');
    expect(gaps[0]?.since.getTime()).toBeLessThanOrEqual(killed);

    // The subscription is in place again when the gap is reported: a message published now arrives.
    const publisher = pubsub();
    expect(await emit(publisher.emitter, { topic: 'u', payload: 'after', eventId: 7 })).toBeUndefined();
    await waitFor(() => received.includes('after'), 'a message after the gap');
    // What the owner of the events replays: one it had (eventId 7) is dropped, a missed one arrives.
    await deliverLocally(subscriber.emitter, { topic: 'u', payload: 'again', eventId: 7 });
    await deliverLocally(subscriber.emitter, { topic: 'u', payload: 'missed', eventId: 6 });
    await waitFor(() => received.includes('missed'), 'the replayed message');
    expect(received).toEqual(['after', 'missed']);
    // Only this process's listeners get a replay, not other services on the broker.
    const other = pubsub('citizens');
    const elsewhere: unknown[] = [];
    other.emitter.on('u', (message, done) => {
      elsewhere.push(message.payload);
      done();
    });
    await deliverLocally(subscriber.emitter, { topic: 'u', payload: 'local', eventId: 8 });
    await new Promise((r) => setTimeout(r, 200));
    expect(elsewhere).toEqual([]);
  });

  it('closes at once while the broker is down', async () => {
    const created = createPubSubEmitter('appointments', 'close_test', redis.url, createLogger('pubsub-test'));
    await new Promise((r) => setTimeout(r, 200));
    await redis.stop('SIGKILL');
    const started = Date.now();
    await created.close();
    expect(Date.now() - started).toBeLessThan(3000);
    await redis.start();
  });
});
