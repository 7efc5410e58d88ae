import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALL_NEXT,
  codes,
  DRAW,
  key,
  type QueueTestSubgraph,
  staff,
  startQueueSubgraph,
  step,
  type Ticket,
} from './queue-helpers.ts';

const LOCATION = 'rathaus-kaarst'; // two counters

/**
 * What must hold however requests race: on PostgreSQL (DATABASE_URL) the
 * subgraph runs with a pool of 10 and these requests really run at once.
 */
describe('queue invariants under concurrency', () => {
  let t: QueueTestSubgraph;
  const a = staff();
  const b = staff();
  const draw = (idempotencyKey = key()) =>
    t.request<{ drawQueueTicket: Ticket }>(a, DRAW, {
      input: { locationId: LOCATION, serviceIds: ['fuehrungszeugnis'], idempotencyKey },
    });
  const callNext = (viewer = a, counter = 1) =>
    t.request<{ callNextQueueTicket: Ticket | null }>(viewer, CALL_NEXT, {
      input: { locationId: LOCATION, counter, idempotencyKey: key() },
    });

  beforeAll(async () => {
    t = await startQueueSubgraph();
  });
  afterAll(async () => t?.subgraph.close());

  it('twelve tickets drawn at once get twelve different numbers, 1 to 12', { timeout: 120_000 }, async () => {
    const drawn = await Promise.all(Array.from({ length: 12 }, () => draw()));
    expect(drawn.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = drawn.map((r) => r.data?.drawQueueTicket.number).sort((x, y) => (x ?? 0) - (y ?? 0));
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('two counters calling next at once never get the same ticket', { timeout: 120_000 }, async () => {
    const called: string[] = [];
    for (let round = 0; round < 5; round++) {
      const [one, two] = await Promise.all([callNext(a, 1), callNext(b, 2)]);
      expect([...(one.errors ?? []), ...(two.errors ?? [])]).toEqual([]);
      const ids = [one.data?.callNextQueueTicket?.id, two.data?.callNextQueueTicket?.id] as string[];
      expect(ids[0]).not.toBe(ids[1]);
      called.push(...ids);
      await Promise.all([
        t.request(a, step('finishQueueTicket'), { id: ids[0] }),
        t.request(b, step('finishQueueTicket'), { id: ids[1] }),
      ]);
    }
    expect(new Set(called).size).toBe(10);
    // In queue order: the numbers called are exactly the first ten.
    const numbers = await t.subgraph.db.queueTicket.findMany({
      where: { id: { in: called } },
      select: { number: true },
    });
    expect(numbers.map((n) => n.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
  });

  it('one counter pressed twice at once calls one ticket; the other press is refused', async () => {
    const [one, two] = await Promise.all([callNext(a, 1), callNext(a, 1)]);
    const results = [one, two].map((r) => r.data?.callNextQueueTicket?.label ?? codes(r)[0]);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(1);
    const active = await t.subgraph.db.queueTicket.count({ where: { locationId: LOCATION, counter: 1 } });
    expect(active).toBe(1);
  });

  it('the database refuses a second active ticket at a counter and a counter on a waiting ticket', async () => {
    const db = t.subgraph.db;
    const waiting = await db.queueTicket.findFirstOrThrow({
      where: { locationId: LOCATION, status: 'WAITING' },
    });
    const now = new Date();
    // A second ticket called to counter 1, where one is already called.
    await expect(
      db.queueTicket.update({
        where: { id: waiting.id },
        data: { status: 'CALLED', counter: 1, callCount: 1, lastCalledAt: now },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    // A counter on a ticket that is not called, and a called ticket without a counter.
    await expect(
      db.queueTicket.update({ where: { id: waiting.id }, data: { counter: 2 } }),
    ).rejects.toThrow();
    await expect(
      db.queueTicket.update({
        where: { id: waiting.id },
        data: { status: 'CALLED', callCount: 1, lastCalledAt: now },
      }),
    ).rejects.toThrow();
    // The same number twice at a location on a day.
    await expect(
      db.queueTicket.create({
        data: { ...waiting, id: undefined, code: 'DUPL-ICAT', idempotencyKey: null },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });
});
