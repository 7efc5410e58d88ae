import { AppointmentsAtDocument, BookAppointmentDocument } from '@kaarst/contract';
import { signSessionToken } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';

const BY_CODE =
  'query ($code: String!) { appointmentByCode(code: $code) { code status citizen { displayName } } }';

describe('who may see what', () => {
  let hub: TestHub;
  let anna: string;
  let staff: string;
  let other: string;
  let code: string;
  const start = nextLocal(WEDNESDAY, '08:30');
  beforeAll(async () => {
    hub = await startHub();
    [anna, staff] = await Promise.all([hub.signIn(ANNA), hub.signIn(STAFF)]);
    // A second citizen with an account the citizens subgraph does not know: the token is valid, the person unknown.
    other = (
      await signSessionToken(hub.keys, { id: '5d2c7d1e-0000-4000-8000-00000000beef', roles: ['citizen'] })
    ).token;
    const booked = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['fuehrungszeugnis'],
          locationId: 'rathaus-buettgen',
          start,
          idempotencyKey: 'authz',
        },
      },
      anna,
    );
    code = booked.data?.bookAppointment.code ?? '';
    expect(code).not.toBe('');
  });
  afterAll(() => hub?.close());

  it('staff see the day list of a location with who booked', async () => {
    const result = await hub.execute(
      AppointmentsAtDocument,
      { locationId: 'rathaus-buettgen', from: start, to: nextLocal(WEDNESDAY, '12:00') },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.appointmentsAt).toEqual([
      { code, status: 'BOOKED', citizen: { displayName: 'Anna Schmitz', email: ANNA } },
    ]);
  });

  it('citizens and anonymous callers may not read the day list', async () => {
    const vars = { locationId: 'rathaus-buettgen', from: start, to: nextLocal(WEDNESDAY, '12:00') };
    expect(codes(await hub.execute(AppointmentsAtDocument, vars, anna))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.execute(AppointmentsAtDocument, vars))).toEqual(['UNAUTHENTICATED']);
  });

  it('another citizen sees none of Anna’s appointments: `me` is empty for them', async () => {
    const result = await hub.request<{ me: null }>('{ me { id appointments { code } } }', undefined, other);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toBeNull(); // no account in citizens, so no appointments either
  });

  it('the code alone shows the appointment but not who booked it', async () => {
    const anonymous = await hub.request<{ appointmentByCode: { code: string; citizen: unknown } }>(BY_CODE, {
      code,
    });
    // Appointment.citizen is @authenticated: the gateway leaves it out for anonymous callers.
    expect(anonymous.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
      ['UNAUTHENTICATED', ['appointmentByCode', 'citizen']],
    ]);
    expect(anonymous.data?.appointmentByCode).toEqual({ code, status: 'BOOKED', citizen: null });
    const owner = await hub.request<{ appointmentByCode: { citizen: { displayName: string } } }>(
      BY_CODE,
      { code },
      anna,
    );
    expect(owner.data?.appointmentByCode.citizen).toEqual({ displayName: 'Anna Schmitz' });
    const stranger = await hub.request<{ appointmentByCode: { citizen: unknown } }>(BY_CODE, { code }, other);
    expect(stranger.data?.appointmentByCode.citizen).toBeNull();
  });

  it('subgraphs refuse requests that did not come through the gateway', async () => {
    for (const { url } of hub.subgraphs.values()) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${anna}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a forged context header is refused as well', async () => {
    const response = await fetch(hub.subgraph('appointments').url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-context': anna },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });
});
