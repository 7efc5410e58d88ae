import { env, generateHubKeys, type HubKeys, type PubSub, type RunningSubgraph } from '@kaarst/kit';
import {
  nextLocal,
  startTestRedis,
  startTestSubgraph,
  subgraphRequest,
  subscribeToSubgraph,
  WEEKDAY,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { startOutboxPublisher } from '../src/outbox.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const CITIZEN = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen' as const] };
const STAFF = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002', roles: ['staff' as const] };

/** The demo citizen books an ID card at Rathaus Büttgen next Wednesday at `time`. */
const bookWednesday = (url: string, keys: HubKeys, time: string, idempotencyKey: string) =>
  subgraphRequest<{ bookAppointment: { code: string } }>(
    url,
    keys,
    CITIZEN,
    'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
    {
      input: {
        serviceIds: ['personalausweis'],
        locationId: 'rathaus-buettgen',
        start: nextLocal(WEEKDAY.WEDNESDAY, time),
        idempotencyKey,
      },
    },
  );

describe('the outbox: nothing committed is lost while the broker is down', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  beforeAll(async () => {
    keys = await generateHubKeys();
    // No publisher of its own: the test drives publishing.
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys, runBackground: false });
  });
  afterAll(() => subgraph?.close());

  it('keeps events while publishing fails and delivers them once the broker is back', async () => {
    const booked = await bookWednesday(subgraph.url, keys, '08:00', 'outbox');
    expect(booked.errors).toBeUndefined();
    const pending = () => subgraph.db.outboxEvent.count({ where: { publishedAt: null } });
    expect(await pending()).toBe(2); // appointmentBooked + availabilityChanged, written with the booking

    // A broker that refuses every message (a stand-in for an unreachable Redis).
    const down = {
      publish: async () => Promise.reject(new Error('broker unreachable')),
    } as unknown as PubSub;
    const failing = startOutboxPublisher({
      db: subgraph.db,
      pubsub: down,
      log: subgraph.log,
      pollMs: 60_000,
    });
    expect(await failing.drain()).toBe(0);
    await failing.stop();
    expect(await pending()).toBe(2);

    // The broker is back: a subscriber connected now receives what was committed before.
    const subscription = subscribeToSubgraph<{ appointmentBooked: { code: string } }>(
      subgraph.url,
      keys,
      STAFF,
      'subscription { appointmentBooked(locationId: "rathaus-buettgen") { code } }',
    );
    await new Promise((r) => setTimeout(r, 500));
    const working = startOutboxPublisher({
      db: subgraph.db,
      pubsub: subgraph.app.graphql.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
    });
    await working.drain();
    await working.stop();
    expect(await pending()).toBe(0);
    for (let i = 0; i < 40 && subscription.events.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(subscription.events).toEqual([{ appointmentBooked: { code: booked.data?.bookAppointment.code } }]);
    await subscription.dispose();
  });
});

// Redis pub/sub keeps nothing for a subscriber that is away: what was published
// meanwhile must come from the outbox. Runs in the CI pass with REDIS_URL (on a
// redis-server of its own, which it kills).
describe.skipIf(!env('REDIS_URL'))('the outbox after a broker gap', () => {
  it('hands the events published while its subscriptions were away to its subscribers again, once', async () => {
    const redis = await startTestRedis();
    const keys = await generateHubKeys();
    const subgraph = await startTestSubgraph(appointmentsSubgraph, { keys, redisUrl: redis.url });
    const subscription = subscribeToSubgraph<{ appointmentBooked: { code: string } }>(
      subgraph.url,
      keys,
      STAFF,
      'subscription { appointmentBooked(locationId: "rathaus-buettgen") { code } }',
    );
    try {
      await new Promise((r) => setTimeout(r, 500)); // subscribed after connection_ack
      await redis.stop('SIGKILL');
      const booked = await bookWednesday(subgraph.url, keys, '09:00', 'gap');
      expect(booked.errors).toBeUndefined();
      // Another replica took the events meanwhile and published them while this one was not listening.
      await subgraph.db
        .$executeRaw`UPDATE outbox_event SET "publishedAt" = now() WHERE "publishedAt" IS NULL`;
      await redis.start();
      for (let i = 0; i < 200 && subscription.events.length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500)); // room for a wrong second copy
      expect(subscription.events).toEqual([
        { appointmentBooked: { code: booked.data?.bookAppointment.code } },
      ]);
    } finally {
      await subscription.dispose();
      await subgraph.close();
      await redis.stop();
    }
  });
});
