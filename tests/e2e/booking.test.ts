import { AppointmentsAtDocument, BookAppointmentDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { newCitizenSession, newCitizenSessions } from '../people.ts';

describe('booking under concurrency', () => {
  let hub: TestHub;
  let anna: string;
  let staff: string;
  beforeAll(async () => {
    hub = await startHub();
    [anna, staff] = await Promise.all([hub.signIn(ANNA), hub.signIn(STAFF)]);
  });
  afterAll(() => hub?.close());

  const book = (
    locationId: string,
    start: string,
    idempotencyKey: string,
    serviceIds = ['personalausweis'],
    token = anna,
  ) =>
    hub.execute(BookAppointmentDocument, { input: { serviceIds, locationId, start, idempotencyKey } }, token);

  async function bookingsAt(locationId: string, from: string, to: string) {
    const result = await hub.execute(AppointmentsAtDocument, { locationId, from, to }, staff);
    expect(result.errors).toBeUndefined();
    return result.data?.appointmentsAt ?? [];
  }

  it('30 concurrent bookings of one slot at a one-counter office: exactly one wins, 29 get SLOT_TAKEN', async () => {
    const start = nextLocal(WEDNESDAY, '09:00');
    const racers = await newCitizenSessions(hub, 30);
    const results = await Promise.all(
      racers.map((token, i) => book('rathaus-buettgen', start, `race-${i}`, undefined, token)),
    );
    const winners = results.filter((r) => r.data?.bookAppointment);
    expect(winners).toHaveLength(1);
    const losers = results.flatMap(codes);
    expect(losers).toHaveLength(29);
    expect(new Set(losers)).toEqual(new Set(['SLOT_TAKEN']));
    // and the database holds exactly one booking for that time
    expect(await bookingsAt('rathaus-buettgen', start, nextLocal(WEDNESDAY, '09:15'))).toHaveLength(1);
  });

  it('at an office with two counters, 30 concurrent bookings leave exactly two', async () => {
    const start = nextLocal(WEDNESDAY, '10:00');
    const racers = await newCitizenSessions(hub, 30);
    const results = await Promise.all(
      racers.map((token, i) => book('rathaus-kaarst', start, `race2-${i}`, undefined, token)),
    );
    expect(results.filter((r) => r.data?.bookAppointment)).toHaveLength(2);
    expect(results.flatMap(codes).filter((c) => c === 'SLOT_TAKEN')).toHaveLength(28);
    expect(await bookingsAt('rathaus-kaarst', start, nextLocal(WEDNESDAY, '10:15'))).toHaveLength(2);
  });

  it('overlapping visits collide too: a 35-minute visit blocks the next slots on that counter', async () => {
    const first = await book('rathaus-buettgen', nextLocal(WEDNESDAY, '10:00'), 'long', [
      'personalausweis',
      'reisepass',
    ]);
    expect(first.errors).toBeUndefined();
    const other = await newCitizenSession(hub);
    const overlapping = (time: string, key: string) =>
      book('rathaus-buettgen', nextLocal(WEDNESDAY, time), key, undefined, other);
    expect(codes(await overlapping('10:15', 'overlap'))).toEqual(['SLOT_TAKEN']);
    expect(codes(await overlapping('10:30', 'overlap-2'))).toEqual(['SLOT_TAKEN']);
    // 10:00 + 35 min ends 10:35; the 10:45 slot is free again
    expect((await overlapping('10:45', 'after')).errors).toBeUndefined();
  });

  it('one citizen cannot hold two counters at once: ALREADY_BOOKED, whoever asks twice', async () => {
    const start = nextLocal(WEDNESDAY, '12:00');
    expect((await book('rathaus-kaarst', start, 'own-1')).errors).toBeUndefined();
    expect(codes(await book('rathaus-kaarst', start, 'own-2'))).toEqual(['ALREADY_BOOKED']);
    expect(await bookingsAt('rathaus-kaarst', start, nextLocal(WEDNESDAY, '12:15'))).toHaveLength(1);
  });

  it('the same idempotencyKey twice returns the same booking, also when sent concurrently', async () => {
    const start = nextLocal(WEDNESDAY, '11:00');
    const [a, b] = await Promise.all([
      book('rathaus-buettgen', start, 'same-key'),
      book('rathaus-buettgen', start, 'same-key'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data?.bookAppointment.id).toBe(a.data?.bookAppointment.id);
    const c = await book('rathaus-buettgen', start, 'same-key');
    expect(c.data?.bookAppointment.code).toBe(a.data?.bookAppointment.code);
    expect(await bookingsAt('rathaus-buettgen', start, nextLocal(WEDNESDAY, '11:15'))).toHaveLength(1);
  });

  it('reusing an idempotencyKey for a different booking is a CONFLICT', async () => {
    expect((await book('rathaus-buettgen', nextLocal(WEDNESDAY, '11:30'), 'reused')).errors).toBeUndefined();
    expect(codes(await book('rathaus-buettgen', nextLocal(WEDNESDAY, '11:45'), 'reused'))).toEqual([
      'CONFLICT',
    ]);
  });
});
