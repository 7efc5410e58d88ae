import { randomUUID } from 'node:crypto';
import type { Viewer } from '@kaarst/kit';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eraseAppointments, exportAppointmentsData } from '../src/privacy.ts';
import { noticeId } from '../src/queue/follow.ts';
import { loadSnapshot } from '../src/queue/snapshot.ts';
import { ZONE } from '../src/slots.ts';
import {
  CALL_NEXT,
  codes,
  DRAW,
  key,
  kiosk,
  PROGRESS,
  type QueueTestSubgraph,
  RECALL,
  RESUME,
  staff,
  startQueueSubgraph,
  step,
  type Ticket,
} from './queue-helpers.ts';

const LOCATION = 'rathaus-buettgen'; // one counter

const FOLLOW = `mutation ($code: String!) { followQueueTicket(code: $code) { code label status ahead counter } }`;
const UNFOLLOW = `mutation ($code: String!) { unfollowQueueTicket(code: $code) }`;
const MINE = `query { myQueueTickets { code label status ahead } }`;

type Row = { id: number; payload: { id: string; topic: string; title: string; body: string; url: string } };

describe('queue: a citizen follows their ticket in the app and is told when it is next and called', () => {
  let t: QueueTestSubgraph;
  const desk = staff();
  const machine = kiosk();
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };

  /** The notification rows for `viewer` in the outbox, oldest first. */
  const notices = (viewer: Viewer) =>
    t.subgraph.db.$queryRawUnsafe<Row[]>(
      `SELECT id, payload FROM outbox_event WHERE topic = 'notification' AND payload->>'accountId' = $1 ORDER BY id`,
      viewer.id,
    );
  const draw = async (viewer = desk) => {
    const r = await t.request<{ drawQueueTicket: Ticket }>(viewer, DRAW, {
      input: { locationId: LOCATION, serviceIds: ['personalausweis'], idempotencyKey: key() },
    });
    expect(r.errors).toBeUndefined();
    return r.data?.drawQueueTicket as Ticket;
  };
  const callNext = async () => {
    const r = await t.request<{ callNextQueueTicket: Ticket | null }>(desk, CALL_NEXT, {
      input: { locationId: LOCATION, counter: 1, idempotencyKey: key() },
    });
    expect(r.errors).toBeUndefined();
    return r.data?.callNextQueueTicket as Ticket;
  };
  const act = async (field: string, id: string) => {
    const r = await t.request<Record<string, Ticket>>(desk, step(field), { id });
    expect(r.errors).toBeUndefined();
    return r.data?.[field] as Ticket;
  };
  const follow = (viewer: Viewer | null, code: string) =>
    t.request<{ followQueueTicket: { code: string; label: string; status: string; ahead: number | null } }>(
      viewer,
      FOLLOW,
      { code },
    );

  beforeAll(async () => {
    // Tickets are of "today" (Europe/Berlin): the clock starts at 10:00 in Kaarst, whenever this runs.
    const ten = DateTime.now().setZone(ZONE).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    vi.useFakeTimers({ toFake: ['Date'], now: ten.toMillis(), shouldAdvanceTime: true });
    t = await startQueueSubgraph();
  });
  afterAll(async () => {
    vi.useRealTimers();
    await t?.subgraph.close();
  });

  let first: Ticket;
  let second: Ticket;

  it('links a ticket drawn at the kiosk to the signed-in account by its code; nobody else can take it', async () => {
    first = await draw(machine);
    second = await draw(machine);
    const followed = await follow(anna, second.code.replace('-', '').toLowerCase());
    expect(followed.errors).toBeUndefined();
    expect(followed.data?.followQueueTicket).toMatchObject({
      label: second.label,
      status: 'WAITING',
      ahead: 1,
    });
    // Again: nothing changes.
    expect((await follow(anna, second.code)).errors).toBeUndefined();
    expect(codes(await follow(ben, second.code))).toEqual(['CONFLICT']);
    expect(codes(await follow(ben, 'ZZZZ-ZZZZ'))).toEqual(['NOT_FOUND']);
    expect(codes(await follow(ben, 'kein code'))).toEqual(['NOT_FOUND']);
    expect(codes(await follow(null, second.code))).toEqual(['UNAUTHENTICATED']);
    // Not next yet: nothing told.
    expect(await notices(anna)).toEqual([]);

    const mine = await t.request<{ myQueueTickets: Array<{ code: string }> }>(anna, MINE);
    expect(mine.data?.myQueueTickets.map((p) => p.code)).toEqual([second.code]);
    const others = await t.request<{ myQueueTickets: Array<{ code: string }> }>(ben, MINE);
    expect(others.data?.myQueueTickets).toEqual([]);
  });

  it('tells the follower once when the ticket is next in line, and once when it is called', async () => {
    const called = await callNext();
    expect(called.id).toBe(first.id);
    const progress = await t.request<{ queueTicketByCode: { ahead: number } }>(null, PROGRESS, {
      code: second.code,
    });
    expect(progress.data?.queueTicketByCode.ahead).toBe(0);
    let rows = await notices(anna);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toMatchObject({
      id: noticeId(second.id, 'NEXT'),
      topic: 'queue-called-next',
      title: `Ihre Wartemarke ${second.label} wird gleich aufgerufen`,
      url: `/#/wartemarke/${second.code}`,
    });
    expect(rows[0]?.payload.body).toContain('Rathaus Büttgen');

    // Changes that leave it next tell nothing more.
    await act('startServingQueueTicket', first.id);
    await act('finishQueueTicket', first.id);
    expect(await notices(anna)).toHaveLength(1);

    const call = await callNext();
    expect(call.id).toBe(second.id);
    rows = await notices(anna);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.payload).toMatchObject({
      id: noticeId(second.id, 'CALLED'),
      topic: 'queue-called-next',
      title: `Wartemarke ${second.label}: bitte zu Schalter 1`,
    });

    // A re-call, parking, resuming at its place and calling again: still once per kind.
    const recalled = await t.request(desk, RECALL, { id: second.id, seen: 1 });
    expect(recalled.errors).toBeUndefined();
    await act('parkQueueTicket', second.id);
    const resumed = await t.request(desk, RESUME, { id: second.id, toEnd: false });
    expect(resumed.errors).toBeUndefined();
    expect((await callNext()).id).toBe(second.id);
    expect(await notices(anna)).toHaveLength(2);
    expect(await notices(ben)).toEqual([]);
  });

  it('tells at once when the ticket is already next when followed; refuses a ticket that is over', async () => {
    await act('finishQueueTicket', second.id);
    expect(codes(await follow(ben, second.code))).toEqual(['CONFLICT']); // Anna's, and done
    const third = await draw();
    expect((await follow(ben, third.code)).errors).toBeUndefined();
    const rows = await notices(ben);
    expect(rows.map((r) => r.payload.id)).toEqual([noticeId(third.id, 'NEXT')]);
    expect(
      (await t.request<{ unfollowQueueTicket: boolean }>(ben, UNFOLLOW, { code: third.code })).data,
    ).toEqual({
      unfollowQueueTicket: true,
    });
    expect(
      (await t.request<{ unfollowQueueTicket: boolean }>(anna, UNFOLLOW, { code: third.code })).data,
    ).toEqual({
      unfollowQueueTicket: false,
    });
    // Unfollowed: its call tells nobody.
    expect((await callNext()).id).toBe(third.id);
    expect(await notices(ben)).toHaveLength(1);
  });

  it('never lets the follower travel with the queue, and gives it in the export and removes it on erasure', async () => {
    const snapshot = await loadSnapshot(t.subgraph.db, LOCATION);
    expect(snapshot.tickets.length).toBeGreaterThan(0);
    for (const ticket of snapshot.tickets) expect(ticket).not.toHaveProperty('followerId');

    const exported = await exportAppointmentsData(t.subgraph.db, anna.id);
    expect(exported.followedQueueTickets).toEqual([
      expect.objectContaining({
        code: second.code,
        status: 'DONE',
        location: expect.stringContaining('Rathaus Büttgen'),
        notices: [expect.objectContaining({ kind: 'NEXT' }), expect.objectContaining({ kind: 'CALLED' })],
      }),
    ]);

    await eraseAppointments(t.subgraph.db, anna.id);
    await eraseAppointments(t.subgraph.db, anna.id); // idempotent
    expect(await t.subgraph.db.queueTicket.count({ where: { followerId: anna.id } })).toBe(0);
    expect(await t.subgraph.db.queueTicketNotice.count({ where: { ticketId: second.id } })).toBe(0);
    expect(await notices(anna)).toEqual([]);
    expect((await exportAppointmentsData(t.subgraph.db, anna.id)).followedQueueTickets).toEqual([]);
    // The ticket itself stays for the office's statistics.
    expect(await t.subgraph.db.queueTicket.count({ where: { id: second.id } })).toBe(1);
  });
});
