import { createGateway } from '@kaarst/gateway';
import { env, generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest, subscribeToSubgraph, testDatabase } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import {
  ANNA as ANNA_EMAIL,
  DEMO_PASSWORD,
  postGraphQL,
  STAFF as STAFF_EMAIL,
  SUPERGRAPH,
  subgraphDefinition,
} from '../harness.ts';
import { eventually, wsClient } from '../live.ts';

const STAFF = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff' as const],
  department: 'buergerbuero',
};
const CITIZEN = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen' as const] };

// Events published on one instance reach subscribers on another only through
// Redis: this test runs in the CI pass that has REDIS_URL and DATABASE_URL.
describe.skipIf(!env('REDIS_URL') || !env('DATABASE_URL'))(
  'appointment events across instances (Redis)',
  () => {
    let keys: HubKeys;
    let a: RunningSubgraph<unknown>;
    let b: RunningSubgraph<unknown>;
    const database = testDatabase('appointments');
    beforeAll(async () => {
      keys = await generateHubKeys();
      // A publishes nothing itself: what its subscribers get must come from B through Redis.
      const appointmentsSubgraph = await subgraphDefinition('appointments');
      a = await startTestSubgraph(appointmentsSubgraph, {
        keys,
        databaseUrl: database.databaseUrl,
        runBackground: false,
      });
      b = await startTestSubgraph(appointmentsSubgraph, { keys, databaseUrl: database.databaseUrl });
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await database.dispose();
    });

    it('a booking on instance B is delivered to a subscriber on instance A', async () => {
      const booked$ = subscribeToSubgraph<{ appointmentBooked: Record<string, unknown> }>(
        a.url,
        keys,
        STAFF,
        'subscription { appointmentBooked(locationId: "rathaus-buettgen") { code status start } }',
      );
      const availability$ = subscribeToSubgraph<{ availabilityChanged: { date: string; freeSlots: number } }>(
        a.url,
        keys,
        STAFF,
        'subscription { availabilityChanged(locationId: "rathaus-buettgen") { date freeSlots } }',
      );
      await new Promise((r) => setTimeout(r, 500)); // the subscriptions are registered after connection_ack

      const start = nextLocal(WEDNESDAY, '08:15');
      const booked = await subgraphRequest<{ bookAppointment: { code: string } }>(
        b.url,
        keys,
        CITIZEN,
        'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
        {
          input: {
            serviceIds: ['personalausweis'],
            locationId: 'rathaus-buettgen',
            start,
            idempotencyKey: 'redis',
          },
        },
      );
      expect(booked.errors).toBeUndefined();
      const code = booked.data?.bookAppointment.code ?? '';
      await subgraphRequest(
        b.url,
        keys,
        null,
        'mutation ($code: String!) { cancelAppointment(code: $code) { id } }',
        {
          code,
        },
      );

      await eventually(
        () => booked$.events.length === 1 && availability$.events.length === 2,
        5000,
        'three events',
      );
      expect(booked$.events).toEqual([{ appointmentBooked: { code, status: 'BOOKED', start } }]);
      const [before, after] = availability$.events.map((e) => e.availabilityChanged);
      expect([before?.date, after?.date]).toEqual([start.slice(0, 10), start.slice(0, 10)]);
      // a 15-minute booking takes one 15-minute slot; its cancellation gives it back
      expect((after?.freeSlots ?? 0) - (before?.freeSlots ?? 0)).toBe(1);
      await Promise.all([booked$.dispose(), availability$.dispose()]);
    });

    it('refuses a subscription from a citizen', async () => {
      const refused = subscribeToSubgraph(
        a.url,
        keys,
        CITIZEN,
        'subscription { appointmentBooked(locationId: "rathaus-buettgen") { code } }',
      );
      await eventually(() => refused.errors.length > 0, 5000, 'an error');
      expect(JSON.stringify(refused.errors)).toContain('FORBIDDEN');
      await refused.dispose();
    });
  },
);

describe.skipIf(!env('REDIS_URL') || !env('DATABASE_URL'))(
  'two gateways, two replicas of appointments (Redis)',
  () => {
    it('a booking through gateway 2 (replica B) reaches a subscriber of gateway 1 (replica A), with the citizen name', async () => {
      const keys = await generateHubKeys();
      const appointmentsDb = testDatabase('appointments');
      const appointmentsSubgraph = await subgraphDefinition('appointments');
      const citizens = await startTestSubgraph(await subgraphDefinition('citizens'), { keys });
      // Replica A publishes nothing itself: its subscribers' events must come from B through Redis.
      const replicaA = await startTestSubgraph(appointmentsSubgraph, {
        keys,
        databaseUrl: appointmentsDb.databaseUrl,
        runBackground: false,
      });
      const replicaB = await startTestSubgraph(appointmentsSubgraph, {
        keys,
        databaseUrl: appointmentsDb.databaseUrl,
      });
      const gateways = await Promise.all(
        [replicaA, replicaB].map((replica) =>
          createGateway({
            supergraphPath: SUPERGRAPH,
            keys,
            subgraphUrls: { citizens: citizens.url, appointments: replica.url },
          }),
        ),
      );
      const [url1, url2] = await Promise.all(gateways.map((g) => g.listen(0, '127.0.0.1')));
      try {
        const staff = await signIn(url2 as string, STAFF_EMAIL);
        const anna = await signIn(url2 as string, ANNA_EMAIL);
        const client = wsClient(url1 as string, staff);
        const sub = client.subscribe<{
          appointmentBooked: { code: string; citizen: { displayName: string } };
        }>(
          'subscription { appointmentBooked(locationId: "rathaus-kaarst") { code citizen { displayName } } }',
        );
        await eventually(() => gateways[0]?.subscriptions.upstreamCount === 1, 5000, 'upstream open');
        await new Promise((r) => setTimeout(r, 300));
        const booked = await postGraphQL<{ bookAppointment: { code: string } }>(
          url2 as string,
          {
            query: 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
            variables: {
              input: {
                serviceIds: ['reisepass'],
                locationId: 'rathaus-kaarst',
                start: nextLocal(WEDNESDAY, '09:30'),
                idempotencyKey: 'two-gateways',
              },
            },
          },
          anna,
        );
        expect(booked.errors).toBeUndefined();
        const [event] = await sub.waitFor(1);
        expect(event?.data?.appointmentBooked).toEqual({
          code: booked.data?.bookAppointment.code,
          citizen: { displayName: 'Anna Schmitz' },
        });
        await client.dispose();
      } finally {
        for (const gateway of gateways) await gateway.close();
        await Promise.all([citizens.close(), replicaA.close(), replicaB.close()]);
        await appointmentsDb.dispose();
      }
    });
  },
);

async function signIn(url: string, email: string): Promise<string> {
  const result = await postGraphQL<{ signIn: { token: string } }>(url, {
    query:
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    variables: { email, password: DEMO_PASSWORD },
  });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.signIn.token;
}
