import { createGateway } from '@kaarst/gateway';
import { signSessionToken } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, issueApiKey, STAFF, SUPERGRAPH, startHub, type TestHub } from '../harness.ts';

const ANNA_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';
type Caller = 'anonymous' | 'other citizen' | 'staff' | 'partner' | 'driver' | 'display';

interface AccessCase {
  name: string;
  as: Caller;
  query: string;
  variables?: (ids: { annaKey: string; code: string; location: string }) => Record<string, unknown>;
  codes: string[];
}

/** Callers reaching for other people's records or for rights they lack; each must get nothing. */
const CASES: AccessCase[] = [
  {
    name: 'lists API keys without a session',
    as: 'anonymous',
    query: '{ myApiKeys { id } }',
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'issues an API key without a session',
    as: 'anonymous',
    query: 'mutation { issueApiKey(input: { name: "x" }) { key } }',
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'lists Anna’s API keys',
    as: 'other citizen',
    query: 'query ($o: ID) { apiKeys(ownerId: $o) { id } }',
    variables: () => ({ o: ANNA_ID }),
    codes: ['FORBIDDEN'],
  },
  {
    name: 'revokes Anna’s API key',
    as: 'other citizen',
    query: 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: ({ annaKey }) => ({ id: annaKey }),
    codes: ['NOT_FOUND'],
  },
  {
    name: 'issues a key in Anna’s name',
    as: 'other citizen',
    query: 'mutation ($o: ID) { issueApiKey(input: { name: "mine now", ownerId: $o }) { key } }',
    variables: () => ({ o: ANNA_ID }),
    codes: ['FORBIDDEN'],
  },
  {
    name: 'reads the audit log as a citizen',
    as: 'other citizen',
    query: '{ auditLog { id } }',
    codes: ['FORBIDDEN'],
  },
  { name: 'reads the audit log as staff', as: 'staff', query: '{ auditLog { id } }', codes: ['FORBIDDEN'] },
  {
    name: 'reads the audit log as a partner',
    as: 'partner',
    query: '{ auditLog { id } }',
    codes: ['FORBIDDEN'],
  },
  {
    name: 'reads a location’s bookings as a driver',
    as: 'driver',
    query:
      'query ($l: ID!) { appointmentsAt(locationId: $l, from: "2026-12-01T00:00:00Z", to: "2026-12-02T00:00:00Z") { id } }',
    variables: ({ location }) => ({ l: location }),
    codes: ['FORBIDDEN'],
  },
  {
    name: 'lists all API keys as a partner',
    as: 'partner',
    query: '{ apiKeys { id } }',
    codes: ['FORBIDDEN'],
  },
  {
    name: 'cancels Anna’s appointment from a display',
    as: 'display',
    query: 'mutation ($c: String!) { cancelAppointment(code: $c) { id } }',
    variables: ({ code }) => ({ c: code }),
    codes: ['FORBIDDEN'],
  },
  {
    name: 'issues an API key from a display',
    as: 'display',
    query: 'mutation { issueApiKey(input: { name: "display" }) { key } }',
    codes: ['FORBIDDEN'],
  },
  {
    name: 'revokes a key by a made-up id',
    as: 'other citizen',
    query: 'mutation { revokeApiKey(id: "../../etc/passwd") { id } }',
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'asks the audit log for a page of a million',
    as: 'staff',
    query: '{ auditLog(first: 1000000) { id } }',
    codes: ['FORBIDDEN'],
  },
];

const EMAILS: Record<Exclude<Caller, 'anonymous' | 'other citizen'>, string> = {
  staff: STAFF,
  partner: 'partner@example.org',
  driver: 'fahrer@example.org',
  display: 'display.rathausplatz@example.org',
};

describe('hostile access: other people’s records, rights a caller lacks', () => {
  let hub: TestHub;
  const tokens = new Map<Caller, string | undefined>();
  let ids: { annaKey: string; code: string; location: string };

  beforeAll(async () => {
    hub = await startHub();
    const anna = await hub.signIn(ANNA);
    tokens.set('anonymous', undefined);
    // Signed in, and not Anna: an account id the demo data does not hold.
    tokens.set(
      'other citizen',
      (await signSessionToken(hub.keys, { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0998', roles: ['citizen'] }))
        .token,
    );
    for (const [caller, email] of Object.entries(EMAILS))
      tokens.set(caller as Caller, await hub.signIn(email));
    const locations = await hub.request<{ officeLocations: { id: string }[] }>('{ officeLocations { id } }');
    const location = locations.data?.officeLocations[0]?.id ?? '';
    const booked = await bookAnyFreeSlot(hub, anna);
    ids = { annaKey: (await issueApiKey(hub, anna, 'Anna’s app')).id, code: booked, location };
  });
  afterAll(() => hub?.close());

  it.each(CASES)('$as $name: $codes', async ({ as, query, variables, codes: expected }) => {
    const response = await hub.request(query, variables?.(ids), tokens.get(as));
    expect(response.status).toBeLessThan(500);
    expect(codes(response)).toEqual(expected);
  });

  it('after all that, Anna’s key and appointment are untouched and the hub answers normally', async () => {
    const anna = await hub.signIn(ANNA);
    const mine = await hub.request<{ myApiKeys: { id: string; revokedAt: string | null }[] }>(
      '{ myApiKeys { id revokedAt } }',
      undefined,
      anna,
    );
    expect(mine.data?.myApiKeys.find((k) => k.id === ids.annaKey)?.revokedAt).toBeNull();
    const appointment = await hub.request<{ appointmentByCode: { status: string } }>(
      'query ($c: String!) { appointmentByCode(code: $c) { status } }',
      { c: ids.code },
    );
    expect(appointment.data?.appointmentByCode.status).toBe('BOOKED');
  });

  it('an operation over its time limit (REQUEST_TIMEOUT_MS) answers REQUEST_TIMEOUT, not a 5xx', async () => {
    const hurried = await createGateway({
      supergraphPath: SUPERGRAPH,
      keys: hub.keys,
      subgraphUrls: hub.gateway.subgraphUrls,
      requestTimeoutMs: 1,
    });
    try {
      const url = await hurried.listen(0, '127.0.0.1');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ officeLocations { id } appointmentServices { id } }' }),
      });
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      expect(body.errors?.map((e) => e.extensions.code)).toContain('REQUEST_TIMEOUT');
    } finally {
      await hurried.close();
    }
  });
});

/** Books the first free slot of the first service for `token`; returns the code. */
async function bookAnyFreeSlot(hub: TestHub, token: string): Promise<string> {
  const services = await hub.request<{ appointmentServices: { id: string }[] }>(
    '{ appointmentServices { id } }',
  );
  const serviceIds = [services.data?.appointmentServices[0]?.id];
  const from = new Date(Date.now() + 2 * 86_400_000);
  const slots = await hub.request<{ availableSlots: { start: string; location: { id: string } }[] }>(
    'query ($s: [ID!]!, $f: DateTime!, $t: DateTime!) { availableSlots(serviceIds: $s, from: $f, to: $t) { start location { id } } }',
    { s: serviceIds, f: from.toISOString(), t: new Date(from.getTime() + 14 * 86_400_000).toISOString() },
  );
  const slot = slots.data?.availableSlots[0];
  if (!slot) throw new Error('no free slot');
  const booked = await hub.request<{ bookAppointment: { code: string } }>(
    'mutation ($i: BookAppointmentInput!) { bookAppointment(input: $i) { code } }',
    { i: { serviceIds, locationId: slot.location.id, start: slot.start, idempotencyKey: 'hostile-access' } },
    token,
  );
  if (!booked.data) throw new Error(`booking failed: ${JSON.stringify(booked.errors)}`);
  return booked.data.bookAppointment.code;
}
