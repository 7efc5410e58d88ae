import { createPgPool, generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import {
  nextLocal,
  startTestSubgraph,
  subgraphRequest,
  subscribeToSubgraph,
  WEEKDAY,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { startOutboxPublisher } from '../src/outbox.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const CITIZEN = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0011', roles: ['citizen' as const] };
const STAFF = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0012', roles: ['staff' as const] };
/** The publishers here poll once a minute: an event within this time came from a wake-up. */
const WITHIN_MS = 400;
const POLL_MS = 60_000;

const waitFor = async (done: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
};

describe('the outbox publisher is woken by a commit, not by its poll', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys, runBackground: false });
  });
  afterAll(() => subgraph?.close());

  it('publishes a booking committed in this process within a few hundred ms', async () => {
    const publisher = startOutboxPublisher({
      db: subgraph.db,
      pubsub: subgraph.app.graphql.pubsub,
      log: subgraph.log,
      pollMs: POLL_MS,
    });
    const subscription = subscribeToSubgraph<{ appointmentBooked: { code: string } }>(
      subgraph.url,
      keys,
      STAFF,
      'subscription { appointmentBooked(locationId: "rathaus-buettgen") { code } }',
    );
    try {
      await publisher.drain(); // the start-up drain is over: only a wake-up publishes from here
      await new Promise((r) => setTimeout(r, 300)); // subscribed after connection_ack
      const booked = await subgraphRequest<{ bookAppointment: { code: string } }>(
        subgraph.url,
        keys,
        CITIZEN,
        'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
        {
          input: {
            serviceIds: ['personalausweis'],
            locationId: 'rathaus-buettgen',
            start: nextLocal(WEEKDAY.WEDNESDAY, '08:00'),
            idempotencyKey: 'wake-in-process',
          },
        },
      );
      expect(booked.errors).toBeUndefined();
      await waitFor(() => subscription.events.length > 0, WITHIN_MS);
      expect(subscription.events).toEqual([
        { appointmentBooked: { code: booked.data?.bookAppointment.code } },
      ]);
    } finally {
      await subscription.dispose();
      await publisher.stop();
    }
  });

  // PGlite serves LISTEN to no other connection, so this needs a real PostgreSQL.
  it.skipIf(!process.env.DATABASE_URL)(
    'publishes a row committed by another replica (LISTEN/NOTIFY) within a few hundred ms',
    async () => {
      if (subgraph.database.embedded) return; // DATABASE_URL set but not used by this subgraph
      const publisher = startOutboxPublisher({
        db: subgraph.db,
        pubsub: subgraph.app.graphql.pubsub,
        log: subgraph.log,
        pollMs: POLL_MS,
        listenUrl: subgraph.database.url,
      });
      const subscription = subscribeToSubgraph<{ availabilityChanged: { date: string } }>(
        subgraph.url,
        keys,
        null,
        'subscription { availabilityChanged(locationId: "rathaus-buettgen") { date } }',
      );
      // "Another replica": its own connection, no in-process wake-up.
      const replica = createPgPool(subgraph.database.url, { max: 1 });
      try {
        await publisher.drain();
        await new Promise((r) => setTimeout(r, 300)); // subscribed, and LISTEN in place
        const date = nextLocal(WEEKDAY.FRIDAY, '08:00').slice(0, 10);
        await replica.query('INSERT INTO outbox_event (topic, payload) VALUES ($1, $2)', [
          'availabilityChanged',
          { locationId: 'rathaus-buettgen', date },
        ]);
        await waitFor(() => subscription.events.length > 0, WITHIN_MS);
        expect(subscription.events).toEqual([{ availabilityChanged: { date } }]);
      } finally {
        await replica.end();
        await subscription.dispose();
        await publisher.stop();
      }
    },
  );
});
