import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  EventBatch,
  SharedEvent,
  SLOW_CONSUMER_CLOSE_CODE,
  SLOW_CONSUMER_CLOSE_REASON,
  webSocketSink,
} from '../src/subscriptions/frames.ts';

describe('prepared subscription frames', () => {
  it('serialises an event once and gives each operation id its graphql-ws next message', () => {
    const event = new SharedEvent({
      data: { availabilityChanged: { date: '2026-12-09', freeSlots: 3 } },
      errors: [new GraphQLError('partly', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } })],
    });
    const a = event.frame('a', Buffer.from('{"id":"a","type":"next","payload":'));
    const again = event.frame('a', Buffer.from('{"id":"a","type":"next","payload":'));
    const b = event.frame('b', Buffer.from('{"id":"b","type":"next","payload":'));
    expect(again).toBe(a); // the same Buffer, not an equal one
    expect(JSON.parse(b.toString())).toEqual({
      id: 'b',
      type: 'next',
      payload: {
        data: { availabilityChanged: { date: '2026-12-09', freeSlots: 3 } },
        errors: [{ message: 'partly', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      },
    });
    // Both frames carry the one serialised payload.
    expect(a.subarray(a.length - 1 - event.payload().length, a.length - 1).equals(event.payload())).toBe(
      true,
    );
  });
});

describe('a slow WebSocket consumer', () => {
  let wss: WebSocketServer;
  let url: string;
  beforeAll(async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => wss.once('listening', r));
    url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => wss.close(r)));

  it('is closed with 1013 once its unsent bytes pass the cap, and the buffer stops growing', async () => {
    const serverSide = new Promise<WebSocket>((r) => wss.once('connection', r));
    const client = new WebSocket(url);
    await new Promise((r) => client.once('open', r));
    const socket = await serverSide;
    // The client stops reading: what the server sends piles up in its buffers.
    (client as unknown as { _socket: { pause(): void } })._socket.pause();
    const closed = new Promise<{ code: number; reason: string }>((r) =>
      client.once('close', (code, reason) => r({ code, reason: reason.toString() })),
    );

    const cap = 64 * 1024;
    let slow = 0;
    const sink = webSocketSink(socket, 'op-1', cap, () => slow++);
    const big = { data: { text: 'x'.repeat(16 * 1024) } };
    let highest = 0;
    for (let i = 0; i < 2000 && socket.readyState === WebSocket.OPEN; i++) {
      sink.send(new SharedEvent(big));
      highest = Math.max(highest, socket.bufferedAmount);
      // Let the kernel take what it will, as between real events.
      if (i % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(socket.readyState).not.toBe(WebSocket.OPEN);
    expect(slow).toBe(1);
    // Never more than the cap queued by the sink (the close frame comes on top).
    expect(highest).toBeLessThanOrEqual(cap);
    for (let i = 0; i < 10; i++) sink.send(new SharedEvent(big)); // after closing: nothing more queued
    expect(socket.bufferedAmount).toBeLessThanOrEqual(cap + 256);

    (client as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toEqual({ code: SLOW_CONSUMER_CLOSE_CODE, reason: SLOW_CONSUMER_CLOSE_REASON });
  });
});

describe('prepared frames on the wire', () => {
  async function pair(perMessageDeflate: boolean) {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate });
    await new Promise((r) => wss.once('listening', r));
    const serverSide = new Promise<WebSocket>((r) => wss.once('connection', r));
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, {
      perMessageDeflate,
    });
    await new Promise((r) => client.once('open', r));
    return { wss, client, socket: await serverSide };
  }

  /** Counts the writes to the server socket's raw TCP socket (under ws), to tell batched from one by one. */
  function countRawWrites(socket: unknown): { count: number } {
    const raw = (socket as { _socket: { write: (...args: unknown[]) => boolean } })._socket;
    const write = raw.write.bind(raw);
    const writes = { count: 0 };
    raw.write = (...args: unknown[]) => {
      writes.count++;
      return write(...args);
    };
    return writes;
  }

  for (const deflate of [false, true]) {
    it(`reach a ws client as the graphql-ws messages, in order${deflate ? ' (compression negotiated: ws frames them)' : ''}`, async () => {
      const { wss, client, socket } = await pair(deflate);
      const writes = countRawWrites(socket);
      const got: unknown[] = [];
      const all = new Promise<void>((resolve) =>
        client.on('message', (data, isBinary) => {
          expect(isBinary).toBe(false);
          got.push(JSON.parse(data.toString()));
          if (got.length === 300) resolve();
        }),
      );
      const sink = webSocketSink(socket, 'op-7', 1 << 30);
      // Sizes on both sides of the 7-bit and 16-bit length fields of a frame header.
      const sizes = [0, 50, 100, 126, 1000, 70_000];
      for (let i = 0; i < 300; i++)
        sink.send(new SharedEvent({ data: { n: i, text: 'é'.repeat(sizes[i % sizes.length] as number) } }));
      await all;
      expect(got.map((m) => (m as { payload: { data: { n: number } } }).payload.data.n)).toEqual(
        Array.from({ length: 300 }, (_, i) => i),
      );
      expect(got[4]).toEqual({
        id: 'op-7',
        type: 'next',
        payload: { data: { n: 4, text: 'é'.repeat(1000) } },
      });
      // Uncompressed: one write of the prepared frame per event; compressed: ws' own writes.
      if (deflate) expect(writes.count).toBeGreaterThan(0);
      else expect(writes.count).toBe(300);
      client.close();
      await new Promise((r) => wss.close(r));
    });
  }
  it('go as one write per batch of events, each message whole and in order', async () => {
    const { wss, client, socket } = await pair(false);
    const writes = countRawWrites(socket);
    const got: number[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { id: string; payload: { data: { n: number } } };
        expect(message.id).toBe('op-9');
        got.push(message.payload.data.n);
        if (got.length === 60) resolve();
      }),
    );
    const sink = webSocketSink(socket, 'op-9', 1 << 30);
    const sizes = [0, 50, 100, 126, 1000, 70_000];
    const events = Array.from(
      { length: 60 },
      (_, i) => new SharedEvent({ data: { n: i, text: 'é'.repeat(sizes[i % sizes.length] as number) } }),
    );
    // Batches of 1, 2, 3, ... events, so every header length meets every other in one write.
    let batches = 0;
    for (let from = 0, size = 1; from < events.length; from += size, size++, batches++)
      sink.sendBatch(new EventBatch(events.slice(from, from + size)));
    await all;
    expect(got).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(writes.count).toBe(batches);
    client.close();
    await new Promise((r) => wss.close(r));
  });
});
