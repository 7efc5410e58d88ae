import { AvailabilityChangedDocument, BookAppointmentDocument } from '@kaarst/contract';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, startHub, type TestHub } from '../harness.ts';
import { eventually, sseClient, wsClient } from '../live.ts';

const AVAILABILITY = print(AvailabilityChangedDocument);
const LOCATION = 'rathaus-buettgen';
type Availability = { availabilityChanged: { date: string; freeSlots: number } };

/**
 * The live transports (graphql-ws and graphql-sse) as an attacker would try
 * them: one client must never reach into another's stream, and one failing
 * operation must not take the others on the same connection down.
 */
describe('live transports: one client cannot harm another', () => {
  let hub: TestHub;
  let anna: string;
  let minute = 0;
  const clients: Array<{ dispose(): unknown }> = [];
  const book = async () => {
    const start = nextLocal(
      WEDNESDAY,
      `${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    );
    minute += 15;
    const result = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: LOCATION,
          start,
          idempotencyKey: `lt-${start}`,
        },
      },
      anna,
    );
    expect(result.errors).toBeUndefined();
  };
  const sse = () => {
    const client = sseClient(hub.url);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    hub = await startHub();
    anna = await hub.signIn(ANNA);
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await hub?.close();
  });

  it('SSE: nobody can reserve a shared stream (single-connection mode), nor post into one', async () => {
    // The probe's first step: an anonymous PUT answered 201 with the token "undefined".
    const reserve = await fetch(hub.url, { method: 'PUT', headers: { accept: 'text/plain' } });
    const reserveBody = await reserve.text();
    expect(reserve.status, reserveBody).toBeGreaterThanOrEqual(400);
    expect(reserve.status).toBeLessThan(500);
    expect(reserveBody).not.toBe('undefined');
    expect(JSON.parse(reserveBody).errors[0].extensions.code).toBe('SSE_SINGLE_CONNECTION_UNSUPPORTED');
    // A token the caller chose is no better.
    const chosen = await fetch(hub.url, {
      method: 'PUT',
      headers: { accept: 'text/plain', 'x-graphql-event-stream-token': 'mine' },
    });
    expect(chosen.status).toBe(reserve.status);
    // Posting an operation into the "undefined" stream, as anyone could before.
    const injected = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': 'undefined' },
      body: JSON.stringify({
        query: AVAILABILITY,
        variables: { locationId: LOCATION },
        extensions: { operationId: 'x' },
      }),
    });
    expect(injected.status).toBe(reserve.status);
    await injected.body?.cancel();
  });

  it('SSE: two clients each get their own stream and their own events', async () => {
    const first = sse().subscribe<Availability>(AVAILABILITY, { locationId: LOCATION });
    const second = sse().subscribe<Availability>(AVAILABILITY, { locationId: LOCATION });
    await eventually(() => hub.gateway.subscriptions.clientCount >= 2, 5000, 'both subscribed');
    await new Promise((r) => setTimeout(r, 200)); // the subgraph registers the subscription after the ack
    await book();
    const [a] = await first.waitFor(1);
    const [b] = await second.waitFor(1);
    expect(a?.data?.availabilityChanged.freeSlots).toEqual(expect.any(Number));
    expect(b).toEqual(a);
    first.unsubscribe();
    second.unsubscribe();
  });

  it('WebSocket: a query whose result carries an error leaves the socket and its subscriptions alive', async () => {
    const client = wsClient(hub.url);
    clients.push(client);
    const live = client.subscribe<Availability>(AVAILABILITY, { locationId: LOCATION });
    await eventually(() => hub.gateway.subscriptions.upstreamCount >= 1, 5000, 'upstream open');
    await new Promise((r) => setTimeout(r, 200));
    // Errors in a result: a signed-in-only field asked anonymously, a limit, a bad argument.
    for (const query of [
      '{ myApiKeys { id } }',
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      '{ councilMeetings(first: -5) { id } }',
    ]) {
      const failing = client.subscribe(query);
      const outcome = await failing.done;
      // A close event (code 4500 "e.toJSON is not a function") is not an answer.
      expect((outcome.error as { code?: number } | undefined)?.code, query).toBeUndefined();
      const errors = (outcome.error as Array<{ extensions?: { code?: string } }> | undefined) ?? [
        ...failing.results.flatMap((r) => r.errors ?? []),
      ];
      expect(errors.length, query).toBeGreaterThan(0);
      expect(errors.every((e) => typeof e.extensions?.code === 'string')).toBe(true);
    }
    await book();
    const [event] = await live.waitFor(1);
    expect(event?.data?.availabilityChanged.freeSlots).toEqual(expect.any(Number));
    const after = client.subscribe<{ appointmentServices: unknown[] }>('{ appointmentServices { id } }');
    await after.done;
    expect(after.results[0]?.data?.appointmentServices.length).toBeGreaterThan(0);
  });
});
