import { AppointmentBookedDocument } from '@kaarst/contract';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, TUESDAY, WEDNESDAY } from '../dates.ts';
import { ANNA, STAFF, startHub, subgraphFetchCount, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';

const errorsOf = (response: { errors?: Array<{ extensions?: { code?: unknown }; path?: unknown }> }) =>
  (response.errors ?? []).map((e) => [e.extensions?.code, e.path]);

describe('@authenticated and @requiresScopes, enforced at the gateway', () => {
  let hub: TestHub;
  let anna: string;
  let staff: string;
  let code: string;
  const dayList = {
    locationId: 'rathaus-kaarst',
    from: nextLocal(TUESDAY, '07:00', 3),
    to: nextLocal(WEDNESDAY, '18:00', 3),
  };
  beforeAll(async () => {
    hub = await startHub();
    [anna, staff] = await Promise.all([hub.signIn(ANNA), hub.signIn(STAFF)]);
    const booked = await hub.request<{ bookAppointment: { code: string } }>(
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-kaarst',
          start: nextLocal(TUESDAY, '10:00', 3),
          idempotencyKey: 'directives',
        },
      },
      anna,
    );
    code = booked.data?.bookAppointment.code ?? '';
    expect(code).not.toBe('');
  });
  afterAll(() => hub?.close());

  it('refuses a field before any subgraph is asked: UNAUTHENTICATED without a session, FORBIDDEN without the scope', async () => {
    const query =
      'query ($locationId: ID!, $from: DateTime!, $to: DateTime!) { appointmentsAt(locationId: $locationId, from: $from, to: $to) { code } }';
    const before = await subgraphFetchCount(hub);
    const anonymous = await hub.request(query, dayList);
    const citizen = await hub.request(query, dayList, anna);
    expect(await subgraphFetchCount(hub)).toBe(before);
    expect(errorsOf(anonymous)).toEqual([['UNAUTHENTICATED', ['appointmentsAt']]]);
    expect(errorsOf(citizen)).toEqual([['FORBIDDEN', ['appointmentsAt']]]);
    // a non-null root field that is left out makes the whole answer null, as any error there would
    expect(anonymous.data ?? null).toBeNull();
    const allowed = await hub.request<{ appointmentsAt: Array<{ code: string }> }>(query, dayList, staff);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.appointmentsAt.map((a) => a.code)).toContain(code);
  });

  it('keeps the rest of the answer: the caller gets what they may see, and null plus an error where they may not', async () => {
    const query = `query ($code: String!) {
      officeLocations { id }
      booking: appointmentByCode(code: $code) { ...Booking }
    }
    fragment Booking on Appointment { code who: citizen { displayName } }`;
    const anonymous = await hub.request<{ officeLocations: unknown[]; booking: unknown }>(query, { code });
    expect(errorsOf(anonymous)).toEqual([['UNAUTHENTICATED', ['booking', 'who']]]);
    expect(anonymous.data?.officeLocations.length).toBeGreaterThan(0);
    expect(anonymous.data?.booking).toEqual({ code, who: null });
    const owner = await hub.request<{ booking: unknown }>(query, { code }, anna);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.booking).toEqual({ code, who: { displayName: 'Anna Schmitz' } });
    // the same text again anonymously: the plan that fetched `who` for Anna is not reused
    const again = await hub.request<{ booking: unknown }>(query, { code });
    expect(again.data?.booking).toEqual({ code, who: null });
  });

  it('a mutation that needs a session is refused without one, and nothing is booked', async () => {
    const before = await subgraphFetchCount(hub);
    const response = await hub.request(
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-kaarst',
          start: nextLocal(TUESDAY, '11:00', 3),
          idempotencyKey: 'anonymous-directives',
        },
      },
    );
    expect(errorsOf(response)).toEqual([['UNAUTHENTICATED', ['bookAppointment']]]);
    expect(await subgraphFetchCount(hub)).toBe(before);
  });

  it('refuses a subscription the caller may not hold, over WebSocket, with the same codes', async () => {
    const query = print(AppointmentBookedDocument);
    for (const [token, expected] of [
      [undefined, 'UNAUTHENTICATED'],
      [anna, 'FORBIDDEN'],
    ] as const) {
      const client = wsClient(hub.url, token);
      const subscription = client.subscribe(query, { locationId: 'rathaus-kaarst' });
      const { error } = await subscription.done;
      const errors = (error ?? subscription.results.flatMap((r) => r.errors ?? [])) as Array<{
        extensions?: { code?: string };
        path?: unknown;
      }>;
      expect(errors.map((e) => [e.extensions?.code, e.path])).toEqual([[expected, ['appointmentBooked']]]);
      await client.dispose();
    }
  });
});
