import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { shareKeepAlive } from '../src/subscriptions/websocket.ts';

describe('the shared WebSocket keep-alive', () => {
  let wss: WebSocketServer;
  let stop: () => void;
  let url: string;
  beforeAll(async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => wss.once('listening', r));
    url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    // A ping per socket every second (one of two groups per 500 ms): generous, so a busy machine
    // does not make an answering client look silent.
    stop = shareKeepAlive(wss, 1000, 2);
  });
  afterAll(async () => {
    stop();
    await new Promise((r) => wss.close(r));
  });

  it('pings every socket, keeps those that answer and terminates one that stops answering', async () => {
    const clients = Array.from({ length: 5 }, (_, i) => new WebSocket(url, { autoPong: i !== 4 }));
    await Promise.all(clients.map((c) => new Promise((r) => c.once('open', r))));
    const pings = clients.map(() => 0);
    let twice: () => void = () => {};
    const allTwice = new Promise<void>((r) => {
      twice = r;
    });
    clients.forEach((c, i) => {
      c.on('ping', () => {
        pings[i] = (pings[i] as number) + 1;
        if (pings.slice(0, 4).every((n) => n >= 2)) twice();
      });
    });
    const silentClosed = new Promise<number>((r) =>
      (clients[4] as WebSocket).once('close', (code) => r(code)),
    );
    // The silent one is pinged once, then terminated at its next turn (the server sends no close frame: 1006).
    expect(await silentClosed).toBe(1006);
    await allTwice;
    for (let i = 0; i < 4; i++) expect(clients[i]?.readyState).toBe(WebSocket.OPEN);
    expect(pings[4]).toBe(1);
    for (const c of clients) c.terminate();
  });
});
