import {
  createPgPool,
  generateHubKeys,
  type OutboxPool,
  outboxWritten,
  type PubSub,
  type RunningSubgraph,
  startOutboxPublisher,
} from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { participationSubgraph } from '../src/subgraph.ts';

/**
 * The kit's outbox publisher draining on the subgraph's pg pool (no Prisma transaction), as the
 * participation, council, pass and requests subgraphs run it: the same guarantees as the Prisma
 * path (appointments' outbox tests): nothing marked before the broker took it, each row once
 * across replicas, in id order; and wakes that arrive during a drain share one more drain.
 */

type Pool = ReturnType<typeof createPgPool>;

interface Published {
  topic: string;
  payload: unknown;
  eventId: number;
}

/** A broker that records what it took; `refuseFrom` makes it refuse the n-th message and later ones. */
function recordingBroker(options: { refuseFrom?: number; hold?: Promise<void> } = {}) {
  const taken: Published[] = [];
  let calls = 0;
  const pubsub = {
    async publish(event: Published) {
      calls++;
      if (options.hold) await options.hold;
      if (options.refuseFrom !== undefined && calls >= options.refuseFrom)
        throw new Error('broker unreachable');
      taken.push(event);
    },
  } as unknown as PubSub;
  return { pubsub, taken, calls: () => calls };
}

/** The pool, counting the drains (one connection checked out per drain). */
function countingPool(pool: Pool) {
  const counted = {
    drains: 0,
    connect: () => {
      counted.drains++;
      return pool.connect();
    },
  };
  return counted as OutboxPool & { drains: number };
}

describe('the outbox publisher on the pg pool', () => {
  let subgraph: RunningSubgraph<PrismaClient>;
  let pool: Pool;
  const pending = () => subgraph.db.outboxEvent.count({ where: { publishedAt: null } });
  const write = async (count: number, topic = 'supports/p') => {
    const before = await subgraph.db.outboxEvent.count();
    await subgraph.db.outboxEvent.createMany({
      data: Array.from({ length: count }, (_, i) => ({ topic, payload: { n: before + i } })),
    });
    return (
      await subgraph.db.outboxEvent.findMany({ where: { publishedAt: null }, orderBy: { id: 'asc' } })
    ).map((row) => row.id);
  };

  beforeAll(async () => {
    // No publisher of its own: the tests drive publishing.
    subgraph = await startTestSubgraph(participationSubgraph, {
      keys: await generateHubKeys(),
      runBackground: false,
    });
    // Beside the subgraph's own pool, on the same database (one connection: PGlite is one session).
    pool = createPgPool(subgraph.database.url, { max: 1 });
  });
  afterEach(async () => {
    await subgraph.db.outboxEvent.updateMany({
      where: { publishedAt: null },
      data: { publishedAt: new Date() },
    });
  });
  afterAll(async () => {
    await pool?.end();
    await subgraph?.close();
  });

  it('publishes each pending row once, in id order with its id, and marks it published', async () => {
    const ids = await write(7);
    const broker = recordingBroker();
    const publisher = startOutboxPublisher({
      db: subgraph.db,
      pool,
      pubsub: broker.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
      batch: 3, // three drains of 3, 3 and 1
    });
    await publisher.drain();
    await publisher.stop();
    expect(broker.taken.map((event) => event.eventId)).toEqual(ids);
    expect(broker.taken[0]).toEqual({ topic: 'supports/p', payload: expect.any(Object), eventId: ids[0] });
    expect(await pending()).toBe(0);
  });

  it('marks nothing when the broker refuses a message, and delivers all once it is back', async () => {
    const ids = await write(4);
    // The third message is refused: the two before it were taken, but the drain rolls back.
    const down = recordingBroker({ refuseFrom: 3 });
    const failing = startOutboxPublisher({
      db: subgraph.db,
      pool,
      pubsub: down.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
    });
    expect(await failing.drain()).toBe(0);
    await failing.stop();
    expect(down.taken.map((event) => event.eventId)).toEqual(ids.slice(0, 2));
    expect(await pending()).toBe(4);

    // The pool's connection is usable after the rollback; nothing committed is lost.
    const back = recordingBroker();
    const working = startOutboxPublisher({
      db: subgraph.db,
      pool,
      pubsub: back.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
    });
    expect(await working.drain()).toBe(4);
    await working.stop();
    expect(back.taken.map((event) => event.eventId)).toEqual(ids);
    expect(await pending()).toBe(0);
  });

  it('hands every row to exactly one of two replicas draining at once', async () => {
    const ids = await write(120);
    const other = createPgPool(subgraph.database.url, { max: 1 });
    try {
      const brokers = [recordingBroker(), recordingBroker()];
      const publishers = [pool, other].map((on, i) =>
        startOutboxPublisher({
          db: subgraph.db,
          pool: on,
          pubsub: (brokers[i] as ReturnType<typeof recordingBroker>).pubsub,
          log: subgraph.log,
          pollMs: 60_000,
          batch: 10,
          minIntervalMs: 0,
        }),
      );
      await Promise.all(publishers.map((p) => p.drain()));
      await Promise.all(publishers.map((p) => p.stop()));
      const all = brokers.flatMap((b) => b.taken.map((event) => event.eventId));
      expect(all.toSorted((a, b) => a - b)).toEqual(ids);
      // Each replica published its share in id order.
      for (const broker of brokers) {
        const own = broker.taken.map((event) => event.eventId);
        expect(own).toEqual(own.toSorted((a, b) => a - b));
      }
      expect(await pending()).toBe(0);
    } finally {
      await other.end();
    }
  });

  it('serves the wakes that arrive during a drain with one more drain, and none after a short one', async () => {
    let release = () => {};
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const [id] = await write(1);
    const counted = countingPool(pool);
    const broker = recordingBroker({ hold });
    // Its start-up drain claims the row and waits in the broker.
    const publisher = startOutboxPublisher({
      db: subgraph.db,
      pool: counted,
      pubsub: broker.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
      minIntervalMs: 0,
    });
    try {
      for (let i = 0; i < 500 && broker.calls() === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(broker.calls()).toBe(1);
      // Eleven wakes while it waits: this call (which resolves when the drains are over) and ten commits.
      const draining = publisher.drain();
      for (let i = 0; i < 10; i++) outboxWritten();
      release();
      await draining;
      expect(broker.taken.map((event) => event.eventId)).toEqual([id]);
      // One drain with the row, one for the eleven wakes (it finds nothing and stops there).
      expect(counted.drains).toBe(2);
    } finally {
      release();
      await publisher.stop();
    }
  });

  it('lets at least minIntervalMs pass between the starts of two drains', async () => {
    const counted = countingPool(pool);
    const starts: number[] = [];
    const timed: OutboxPool = {
      connect: () => {
        starts.push(performance.now());
        return counted.connect();
      },
    };
    const broker = recordingBroker();
    const publisher = startOutboxPublisher({
      db: subgraph.db,
      pool: timed,
      pubsub: broker.pubsub,
      log: subgraph.log,
      pollMs: 60_000,
      minIntervalMs: 300,
    });
    try {
      // The start-up drain, and (woken during it) a second one.
      expect(await publisher.drain()).toBe(0);
      const [id] = await write(1);
      expect(await publisher.drain()).toBe(1);
      expect(broker.taken.map((event) => event.eventId)).toEqual([id]);
      expect(starts).toHaveLength(3);
      // A timer may fire a little early; the publisher waits again until the interval has passed
      // (0.1 ms: connect is called microseconds after a drain's start, not always equally soon).
      for (let i = 1; i < starts.length; i++)
        expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(299.9);
    } finally {
      await publisher.stop();
    }
  });
});
