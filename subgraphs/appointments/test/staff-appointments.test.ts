import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate } from '../src/outbox.ts';
import { ZONE } from '../src/slots.ts';
import {
  citizen,
  codes,
  otherStaff,
  type QueueTestSubgraph,
  staff,
  startQueueSubgraph,
} from './queue-helpers.ts';

const APPOINTMENT = `id status attendance checkedInAt counter cancellationReason
  queueTicket { label status code ahead }`;
const CHECK_IN = `mutation ($id: ID!) { checkInAppointment(appointmentId: $id) { ${APPOINTMENT} } }`;
const NO_SHOW = `mutation ($id: ID!) { markAppointmentNoShow(appointmentId: $id) { ${APPOINTMENT} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelAppointmentAsStaff(appointmentId: $id, reason: $reason) { ${APPOINTMENT} } }`;
const SCHEDULE = `query ($l: ID!, $from: String!, $days: Int!, $all: Boolean!) {
  appointmentSchedule(locationId: $l, from: $from, days: $days, includeCancelled: $all) {
    date counters { counter appointments { id attendance } } } }`;

type Appointment = {
  id: string;
  status: string;
  attendance: string;
  cancellationReason: string | null;
  queueTicket: { label: string; status: string } | null;
};

describe('the Bürgerbüro’s day: schedule, check-in, no-show, cancel with a reason', () => {
  let t: QueueTestSubgraph;
  const desk = staff();
  const owner = { ...citizen, id: randomUUID() };
  let seq = 0;
  /** An appointment at Büttgen (one counter) starting `minutes` from now, with its slot units. */
  const appointment = async (minutes: number) => {
    const start = new Date(Math.floor(Date.now() / 300_000) * 300_000 + minutes * 60_000);
    return t.subgraph.db.appointment.create({
      data: {
        code: `TEST-${String(++seq).padStart(4, '0')}`,
        citizenId: owner.id,
        locationId: 'rathaus-buettgen',
        counter: 1,
        start,
        end: new Date(start.getTime() + 15 * 60_000),
        idempotencyKey: randomUUID(),
        services: { create: [{ position: 0, serviceId: 'personalausweis' }] },
        units: {
          create: [0, 5, 10].map((m) => ({
            locationId: 'rathaus-buettgen',
            counter: 1,
            start: new Date(start.getTime() + m * 60_000),
          })),
        },
        citizenUnits: {
          create: [0, 5, 10].map((m) => ({
            citizenId: owner.id,
            start: new Date(start.getTime() + m * 60_000),
          })),
        },
      },
    });
  };

  beforeAll(async () => {
    // Check-in is for today's appointments and "in 30 minutes" must still be today: the
    // clock starts at 10:00 in Kaarst, or CI at 23:30 books tomorrow (it did). It runs on.
    const ten = DateTime.now().setZone(ZONE).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    vi.useFakeTimers({ toFake: ['Date'], now: ten.toMillis(), shouldAdvanceTime: true });
    t = await startQueueSubgraph();
  });
  afterAll(async () => {
    vi.useRealTimers();
    await t?.subgraph.close();
  });

  it('checks in an appointment of today: it joins the queue; twice changes nothing', async () => {
    const booked = await appointment(0);
    const first = await t.request<{ checkInAppointment: Appointment }>(desk, CHECK_IN, { id: booked.id });
    expect(first.errors).toBeUndefined();
    expect(first.data?.checkInAppointment).toMatchObject({
      attendance: 'CHECKED_IN',
      status: 'BOOKED',
      counter: 1,
      queueTicket: { label: 'T-001', status: 'WAITING', ahead: 0 },
    });
    const again = await t.request<{ checkInAppointment: Appointment }>(desk, CHECK_IN, { id: booked.id });
    expect(again.data?.checkInAppointment.queueTicket?.label).toBe('T-001');
    expect(await t.subgraph.db.queueTicket.count({ where: { appointmentId: booked.id } })).toBe(1);
    // Checked in: neither a no-show nor a staff cancellation; the citizen sees their ticket.
    expect(codes(await t.request(desk, NO_SHOW, { id: booked.id }))).toEqual(['CONFLICT']);
    expect(codes(await t.request(desk, CANCEL, { id: booked.id, reason: 'Krankheit' }))).toEqual([
      'CONFLICT',
    ]);
    const mine = await t.request<{ _entities: Array<{ appointments: Appointment[] }> }>(
      owner,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { appointments { ${APPOINTMENT} } } } }`,
      { r: [{ __typename: 'Citizen', id: owner.id }] },
    );
    expect(mine.data?._entities[0]?.appointments[0]).toMatchObject({
      counter: null,
      queueTicket: { label: 'T-001' },
    });
  });

  it('keeps a checked-in appointment: its code no longer cancels it (the ticket is in the queue)', async () => {
    const booked = await appointment(30);
    expect((await t.request(desk, CHECK_IN, { id: booked.id })).errors).toBeUndefined();
    const byCode = await t.request(
      null,
      'mutation ($c: String!) { cancelAppointment(code: $c) { status } }',
      { c: booked.code },
    );
    expect(codes(byCode)).toEqual(['CONFLICT']);
    expect((await t.subgraph.db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe(
      'BOOKED',
    );
  });

  it('refuses a check-in on another day, other departments and citizens', async () => {
    const tomorrow = await appointment(24 * 60 + 60);
    expect(codes(await t.request(desk, CHECK_IN, { id: tomorrow.id }))).toEqual(['CONFLICT']);
    expect(codes(await t.request(otherStaff, CHECK_IN, { id: tomorrow.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.request(owner, CHECK_IN, { id: tomorrow.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.request(desk, CHECK_IN, { id: 'nope' }))).toEqual(['NOT_FOUND']);
    expect(codes(await t.request(desk, CHECK_IN, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  it('marks a no-show once the appointment has begun, audited', async () => {
    const later = await appointment(60);
    expect(codes(await t.request(desk, NO_SHOW, { id: later.id }))).toEqual(['CONFLICT']);
    const begun = await appointment(-20);
    const r = await t.request<{ markAppointmentNoShow: Appointment }>(desk, NO_SHOW, { id: begun.id });
    expect(r.data?.markAppointmentNoShow).toMatchObject({ attendance: 'NO_SHOW', status: 'BOOKED' });
    const audit = await t.subgraph.db.auditEntry.findMany({ where: { recordId: begun.id } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([['appointment.noShow', desk.id]]);
  });

  it('cancels with a reason the citizen sees, frees the slot and audits the reason in the same transaction', async () => {
    const booked = await appointment(24 * 60 + 120);
    expect(codes(await t.request(desk, CANCEL, { id: booked.id, reason: ' x ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const reason = 'Das Bürgerbüro Büttgen ist an diesem Tag geschlossen.';
    const r = await t.request<{ cancelAppointmentAsStaff: Appointment }>(desk, CANCEL, {
      id: booked.id,
      reason,
    });
    expect(r.data?.cancelAppointmentAsStaff).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: reason,
    });
    const again = await t.request<{ cancelAppointmentAsStaff: Appointment }>(desk, CANCEL, {
      id: booked.id,
      reason: 'anders',
    });
    expect(again.data?.cancelAppointmentAsStaff.cancellationReason).toBe(reason);
    expect(await t.subgraph.db.slotUnit.count({ where: { appointmentId: booked.id } })).toBe(0);
    // The citizen's own time is free again too (they may book another appointment then).
    expect(await t.subgraph.db.citizenUnit.count({ where: { appointmentId: booked.id } })).toBe(0);
    const audit = await t.subgraph.db.auditEntry.findMany({ where: { recordId: booked.id } });
    expect(audit.map((e) => [e.action, e.detail])).toEqual([['appointment.cancel', reason]]);
    // Anonymous callers (by code) do not see the reason.
    const byCode = await t.request<{ appointmentByCode: Appointment }>(
      null,
      `query ($c: String!) { appointmentByCode(code: $c) { status cancellationReason } }`,
      { c: booked.code },
    );
    expect(byCode.data?.appointmentByCode).toEqual({ status: 'CANCELLED', cancellationReason: null });
  });

  it('lists a day per counter (every counter, in start order) and audits the reading', async () => {
    const today = localDate(new Date());
    const r = await t.request<{
      appointmentSchedule: Array<{
        date: string;
        counters: Array<{ counter: number; appointments: Appointment[] }>;
      }>;
    }>(desk, SCHEDULE, { l: 'rathaus-buettgen', from: today, days: 1, all: false });
    expect(r.errors).toBeUndefined();
    const [day] = r.data?.appointmentSchedule ?? [];
    expect(day?.date).toBe(today);
    expect(day?.counters.map((c) => c.counter)).toEqual([1]);
    expect(day?.counters[0]?.appointments.map((a) => a.attendance)).toEqual(
      expect.arrayContaining(['CHECKED_IN', 'NO_SHOW']),
    );
    const week = await t.request<{ appointmentSchedule: unknown[] }>(desk, SCHEDULE, {
      l: 'rathaus-kaarst',
      from: today,
      days: 7,
      all: true,
    });
    expect(week.data?.appointmentSchedule).toHaveLength(7);
    expect(
      codes(await t.request(desk, SCHEDULE, { l: 'rathaus-kaarst', from: today, days: 8, all: false })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await t.request(desk, SCHEDULE, { l: 'rathaus-kaarst', from: '2026-02-30', days: 1, all: false }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const reads = await t.subgraph.db.auditEntry.count({
      where: { action: 'appointments.list', actorId: desk.id },
    });
    expect(reads).toBe(2);
  });
});
