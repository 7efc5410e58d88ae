import { AppointmentsAtDocument, AvailableSlotsDocument, MeDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, SUNDAY, WEDNESDAY } from '../dates.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';

describe('bad input gets a clear code and writes nothing', () => {
  let hub: TestHub;
  let anna: string;
  let staff: string;
  beforeAll(async () => {
    hub = await startHub();
    [anna, staff] = await Promise.all([hub.signIn(ANNA), hub.signIn(STAFF)]);
  });
  afterAll(async () => {
    // Nothing of all the refused bookings reached the database.
    const now = new Date();
    const all = await hub.execute(
      AppointmentsAtDocument,
      {
        locationId: 'rathaus-buettgen',
        from: new Date(now.getTime() - 86_400_000).toISOString(),
        to: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
      },
      staff,
    );
    expect(all.data?.appointmentsAt).toEqual([]);
    await hub?.close();
  });

  const input = (overrides: Record<string, unknown>) => ({
    serviceIds: ['personalausweis'],
    locationId: 'rathaus-buettgen',
    start: nextLocal(WEDNESDAY, '09:00'),
    idempotencyKey: `bad-${Math.random()}`,
    ...overrides,
  });
  const bookRaw = (values: Record<string, unknown>, token: string | null = anna) =>
    hub.request(
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: input(values) },
      token ?? undefined,
    );

  it('unknown service', async () => {
    expect(codes(await bookRaw({ serviceIds: ['no-such-service'] }))).toEqual(['BAD_USER_INPUT']);
  });
  it('no service, a service twice, too many services', async () => {
    expect(codes(await bookRaw({ serviceIds: [] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bookRaw({ serviceIds: ['personalausweis', 'personalausweis'] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
  it('unknown location', async () => {
    expect(codes(await bookRaw({ locationId: 'rathaus-neuss' }))).toEqual(['NOT_FOUND']);
  });
  it('slot in the past', async () => {
    expect(codes(await bookRaw({ start: '2020-01-08T08:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
  });
  it('outside opening hours: a Sunday, before opening, off the 15-minute grid, ending after closing', async () => {
    for (const start of [
      nextLocal(SUNDAY, '10:00'),
      nextLocal(WEDNESDAY, '06:00'),
      nextLocal(WEDNESDAY, '09:05'),
      nextLocal(WEDNESDAY, '11:50'),
    ]) {
      expect(codes(await bookRaw({ start }))).toEqual(['BAD_USER_INPUT']);
    }
  });
  it('malformed dates, in a booking and in a slot search', async () => {
    expect(codes(await bookRaw({ start: 'tomorrow at nine' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await bookRaw({ start: '2026-12-02T09:00:00' }))).toEqual(['BAD_USER_INPUT']); // no zone
    const search = await hub.execute(AvailableSlotsDocument, {
      serviceIds: ['personalausweis'],
      from: 'not-a-date',
      to: nextLocal(WEDNESDAY, '12:00'),
    });
    expect(codes(search)).toEqual(['BAD_USER_INPUT']);
  });
  it('an empty idempotencyKey', async () => {
    expect(codes(await bookRaw({ idempotencyKey: '  ' }))).toEqual(['BAD_USER_INPUT']);
  });
  it('missing token', async () => {
    expect(codes(await bookRaw({}, null))).toEqual(['UNAUTHENTICATED']);
  });
  it('a malformed Authorization header is refused with 401', async () => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token abc' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
  it('a wrong field is a validation error, not a crash', async () => {
    const result = await hub.request('{ me { shoeSize } }', undefined, anna);
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await hub.execute(MeDocument, undefined, anna)).data?.me?.displayName).toBe('Anna Schmitz');
  });
});
