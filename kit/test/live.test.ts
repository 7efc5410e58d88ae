import { describe, expect, it } from 'vitest';
import {
  EVENT_ID_EXTENSION,
  eventIdOf,
  liveEvents,
  registerReplaySource,
  resumeAfterOf,
  withEventId,
} from '../src/live.ts';

/** A pubsub whose one topic yields what the test pushes, and records being closed. */
function fakePubSub() {
  const queue: unknown[] = [];
  const waiting: Array<(step: IteratorResult<unknown>) => void> = [];
  let closed = false;
  const source: AsyncIterableIterator<unknown> = {
    next: () =>
      new Promise((resolve) => {
        const value = queue.shift();
        if (value !== undefined) resolve({ value, done: false });
        else if (closed) resolve({ value: undefined, done: true });
        else waiting.push(resolve);
      }),
    return: async () => {
      closed = true;
      for (const wake of waiting.splice(0)) wake({ value: undefined, done: true });
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => source,
  };
  return {
    pubsub: { subscribe: async (_topic: string) => source },
    push(payload: unknown) {
      const wake = waiting.shift();
      if (wake) wake({ value: payload, done: false });
      else queue.push(payload);
    },
    closed: () => closed,
  };
}

describe('resumable subscriptions (live.ts)', () => {
  it('marks a payload with its event id, invisibly to JSON and equality', () => {
    const marked = withEventId({ a: 1 }, 7);
    expect(eventIdOf(marked)).toBe(7);
    expect(JSON.stringify(marked)).toBe('{"a":1}');
    expect(marked).toEqual({ a: 1 });
    expect(eventIdOf(withEventId({ a: 1 }, '12'))).toBe(12);
    expect(eventIdOf(withEventId({ a: 1 }, 'x'))).toBeUndefined();
    expect(withEventId('text', 3)).toBe('text');
  });

  it('reads the resume point only as a non-negative safe integer', () => {
    expect(resumeAfterOf({ resumeAfter: 41 })).toBe(41);
    expect(resumeAfterOf({ resumeAfter: 0 })).toBe(0);
    for (const bad of [-1, 1.5, '41', Number.MAX_SAFE_INTEGER + 2, null, {}])
      expect(resumeAfterOf({ resumeAfter: bad })).toBeUndefined();
    expect(resumeAfterOf(undefined)).toBeUndefined();
  });

  it('replays the events after the resume point, then live ones, each once, and tells their ids', async () => {
    const db = {};
    const asked: Array<[number, string]> = [];
    const unregister = registerReplaySource(db, async (afterId, topic) => {
      asked.push([afterId, topic]);
      return [
        { eventId: 11, payload: withEventId({ n: 11 }, 11) },
        { eventId: 12, payload: withEventId({ n: 12 }, 12) },
      ];
    });
    const { pubsub, push, closed } = fakePubSub();
    const liveEventIds = new Map<string | number, number>();
    const events = await liveEvents<{ n: number }>(
      { pubsub, db, id: 'sub-1', resumeAfter: 10, liveEventIds },
      'topic-a',
    );
    expect(asked).toEqual([[10, 'topic-a']]);
    const seen: Array<[number, number | undefined]> = [];
    const read = async () => {
      const step = await events.next();
      seen.push([(step.value as { n: number }).n, liveEventIds.get('sub-1')]);
    };
    await read();
    await read();
    push(withEventId({ n: 12 }, 12)); // published while the replay ran: a repeat, dropped
    push(withEventId({ n: 13 }, 13));
    push({ n: 99 }); // an event without an id (not from the outbox) passes, with no id to tell
    await read();
    await read();
    expect(seen).toEqual([
      [11, 11],
      [12, 12],
      [13, 13],
      [99, undefined],
    ]);
    await events.return?.();
    expect(closed()).toBe(true);
    expect(liveEventIds.size).toBe(0);
    unregister();
    expect(EVENT_ID_EXTENSION).toBe('hubEventId');
  });

  it('goes live at once without a resume point or without a replay source', async () => {
    const { pubsub, push } = fakePubSub();
    let replays = 0;
    const db = {};
    const unregister = registerReplaySource(db, async () => {
      replays++;
      return [];
    });
    const fresh = await liveEvents({ pubsub, db }, 't');
    push(withEventId({ n: 1 }, 1));
    expect((await fresh.next()).value).toEqual({ n: 1 });
    const elsewhere = await liveEvents({ pubsub, db: {}, resumeAfter: 5 }, 't');
    push({ n: 2 });
    expect((await elsewhere.next()).value).toEqual({ n: 2 });
    expect(replays).toBe(0);
    unregister();
  });

  it('closes the live subscription when the replay fails', async () => {
    const { pubsub, closed } = fakePubSub();
    const db = {};
    const unregister = registerReplaySource(db, async () => {
      throw new Error('database gone');
    });
    await expect(liveEvents({ pubsub, db, resumeAfter: 1 }, 't')).rejects.toThrow('database gone');
    expect(closed()).toBe(true);
    unregister();
  });
});
