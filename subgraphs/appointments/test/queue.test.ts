import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALL_NEXT,
  citizen,
  codes,
  DISPLAY,
  DRAW,
  key,
  kiosk,
  otherStaff,
  PROGRESS,
  QUEUE,
  type QueueTestSubgraph,
  RECALL,
  RESUME,
  staff,
  startQueueSubgraph,
  step,
  type Ticket,
} from './queue-helpers.ts';

const LOCATION = 'rathaus-buettgen'; // one counter

describe('the walk-in queue and call-up', () => {
  let t: QueueTestSubgraph;
  const desk = staff();
  const colleague = staff();
  const machine = kiosk();
  const draw = async (viewer = desk, serviceIds = ['personalausweis'], idempotencyKey = key()) => {
    const r = await t.request<{ drawQueueTicket: Ticket }>(viewer, DRAW, {
      input: { locationId: LOCATION, serviceIds, idempotencyKey },
    });
    expect(r.errors).toBeUndefined();
    return r.data?.drawQueueTicket as Ticket;
  };
  const callNext = (viewer = desk, idempotencyKey = key(), counter = 1) =>
    t.request<{ callNextQueueTicket: Ticket | null }>(viewer, CALL_NEXT, {
      input: { locationId: LOCATION, counter, idempotencyKey },
    });
  const act = async (field: string, id: string, viewer = desk) => {
    const r = await t.request<Record<string, Ticket>>(viewer, step(field), { id });
    expect(r.errors).toBeUndefined();
    return r.data?.[field] as Ticket;
  };

  beforeAll(async () => {
    t = await startQueueSubgraph();
  });
  afterAll(async () => t?.subgraph.close());

  it('staff and the kiosk draw numbered tickets; a repeated press gets the same ticket', async () => {
    const first = await draw(desk, ['reisepass', 'ausweis-abholen']);
    expect(first).toMatchObject({ label: 'W-001', number: 1, kind: 'WALK_IN', status: 'WAITING', ahead: 0 });
    expect(first.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // No counter is open yet: an order, but no estimate.
    expect(first.estimatedWaitMinutes).toBeNull();
    const press = key();
    const second = await draw(machine, ['personalausweis'], press);
    const again = await draw(machine, ['personalausweis'], press);
    expect(second).toMatchObject({ label: 'W-002', ahead: 1 });
    expect(again.id).toBe(second.id);
    const reused = await t.request(machine, DRAW, {
      input: { locationId: LOCATION, serviceIds: ['reisepass'], idempotencyKey: press },
    });
    expect(codes(reused)).toEqual(['CONFLICT']);
  });

  it('refuses other departments, citizens, unknown services and locations', async () => {
    const input = { locationId: LOCATION, serviceIds: ['personalausweis'], idempotencyKey: key() };
    expect(codes(await t.request(otherStaff, DRAW, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.request(citizen, DRAW, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await t.request(null, DRAW, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.request(desk, DRAW, { input: { ...input, serviceIds: ['nope'] } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await t.request(desk, DRAW, { input: { ...input, locationId: 'nowhere' } }))).toEqual([
      'NOT_FOUND',
    ]);
    // A kiosk calls nobody.
    expect(codes(await callNext(machine))).toEqual(['FORBIDDEN']);
  });

  it('calls the next ticket to a counter; the display shows label and counter; the next holder sees their place', async () => {
    const press = key();
    const called = await callNext(desk, press);
    expect(called.data?.callNextQueueTicket).toMatchObject({
      label: 'W-001',
      status: 'CALLED',
      counter: 1,
      callCount: 1,
    });
    // The same press again (a retry) is the same call; another press while W-001 is at the counter is refused.
    expect((await callNext(desk, press)).data?.callNextQueueTicket?.label).toBe('W-001');
    expect(codes(await callNext(desk))).toEqual(['CONFLICT']);
    // A colleague cannot call to a counter someone else holds.
    expect(codes(await callNext(colleague))).toEqual(['CONFLICT']);

    const display = await t.request<{
      callDisplay: { waiting: number; calls: unknown[]; estimatedWaitMinutes: number };
    }>(null, DISPLAY, { l: LOCATION });
    expect(display.data?.callDisplay).toMatchObject({
      waiting: 1,
      walkInsOpen: true,
      calls: [{ label: 'W-001', counter: 1, callCount: 1 }],
    });
    // W-001 takes its expected time (reisepass 20 + abholen 5 minutes from the catalogue) first.
    expect(display.data?.callDisplay.estimatedWaitMinutes).toBeGreaterThanOrEqual(25);
    expect(JSON.stringify(display.data)).not.toMatch(/code|citizen|displayName/);

    const queue = await t.request<{ queue: { waiting: Ticket[] } }>(desk, QUEUE, { l: LOCATION });
    const w2 = queue.data?.queue.waiting[0] as Ticket;
    const progress = await t.request<{ queueTicketByCode: Ticket }>(null, PROGRESS, {
      code: (await draw(desk)).code.toLowerCase().replace('-', ' '),
    });
    expect(w2).toMatchObject({ label: 'W-002', ahead: 0, estimatedWaitMinutes: 25 });
    expect(progress.data?.queueTicketByCode).toMatchObject({ label: 'W-003', status: 'WAITING', ahead: 1 });
    expect(progress.data?.queueTicketByCode.estimatedWaitMinutes).toBe(40); // 25 + personalausweis 15
    expect((await t.request(null, PROGRESS, { code: 'XXXX-XXXX' })).data).toEqual({
      queueTicketByCode: null,
    });
    expect(codes(await t.request(citizen, QUEUE, { l: LOCATION }))).toEqual(['FORBIDDEN']);
  });

  it('re-calls up to maxRecalls times, then the ticket is missed; a repeated re-call changes nothing', async () => {
    const queue = await t.request<{ queue: { active: Ticket[] } }>(desk, QUEUE, { l: LOCATION });
    const current = queue.data?.queue.active[0];
    const id = (
      await t.subgraph.db.queueTicket.findFirstOrThrow({ where: { number: 1, locationId: LOCATION } })
    ).id;
    expect(current?.label).toBe('W-001');
    const recall = (seen: number) => t.request<{ recallQueueTicket: Ticket }>(desk, RECALL, { id, seen });
    expect((await recall(1)).data?.recallQueueTicket).toMatchObject({ status: 'CALLED', callCount: 2 });
    expect((await recall(1)).data?.recallQueueTicket).toMatchObject({ status: 'CALLED', callCount: 2 });
    expect(codes(await t.request(colleague, RECALL, { id, seen: 2 }))).toEqual(['CONFLICT']);
    expect((await recall(2)).data?.recallQueueTicket).toMatchObject({ callCount: 3 });
    expect((await recall(3)).data?.recallQueueTicket).toMatchObject({ status: 'MISSED', counter: null });
    // Resumed, it waits at its old place (the front) and is called next.
    expect(
      (await t.request<{ resumeQueueTicket: Ticket }>(desk, RESUME, { id, toEnd: false })).data
        ?.resumeQueueTicket,
    ).toMatchObject({ status: 'WAITING', callCount: 0, ahead: 0 });
    expect((await callNext()).data?.callNextQueueTicket?.label).toBe('W-001');
  });

  it('serves, parks, resumes and finishes; the handling time feeds the estimate and the statistics', async () => {
    const id = (
      await t.subgraph.db.queueTicket.findFirstOrThrow({ where: { number: 1, locationId: LOCATION } })
    ).id;
    expect(await act('startServingQueueTicket', id)).toMatchObject({ status: 'SERVING' });
    expect(await act('startServingQueueTicket', id)).toMatchObject({ status: 'SERVING' }); // twice: unchanged
    expect(await act('parkQueueTicket', id)).toMatchObject({ status: 'PARKED', counter: null });
    const next = (await callNext()).data?.callNextQueueTicket as Ticket;
    expect(next.label).toBe('W-002');
    expect(await act('finishQueueTicket', next.id)).toMatchObject({ status: 'DONE', counter: null });
    expect(await act('finishQueueTicket', next.id)).toMatchObject({ status: 'DONE' });
    expect(codes(await t.request(desk, step('parkQueueTicket'), { id: next.id }))).toEqual(['CONFLICT']);
    expect(codes(await t.request(desk, step('finishQueueTicket'), { id: 'not-a-ticket' }))).toEqual([
      'NOT_FOUND',
    ]);
    const today = (await t.subgraph.db.queueTicket.findUniqueOrThrow({ where: { id } })).date;
    const stats = await t.request<{ queueStatistics: Record<string, unknown> }>(
      desk,
      `query ($l: ID!, $d: String!) { queueStatistics(locationId: $l, date: $d) {
        tickets walkIns served missed open waiting { count } handling { count medianMinutes }
        byService { service { id } tickets handling { count } } byCounter { counter served } } }`,
      { l: LOCATION, d: today },
    );
    expect(stats.data?.queueStatistics).toMatchObject({
      tickets: 3,
      walkIns: 3,
      served: 1,
      missed: 0,
      open: 2,
      waiting: { count: 2 },
      handling: { count: 1 },
      byCounter: [{ counter: 1, served: 1 }],
    });
    expect(stats.data?.queueStatistics.byService).toContainEqual({
      service: { id: 'personalausweis' },
      tickets: 2,
      handling: { count: 1 },
    });
    const audit = await t.subgraph.db.auditEntry.findMany({
      where: { recordId: id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'queueTicket.draw',
      'queueTicket.call',
      'queueTicket.recall',
      'queueTicket.recall',
      'queueTicket.miss',
      'queueTicket.resume',
      'queueTicket.call',
      'queueTicket.serve',
      'queueTicket.park',
    ]);
  });

  it('learns handling times: three handled tickets replace the catalogue duration with their median', async () => {
    const db = t.subgraph.db;
    const [sample] = await db.queueTicket.findMany({
      where: { status: 'DONE' },
      include: { services: true },
    });
    expect(sample).toBeDefined();
    // Two more handled tickets of 6 minutes for personalausweis (written as finished ones).
    for (const number of [900, 901])
      await db.queueTicket.create({
        data: {
          locationId: LOCATION,
          date: sample?.date as string,
          number,
          kind: 'WALK_IN',
          status: 'DONE',
          code: `TEST-${number}`,
          priority: 2,
          queuedAt: new Date(),
          eligibleAt: new Date(),
          finishedAt: new Date(),
          handledSeconds: 360,
          issuedBy: desk.id,
          services: { create: [{ position: 0, serviceId: 'personalausweis', handledSeconds: 360 }] },
        },
      });
    const queue = await t.request<{
      queue: { handlingMinutes: Array<{ service: { id: string }; minutes: number; samples: number }> };
    }>(desk, QUEUE, { l: LOCATION });
    const ausweis = queue.data?.queue.handlingMinutes.find((h) => h.service.id === 'personalausweis');
    expect(ausweis?.samples).toBe(3);
    expect(ausweis?.minutes).toBe(6);
  });
});
