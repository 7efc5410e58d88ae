import {
  AvailableSlotsDocument,
  BookAppointmentDocument,
  CancelAppointmentDocument,
  CatalogueDocument,
  MeDocument,
} from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, TUESDAY } from '../dates.ts';
import { ANNA, codes, startHub, type TestHub } from '../harness.ts';

// The Foundation issue's contract operations, sent verbatim through the gateway.
describe('contract through the gateway', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    token = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  it('lists services and office locations', async () => {
    const { data, errors } = await hub.execute(CatalogueDocument);
    expect(errors).toBeUndefined();
    expect(data?.appointmentServices.map((s) => s.id)).toContain('personalausweis');
    expect(data?.appointmentServices.every((s) => s.durationMinutes > 0)).toBe(true);
    expect(data?.officeLocations.map((l) => l.name)).toEqual([
      'Rathaus Kaarst, Bürgerbüro',
      'Rathaus Büttgen, Bürgerbüro',
      'Mobiles Bürgerbüro',
      'Mobiles Bürgerbüro · Vorst',
      'Mobiles Bürgerbüro · Holzbüttgen',
    ]);
  });

  it('searches slots for several services at once, books, shows and cancels', async () => {
    const from = nextLocal(TUESDAY, '00:00');
    const to = nextLocal(TUESDAY, '23:59');
    const slots = await hub.execute(AvailableSlotsDocument, {
      serviceIds: ['personalausweis', 'reisepass'],
      from,
      to,
    });
    expect(slots.errors).toBeUndefined();
    const list = slots.data?.availableSlots ?? [];
    expect(list.length).toBeGreaterThan(10);
    // ID card (15) + passport (20) = 35 minutes
    for (const slot of list) expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(35 * 60_000);
    // Tuesday afternoon hours exist only in Kaarst (14:00-16:00): last 35-minute slot starts 15:15
    expect(list.map((s) => s.start)).toContain(nextLocal(TUESDAY, '15:15'));
    expect(list.map((s) => s.start)).not.toContain(nextLocal(TUESDAY, '15:30'));

    const first = list[0];
    if (!first) throw new Error('no slot');
    const booked = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis', 'reisepass'],
          locationId: first.location.id,
          start: first.start,
          idempotencyKey: 'contract-1',
        },
      },
      token,
    );
    expect(booked.errors).toBeUndefined();
    const appointment = booked.data?.bookAppointment;
    expect(appointment).toMatchObject({
      start: first.start,
      end: first.end,
      status: 'BOOKED',
      services: [{ name: 'Personalausweis beantragen' }, { name: 'Reisepass beantragen' }],
      location: { name: first.location.name },
      citizen: { displayName: 'Anna Schmitz' }, // from the citizens subgraph, through the query plan
    });
    expect(appointment?.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    const me = await hub.execute(MeDocument, undefined, token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({ displayName: 'Anna Schmitz', email: ANNA });
    expect(me.data?.me?.appointments).toContainEqual({
      code: appointment?.code,
      start: first.start,
      status: 'BOOKED',
    });

    const again = await hub.execute(AvailableSlotsDocument, {
      serviceIds: ['personalausweis', 'reisepass'],
      from,
      to,
    });
    const sameSlot = again.data?.availableSlots.filter(
      (s) => s.start === first.start && s.location.id === first.location.id,
    );
    // Kaarst has two counters: the slot stays free once; Büttgen has one and drops it.
    expect(sameSlot?.length ?? 0).toBe(first.location.id === 'rathaus-kaarst' ? 1 : 0);

    // Cancel by code, without a token
    const cancelled = await hub.execute(CancelAppointmentDocument, { code: appointment?.code ?? '' });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelAppointment).toEqual({ id: appointment?.id, status: 'CANCELLED' });
    const twice = await hub.execute(CancelAppointmentDocument, {
      code: appointment?.code.toLowerCase() ?? '',
    });
    expect(twice.data?.cancelAppointment.status).toBe('CANCELLED');

    const meAfter = await hub.execute(MeDocument, undefined, token);
    expect(meAfter.data?.me?.appointments.find((a) => a.code === appointment?.code)?.status).toBe(
      'CANCELLED',
    );
  });

  it('answers `me` with null for an anonymous caller and refuses a bad token', async () => {
    expect((await hub.execute(MeDocument)).data?.me).toBeNull();
    const bad = await hub.execute(MeDocument, undefined, `${token.slice(0, -4)}AAAA`);
    expect(bad.status).toBe(401);
    expect(codes(bad)).toEqual(['UNAUTHENTICATED']);
  });

  it('cancelling an unknown code is NOT_FOUND', async () => {
    expect(codes(await hub.execute(CancelAppointmentDocument, { code: 'ZZZZ-ZZZZ' }))).toEqual(['NOT_FOUND']);
  });
});
