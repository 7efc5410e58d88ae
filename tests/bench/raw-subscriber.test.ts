import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Result, rawSubscriberFactory } from '../../bench/subscriptions/load-raw-subscribers.ts';

/** A graphql-ws server by hand: acks, then runs `script` with the socket once the client subscribed. */
async function server(script: (socket: WebSocket, subscribe: Record<string, unknown>) => void) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', path: '/graphql' });
  await new Promise((r) => wss.once('listening', r));
  const seen: { protocol?: string; init?: unknown } = {};
  wss.on('connection', (socket) => {
    seen.protocol = socket.protocol;
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (message.type === 'connection_init') {
        seen.init = message.payload;
        socket.send(JSON.stringify({ type: 'connection_ack' }));
      }
      if (message.type === 'subscribe') script(socket, message);
    });
  });
  return { wss, seen, url: `http://127.0.0.1:${(wss.address() as AddressInfo).port}/graphql` };
}

const next = (id: unknown, n: number, text = '') =>
  JSON.stringify({ id, type: 'next', payload: { data: { n, text } } });

function collector(repeatsAllowed: boolean) {
  const results: Array<{ index: number; n: number; text: string }> = [];
  const ends: string[] = [];
  let outOfOrder = 0;
  return {
    results,
    ends,
    outOfOrder: () => outOfOrder,
    options: {
      onResult: (index: number, result: Result) => {
        const data = result.data as { n: number; text: string };
        results.push({ index, n: data.n, text: data.text });
      },
      onEnd: (_index: number, reason: string) => ends.push(reason),
      onOutOfOrder: () => outOfOrder++,
      repeatsAllowed,
      now: () => performance.now(),
    },
  };
}

describe("the subscription bench's raw subscriber", () => {
  let pongs = 0;
  let s: Awaited<ReturnType<typeof server>>;
  beforeAll(async () => {
    s = await server((socket, subscribe) => {
      expect(subscribe).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        payload: { query: 'subscription { n }', variables: { a: 1 } },
      });
      socket.on('pong', () => {
        pongs++;
        // Frames of every length encoding, some split over several TCP writes, one repeat,
        // then one out of order, then the slow-consumer close.
        socket.send(next(subscribe.id, 1));
        socket.send(next(subscribe.id, 2, 'x'.repeat(300)));
        socket.send(next(subscribe.id, 3, 'é'.repeat(40_000)));
        socket.send(next(subscribe.id, 3, 'é'.repeat(40_000)));
        socket.send(next(subscribe.id, 4));
        socket.send(next(subscribe.id, 2, 'x'.repeat(300)));
        socket.close(1013, 'Slow consumer');
      });
      socket.ping('are you there');
    });
  });
  afterAll(() => new Promise((r) => s.wss.close(r)));

  for (const repeatsAllowed of [true, false]) {
    it(`frames, answers pings, parses each message and counts what is out of order (repeats ${repeatsAllowed ? 'allowed' : 'not allowed'})`, async () => {
      const c = collector(repeatsAllowed);
      const open = rawSubscriberFactory({
        url: s.url,
        query: 'subscription { n }',
        variables: { a: 1 },
        connectionParams: { authorization: 'Bearer t' },
        ...c.options,
      });
      expect(await Promise.all([open(0), open(1)])).toEqual([true, true]);
      while (c.ends.length < 2) await new Promise((r) => setTimeout(r, 10));
      expect(s.seen).toEqual({ protocol: 'graphql-transport-ws', init: { authorization: 'Bearer t' } });
      for (const index of [0, 1]) {
        const mine = c.results.filter((r) => r.index === index);
        expect(mine.map((r) => r.n)).toEqual([1, 2, 3, 3, 4, 2]);
        expect(mine[2]?.text).toBe('é'.repeat(40_000));
      }
      // Per subscriber: the late "2" always; the repeated "3" only where repeats cannot happen.
      expect(c.outOfOrder()).toBe(repeatsAllowed ? 2 : 4);
      expect(c.ends).toEqual(['WebSocket closed 1013 Slow consumer', 'WebSocket closed 1013 Slow consumer']);
    });
  }

  it('reports a refused handshake as not connected', async () => {
    const c = collector(true);
    const open = rawSubscriberFactory({
      url: s.url.replace('/graphql', '/elsewhere'),
      query: 'subscription { n }',
      variables: {},
      connectionParams: {},
      ...c.options,
    });
    expect(await open(0)).toBe(false);
    expect(c.ends[0]).toMatch(/handshake refused: HTTP\/1.1 400|socket closed/);
  });

  it('answered every ping with a pong', () => expect(pongs).toBeGreaterThanOrEqual(4));
});
