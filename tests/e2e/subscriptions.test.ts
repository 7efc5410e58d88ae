import {
  AppointmentBookedDocument,
  AvailabilityChangedDocument,
  BookAppointmentDocument,
} from '@kaarst/contract';
import { signSessionToken } from '@kaarst/kit';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, STAFF, startHub, type TestHub } from '../harness.ts';
import { eventually, sseClient, wsClient } from '../live.ts';

const BOOKED = print(AppointmentBookedDocument);
const AVAILABILITY = print(AvailabilityChangedDocument);
type Booked = {
  appointmentBooked: {
    code: string;
    start: string;
    services: Array<{ name: string }>;
    citizen: { displayName: string } | null;
  };
};
type Availability = { availabilityChanged: { date: string; freeSlots: number; location: { name: string } } };

describe('federated subscriptions through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  let staff: string;
  let minute = 0;
  const clients: Array<{ dispose(): unknown }> = [];
  // Each booking takes its own 15-minute slot on Wednesday morning in Büttgen.
  const book = async () => {
    const start = nextLocal(
      WEDNESDAY,
      `${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    );
    minute += 15;
    const result = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-buettgen',
          start,
          idempotencyKey: `live-${start}`,
        },
      },
      anna,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.bookAppointment as NonNullable<typeof result.data>['bookAppointment'];
  };
  const ws = (token?: string) => {
    const c = wsClient(hub.url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    hub = await startHub();
    [anna, staff] = await Promise.all([hub.signIn(ANNA), hub.signIn(STAFF)]);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await hub?.close();
  });

  it('delivers appointmentBooked over WebSocket with the citizen name from the citizens subgraph', async () => {
    const sub = ws(staff).subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
    await new Promise((r) => setTimeout(r, 200)); // the subgraph registers the subscription after the ack
    const booked = await book();
    const [event] = await sub.waitFor(1);
    expect(event).toEqual({
      data: {
        appointmentBooked: {
          code: booked.code,
          start: booked.start,
          services: [{ name: 'Personalausweis beantragen' }],
          citizen: { displayName: 'Anna Schmitz' },
        },
      },
    });
    sub.unsubscribe();
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'upstream closed');
  });

  it('delivers availabilityChanged over SSE to anonymous clients', async () => {
    const c = sseClient(hub.url);
    clients.push(c);
    const sub = c.subscribe<Availability>(AVAILABILITY, { locationId: 'rathaus-buettgen' });
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
    await new Promise((r) => setTimeout(r, 200));
    const booked = await book();
    const [event] = await sub.waitFor(1);
    expect(event?.data?.availabilityChanged).toMatchObject({
      date: booked.start.slice(0, 10),
      location: { name: 'Rathaus Büttgen, Bürgerbüro' },
    });
    expect(event?.data?.availabilityChanged.freeSlots).toBeGreaterThan(0);
    sub.unsubscribe();
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'upstream closed');
  });

  it('shares one upstream between identical subscriptions and fans out to all', async () => {
    const a = ws(staff).subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    const b = ws(staff).subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    const other = ws(staff).subscribe<Booked>(BOOKED, { locationId: 'rathaus-kaarst' });
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 2, 5000, 'two upstreams');
    await new Promise((r) => setTimeout(r, 300));
    expect(hub.gateway.subscriptions.upstreamCount).toBe(2);
    const booked = await book();
    const [[ea], [eb]] = await Promise.all([a.waitFor(1), b.waitFor(1)]);
    expect(ea?.data?.appointmentBooked.code).toBe(booked.code);
    expect(eb).toEqual(ea);
    expect(other.results).toEqual([]);
    a.unsubscribe();
    await new Promise((r) => setTimeout(r, 200));
    expect(hub.gateway.subscriptions.upstreamCount).toBe(2); // b still listens
    b.unsubscribe();
    other.unsubscribe();
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'all upstreams closed');
  });

  it('ends the upstream when a client disconnects without unsubscribing', async () => {
    const c = wsClient(hub.url, staff);
    c.subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
    await c.dispose();
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'upstream closed');
  });

  it('supports variables, fragments, aliases, @include/@skip and __typename', async () => {
    const query = /* GraphQL */ `
      subscription Live($loc: ID!, $withPerson: Boolean!, $hideStart: Boolean!) {
        booked: appointmentBooked(locationId: $loc) {
          __typename
          ...Visit
          when: start @skip(if: $hideStart)
          citizen @include(if: $withPerson) { name: displayName }
        }
      }
      fragment Visit on Appointment { code services { __typename name } }
    `;
    const sub = ws(staff).subscribe<Record<string, unknown>>(query, {
      loc: 'rathaus-buettgen',
      withPerson: true,
      hideStart: true,
    });
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
    await new Promise((r) => setTimeout(r, 200));
    const booked = await book();
    const [event] = await sub.waitFor(1);
    expect(event).toEqual({
      data: {
        booked: {
          __typename: 'Appointment',
          code: booked.code,
          services: [{ __typename: 'AppointmentService', name: 'Personalausweis beantragen' }],
          citizen: { name: 'Anna Schmitz' },
        },
      },
    });
    sub.unsubscribe();
  });

  it('refuses appointmentBooked to citizens (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const asCitizen = ws(anna).subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    const asNobody = ws().subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    const codesOf = async (sub: typeof asCitizen) => {
      const outcome = await sub.done;
      const errors =
        (outcome.error as Array<{ extensions?: { code?: string } }> | undefined) ??
        sub.results.flatMap((r) => r.errors ?? []);
      return errors.map((e) => e.extensions?.code);
    };
    expect(await codesOf(asCitizen)).toEqual(['FORBIDDEN']);
    expect(await codesOf(asNobody)).toEqual(['UNAUTHENTICATED']);
    // refused upstreams are let go too
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'upstreams closed');
  });

  it('answers a bad token with UNAUTHENTICATED on WebSocket and 401 on SSE', async () => {
    const sub = ws('not-a-token').subscribe<Availability>(AVAILABILITY, { locationId: 'rathaus-buettgen' });
    const outcome = await sub.done;
    expect(JSON.stringify(outcome.error)).toContain('UNAUTHENTICATED');
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: 'Bearer nope',
      },
      body: JSON.stringify({ query: AVAILABILITY, variables: { locationId: 'rathaus-buettgen' } }),
    });
    expect(response.status).toBe(401);
  });

  it('answers a query with JSON when the client lists the event stream after JSON (urql’s default Accept)', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept:
          'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed',
      },
      body: JSON.stringify({ query: '{ officeLocations { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as { data?: { officeLocations: unknown[] } };
    expect(body.data?.officeLocations.length).toBeGreaterThan(0);
  });

  it('ends a subscription with UNAUTHENTICATED when the session expires', async () => {
    const { token } = await signSessionToken(
      hub.keys,
      { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002', roles: ['staff'], department: 'buergerbuero' },
      2,
    );
    const sub = ws(token).subscribe<Booked>(BOOKED, { locationId: 'rathaus-buettgen' });
    const outcome = await sub.done;
    expect(outcome.error).toBeUndefined();
    expect(sub.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await eventually(() => hub.gateway.subscriptions.upstreamCount === 0, 5000, 'upstream closed');
  });

  it('runs queries and mutations over the WebSocket too', async () => {
    const c = ws(anna);
    const sub = c.subscribe<{ me: { displayName: string } }>('{ me { displayName } }');
    await sub.done;
    expect(sub.results).toEqual([{ data: { me: { displayName: 'Anna Schmitz' } } }]);
  });
});
