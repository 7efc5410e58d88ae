/** The minute tick behind departuresChanged: on the full minute, with the same id on every replica. */
import { createLogger, type PubSub } from '@kaarst/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEPARTURES_TOPIC, tickDepartures } from '../src/realtime/departures-live.ts';

afterEach(() => vi.useRealTimers());

describe('departures: the minute tick', () => {
  it('announces at each full minute of the clock, named by that minute, until stopped', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 6, 13, 59, 40) });
    const published: Array<{ topic: string; payload: unknown; eventId?: string }> = [];
    const pubsub = {
      publish: (event: (typeof published)[number]) => published.push(event),
    } as unknown as PubSub;
    const ticks = tickDepartures(pubsub, createLogger('test'));
    vi.advanceTimersByTime(19_999);
    expect(published).toEqual([]);
    vi.advanceTimersByTime(1);
    const minute = Date.UTC(2026, 11, 6, 14, 0, 0);
    expect(published).toEqual([
      { topic: DEPARTURES_TOPIC, payload: { cause: 'MINUTE', at: minute }, eventId: `minute:${minute}` },
    ]);
    vi.advanceTimersByTime(60_000);
    expect(published.map((e) => e.eventId)).toEqual([`minute:${minute}`, `minute:${minute + 60_000}`]);
    await ticks.stop();
    vi.advanceTimersByTime(180_000);
    expect(published).toHaveLength(2);
  });
});
