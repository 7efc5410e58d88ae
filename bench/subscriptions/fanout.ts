/**
 * The fan-out alone: the gateway's CPU to hand one event to N WebSockets, per
 * delivery, without the rest of the hub and with clients that cost nothing
 * (raw TCP sockets in a child process that complete the WebSocket handshake
 * and discard every byte). So it measures what the serialise-once change
 * changes when the machine is too busy for the end-to-end benchmark's latencies.
 *
 *   pnpm --filter @kaarst/bench exec tsx subscriptions/fanout.ts [subscribers=1000,5000,10000] [events=200]
 *   (with node --expose-gc --import tsx subscriptions/fanout.ts ... it also prints what one open
 *   ws socket costs in memory)
 *
 * Modes: "per subscriber" = what graphql-ws does for each subscriber (JSON.stringify of
 * { id, type, payload } with the errors formatted, then send and await its callback);
 * "prepared message" = the graphql-ws message serialised once, then ws.send per socket
 * (ws frames it per socket: header, options, cork/two writes/uncork);
 * "wire frame" = gateway/src/subscriptions/frames.ts (SharedEvent + webSocketSink): the
 * message framed once per event, header included, one write of one Buffer per socket.
 */
import { fork } from 'node:child_process';
import { connect } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { plainResult, SharedEvent, webSocketSink } from '../../gateway/src/subscriptions/frames.ts';

/** Memory after a full collection (with --expose-gc; otherwise as it is). */
function settledMemory(): NodeJS.MemoryUsage {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage();
}

const HANDSHAKE =
  'GET / HTTP/1.1\r\nHost: bench\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

if (process.argv[2] === '--clients') {
  // The child: N raw sockets that read and discard; reports the bytes received when asked.
  const [port, n] = [Number(process.argv[3]), Number(process.argv[4])];
  let bytes = 0;
  let open = 0;
  for (let i = 0; i < n; i++) {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(HANDSHAKE);
      if (++open === n) process.send?.({ open });
    });
    socket.on('data', (chunk) => {
      bytes += chunk.length;
    });
  }
  process.on('message', () => process.send?.({ bytes }));
} else {
  const counts = (process.argv[2] ?? '1000,5000,10000').split(',').map(Number);
  const events = Number(process.argv[3] ?? 200);
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => wss.once('listening', r));
  const port = (wss.address() as { port: number }).port;
  const result = (i: number) => ({
    data: {
      availabilityChanged: {
        date: '2026-12-09',
        freeSlots: 40 - (i % 40),
        location: { name: 'Rathaus Kaarst' },
      },
    },
  });

  for (const n of counts) {
    const sockets: WebSocket[] = [];
    const memoryBefore = settledMemory();
    wss.removeAllListeners('connection');
    wss.on('connection', (ws) => sockets.push(ws));
    const child = fork(new URL(import.meta.url).pathname, ['--clients', String(port), String(n)], {
      execArgv: process.execArgv,
    });
    const ask = () =>
      new Promise<{ bytes: number }>((r) => {
        child.once('message', r);
        child.send('bytes');
      });
    await new Promise((r) => child.once('message', r));
    while (sockets.length < n) await new Promise((r) => setTimeout(r, 20));
    if (globalThis.gc) {
      // What one open ws socket costs this process (no graphql-ws, no hub): the floor of a subscriber.
      const after = settledMemory();
      const kib = (key: keyof NodeJS.MemoryUsage) => ((after[key] - memoryBefore[key]) / n / 1024).toFixed(2);
      console.log(
        `${n} open ws sockets: heap used +${kib('heapUsed')} KiB, external +${kib('external')} KiB, RSS +${kib('rss')} KiB per socket`,
      );
    }
    // FANOUT_IDS=same: every subscriber's operation id is "1" (graphql-ws clients number their
    // operations, so one subscription per socket is usually "1"); by default each id differs.
    const ids = sockets.map((_, i) =>
      process.env.FANOUT_IDS === 'same' ? '1' : `op-${i}-${Math.random().toString(36).slice(2)}`,
    );

    const modes: Record<string, (i: number) => Promise<void>> = {
      'per subscriber': async (i) => {
        const r = result(i);
        await Promise.all(
          sockets.map(
            (socket, s) =>
              new Promise<void>((resolve) =>
                socket.send(JSON.stringify({ id: ids[s], type: 'next', payload: plainResult(r) }), () =>
                  resolve(),
                ),
              ),
          ),
        );
      },
      'prepared message': async (i) => {
        const event = new SharedEvent(result(i));
        for (let s = 0; s < n; s++)
          (sockets[s] as WebSocket).send(event.frame(ids[s] as string, prefixes[s] as Buffer), {
            binary: false,
          });
        await new Promise((r) => setImmediate(r));
      },
      'wire frame': async (i) => {
        const event = new SharedEvent(result(i));
        for (const sink of sinks) sink.send(event);
        await new Promise((r) => setImmediate(r));
      },
    };
    const prefixes = ids.map((id) => Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`));
    const sinks = sockets.map((socket, s) => webSocketSink(socket, ids[s] as string, 1 << 30));
    for (const [mode, deliver] of Object.entries(modes)) {
      for (let i = 0; i < 20; i++) await deliver(i); // warm-up
      const before = (await ask()).bytes;
      const cpu = process.cpuUsage();
      const started = performance.now();
      let sent = 0;
      for (let i = 0; i < events; i++) {
        await deliver(i);
        sent += n;
      }
      while (sockets.some((s) => s.bufferedAmount > 0)) await new Promise((r) => setTimeout(r, 5));
      const used = process.cpuUsage(cpu);
      const wall = performance.now() - started;
      const received = (await ask()).bytes - before;
      const us = (used.user + used.system) / sent;
      const split = `user ${(used.user / sent).toFixed(2)} + system ${(used.system / sent).toFixed(2)}`;
      console.log(
        `${n} subscribers, ${events} events, ${mode}: ${us.toFixed(2)} µs CPU per delivery (${split}), ` +
          `${((sent / wall) * 1000).toFixed(0)} deliveries/s, wall ${wall.toFixed(0)} ms, client got ${(received / 1e6).toFixed(1)} MB`,
      );
    }
    child.kill();
    for (const s of sockets) s.terminate();
  }
  wss.close();
}
