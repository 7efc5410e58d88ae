import { AppointmentBookedDocument, BookAppointmentDocument } from '@kaarst/contract';
import { generateHubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, testDatabase } from '@kaarst/kit/testing';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, codes, freePort, STAFF, startHub, subgraphDefinition, type TestHub } from '../harness.ts';
import { eventually, wsClient } from '../live.ts';
import { newCitizenSessions } from '../people.ts';

const BOOKED = print(AppointmentBookedDocument);
type Booked = { appointmentBooked: { code: string } };

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Staff watching bookings in Büttgen through the gateway, once the upstream is open. */
async function watchBookings(hub: TestHub, staffToken: string) {
  const client = wsClient(hub.url, staffToken);
  cleanups.push(() => client.dispose());
  const sub = client.subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
  await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
  return sub;
}

const bookAt = (hub: TestHub, token: string, time: string, key = `lc-${time}-${Math.random()}`) =>
  hub.execute(
    BookAppointmentDocument,
    {
      input: {
        serviceIds: ['personalausweis'],
        locationId: 'rathaus-buettgen',
        start: nextLocal(WEDNESDAY, time),
        idempotencyKey: key,
      },
    },
    token,
  );

describe('subscription lifecycle', () => {
  it('a subgraph that stays down ends the subscription with SUBGRAPH_UNAVAILABLE, never silence', async () => {
    const hub = await startHub({ gateway: { subscriptionRetryAttempts: 1 } });
    cleanups.push(() => hub.close());
    const sub = await watchBookings(hub, await hub.signIn(STAFF));
    await new Promise((r) => setTimeout(r, 300));
    await hub.subgraph('appointments').close();
    const outcome = await Promise.race([
      sub.done,
      new Promise((r) => setTimeout(() => r('silence'), 15_000)),
    ]);
    expect(outcome).toEqual({});
    expect(sub.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(hub.gateway.subscriptions.upstreamCount).toBe(0);
  });

  it('a subgraph that restarts is resubscribed and events flow again', async () => {
    const keys = await generateHubKeys();
    const port = await freePort();
    const database = testDatabase('appointments');
    cleanups.push(database.dispose);
    const dbOptions = database.databaseUrl
      ? { databaseUrl: database.databaseUrl }
      : { embeddedDir: database.embeddedDir as string };
    const hub = await startHub({ keys, subgraphOptions: { appointments: { port, ...dbOptions } } });
    cleanups.push(() => hub.close());
    const [staff, anna] = [await hub.signIn(STAFF), await hub.signIn(ANNA)];
    const sub = await watchBookings(hub, staff);

    await hub.subgraph('appointments').close();
    const restarted: RunningSubgraph<unknown> = await startTestSubgraph(
      await subgraphDefinition('appointments'),
      {
        keys,
        port,
        ...dbOptions,
      },
    );
    cleanups.push(() => restarted.close());

    // Book until an event arrives: events of the moments before the resubscription are not replayed.
    const times = [
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
    ];
    let code: string | undefined;
    for (const time of times) {
      const booked = await bookAt(hub, anna, time);
      expect(booked.errors).toBeUndefined();
      code = booked.data?.bookAppointment.code;
      const deadline = Date.now() + 1500;
      while (Date.now() < deadline && !sub.results.some((r) => r.data?.appointmentBooked.code === code)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      if (sub.results.some((r) => r.data?.appointmentBooked.code === code)) break;
    }
    expect(sub.results.map((r) => r.data?.appointmentBooked.code)).toContain(code);
    expect(sub.results.every((r) => !r.errors)).toBe(true);
  });

  it('rolled-back bookings announce nothing: of 10 racing bookings exactly one event arrives', async () => {
    const hub = await startHub();
    cleanups.push(() => hub.close());
    const staff = await hub.signIn(STAFF);
    const sub = await watchBookings(hub, staff);
    await new Promise((r) => setTimeout(r, 300));
    // Ten people: one person's second booking of a time would be ALREADY_BOOKED before any insert.
    const racers = await newCitizenSessions(hub, 10);
    const results = await Promise.all(racers.map((token, i) => bookAt(hub, token, '11:00', `race-${i}`)));
    const winner = results.find((r) => r.data?.bookAppointment)?.data?.bookAppointment.code;
    expect(results.flatMap(codes).filter((code) => code === 'SLOT_TAKEN')).toHaveLength(9);
    await sub.waitFor(1);
    await new Promise((r) => setTimeout(r, 1500)); // room for any wrong extra event
    expect(sub.results.map((r) => r.data?.appointmentBooked.code)).toEqual([winner]);
  });

  it('gateway shutdown closes WebSocket clients with 1001 (going away: reconnect elsewhere)', async () => {
    const hub = await startHub();
    let closed = false;
    cleanups.push(() => (closed ? undefined : hub.close()));
    const closeCodes: number[] = [];
    const client = createClient({
      url: hub.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {}, // the close is what this test expects
      on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
    });
    cleanups.push(() => client.dispose());
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    await hub.close();
    closed = true;
    await eventually(() => closeCodes.length > 0, 5000, 'socket closed');
    expect(closeCodes).toEqual([1001]);
  }, 120_000); // it starts a hub of its own
});
