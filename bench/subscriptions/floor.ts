/**
 * The floor of fan-out on this machine: what it costs to write the same prepared frame to N
 * loopback sockets, with no gateway at all. A sender process pinned to one core (taskset -c 1)
 * accepts N connections from a receiver process on the other core (taskset -c 0) and, at a fixed
 * event rate, writes one ~300-byte frame to every socket per event (`--coalesce K`: every K
 * events, one write of K frames per socket, the same deliveries per second). The sender
 * measures its own CPU (process.cpuUsage, user + system) per delivery and how long each
 * fan-out loop took; the receiver measures each frame's latency (send time written into the
 * frame, wall clock of both processes) and that every frame arrived.
 *
 *   pnpm --filter @kaarst/bench exec tsx subscriptions/floor.ts \
 *     [--n 10000] [--rate 20] [--seconds 10] [--warmup 2] [--modes tcp,ws] [--coalesce 1,2,4] [--bytes 300]
 *
 * Modes: "tcp" = net.Server sockets (noDelay, as ws sets it), socket.write(frame);
 * "ws" = a `ws` WebSocketServer, the prepared frame (WebSocket header included) written to each
 * WebSocket's TCP socket, as the gateway does while ws' sender is idle.
 * With coalescing, latency is measured from the write of the batch (the wait for the batch to
 * fill, (K-1) x 1/rate at most, is not included: it is the price of coalescing by waiting).
 */
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { WebSocketServer } from 'ws';

type Message = Record<string, unknown> & { type: string };
const now = () => performance.timeOrigin + performance.now();
const send = (message: Message) => process.send?.(message);
const nextMessage = (from: NodeJS.Process | import('node:child_process').ChildProcess, type: string) =>
  new Promise<Message>((resolve) => {
    const on = (message: Message) => {
      if (message.type !== type) return;
      from.off('message', on);
      resolve(message);
    };
    from.on('message', on);
  });

/** Record: [f64 send time][u8 measured][padding], fixed length; ws mode adds a 4-byte header. */
const HEADER_WS = 4;

function sender(mode: string, bytes: number): void {
  const sockets: Socket[] = [];
  const ready = (port: number) => send({ type: 'listening', port });
  if (mode === 'tcp') {
    const server = createServer({ noDelay: true }, (socket) => {
      sockets.push(socket);
      socket.on('error', () => {});
    });
    server.listen(0, '127.0.0.1', 4096, () => ready((server.address() as { port: number }).port));
  } else {
    const http = createHttpServer();
    const wss = new WebSocketServer({ noServer: true });
    http.on('upgrade', (request, socket, head) =>
      wss.handleUpgrade(request, socket, head, (ws) => {
        const raw = (ws as unknown as { _socket: Socket })._socket;
        sockets.push(raw);
      }),
    );
    http.listen(0, '127.0.0.1', 4096, () => ready((http.address() as { port: number }).port));
  }
  process.on('message', async (message: Message) => {
    if (message.type === 'count') send({ type: 'count', sockets: sockets.length });
    if (message.type !== 'run') return;
    const { rate, seconds, warmup, coalesce } = message as unknown as {
      rate: number;
      seconds: number;
      warmup: number;
      coalesce: number;
    };
    const interval = (1000 / rate) * coalesce;
    const record = mode === 'ws' ? bytes + HEADER_WS : bytes;
    const batch = Buffer.alloc(record * coalesce, 0x20);
    const total = Math.round(((warmup + seconds) * rate) / coalesce);
    const measuredFrom = Math.round((warmup * rate) / coalesce);
    const loops: number[] = [];
    let cpu = process.cpuUsage();
    let started = now();
    let pending = 0;
    const start = now();
    for (let tick = 0; tick < total; tick++) {
      const due = start + tick * interval;
      const wait = due - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (tick === measuredFrom) {
        cpu = process.cpuUsage();
        started = now();
      }
      const t0 = now();
      for (let k = 0; k < coalesce; k++) {
        const at = k * record;
        if (mode === 'ws') {
          batch[at] = 0x81; // final text frame, unmasked, 16-bit length
          batch[at + 1] = 126;
          batch.writeUInt16BE(bytes, at + 2);
        }
        const body = at + (mode === 'ws' ? HEADER_WS : 0);
        batch.writeDoubleLE(t0, body);
        batch[body + 8] = tick >= measuredFrom ? 1 : 0;
      }
      // A fresh copy per batch: sockets that could not take it all keep a reference to it.
      const frame = Buffer.from(batch);
      for (let s = 0; s < sockets.length; s++) (sockets[s] as Socket).write(frame);
      if (tick >= measuredFrom) loops.push(now() - t0);
    }
    // Drain: everything handed to the kernel (what Node still buffers is still the sender's work).
    while (sockets.some((s) => s.writableLength > 0)) await new Promise((r) => setTimeout(r, 2));
    const used = process.cpuUsage(cpu);
    const wall = now() - started;
    pending = sockets.reduce((sum, s) => sum + s.writableLength, 0);
    const deliveries = (total - measuredFrom) * coalesce * sockets.length;
    loops.sort((a, b) => a - b);
    send({
      type: 'ran',
      deliveries,
      writes: (total - measuredFrom) * sockets.length,
      user: used.user,
      system: used.system,
      wall,
      pending,
      loopP50: loops[Math.floor(loops.length * 0.5)],
      loopMax: loops[loops.length - 1],
    });
  });
}

function receiver(port: number, n: number, mode: string, bytes: number): void {
  const record = mode === 'ws' ? bytes + HEADER_WS : bytes;
  const bodyAt = mode === 'ws' ? HEADER_WS : 0;
  // Latency histogram in 0.1 ms steps up to 60 s.
  const histogram = new Uint32Array(600_000);
  let measured = 0;
  let cpu = process.cpuUsage();
  const shared = Buffer.alloc(256 * 1024);
  const scratch = Buffer.alloc(16);
  const upgrade =
    'GET / HTTP/1.1\r\nHost: floor\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
  function open(index: number): Promise<void> {
    // Per socket: bytes into the current record, the record's first bytes if a read split them,
    // and (ws) how much of the HTTP 101 response is still to skip.
    let into = 0;
    let head = Buffer.alloc(0);
    let skipping = mode === 'ws';
    let tail = '';
    const onRecord = (time: number, flag: number) => {
      if (flag !== 1) return;
      measured++;
      const step = Math.min(histogram.length - 1, Math.max(0, Math.round((now() - time) * 10)));
      histogram[step] = (histogram[step] ?? 0) + 1;
    };
    return new Promise((resolve) => {
      const socket = connect({
        port,
        host: '127.0.0.1',
        onread: {
          buffer: shared,
          callback(length: number, buffer: Uint8Array) {
            let at = 0;
            if (skipping) {
              const text = tail + Buffer.from(buffer.buffer, buffer.byteOffset, length).toString('latin1');
              const end = text.indexOf('\r\n\r\n');
              if (end < 0) {
                tail = text;
                return true;
              }
              skipping = false;
              at = end + 4 - tail.length;
            }
            const chunk = buffer as Buffer;
            while (at < length) {
              const take = Math.min(record - into, length - at);
              const need = bodyAt + 9;
              if (into < need) {
                if (into === 0 && take >= need)
                  onRecord(chunk.readDoubleLE(at + bodyAt), chunk[at + bodyAt + 8] ?? 0);
                else {
                  head = Buffer.concat([head, chunk.subarray(at, at + Math.min(take, need - into))]);
                  if (head.length >= need) {
                    head.copy(scratch, 0, bodyAt, need);
                    onRecord(scratch.readDoubleLE(0), scratch[8] ?? 0);
                  }
                }
              }
              into += take;
              at += take;
              if (into === record) {
                into = 0;
                head = Buffer.alloc(0);
              }
            }
            return true;
          },
        },
      } as Parameters<typeof connect>[0]);
      socket.on('error', (err) => console.error(`socket ${index}: ${err.message}`));
      socket.on('connect', () => {
        if (mode === 'ws') socket.write(upgrade);
        resolve();
      });
    });
  }
  process.on('message', (message: Message) => {
    if (message.type === 'reset') {
      histogram.fill(0);
      measured = 0;
      cpu = process.cpuUsage();
      send({ type: 'reset' });
    }
    if (message.type === 'stats') {
      const used = process.cpuUsage(cpu);
      const at = (q: number) => {
        let seen = 0;
        const want = Math.ceil(measured * q);
        for (let i = 0; i < histogram.length; i++) {
          seen += histogram[i] ?? 0;
          if (seen >= want) return i / 10;
        }
        return Number.NaN;
      };
      send({
        type: 'stats',
        measured,
        p50: at(0.5),
        p99: at(0.99),
        max: at(1),
        user: used.user,
        system: used.system,
      });
    }
  });
  (async () => {
    for (let i = 0; i < n; i += 500) {
      const batch = [];
      for (let j = i; j < Math.min(n, i + 500); j++) batch.push(open(j));
      await Promise.all(batch);
    }
    send({ type: 'connected' });
  })();
}

async function orchestrate(): Promise<void> {
  const option = (name: string, fallback: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? (process.argv[at + 1] as string) : fallback;
  };
  const n = Number(option('n', '10000'));
  const rate = Number(option('rate', '20'));
  const seconds = Number(option('seconds', '10'));
  const warmup = Number(option('warmup', '2'));
  const bytes = Number(option('bytes', '300'));
  const modes = option('modes', 'tcp,ws').split(',');
  const coalesces = option('coalesce', '1,2,4').split(',').map(Number);
  const script = new URL(import.meta.url).pathname;
  const child = (core: string, args: string[]) =>
    spawn('taskset', ['-c', core, process.execPath, ...process.execArgv, script, ...args], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  console.log(
    `floor: ${n} sockets, ${rate} events/s, ${bytes}-byte frames, ${seconds} s measured after ${warmup} s`,
  );
  for (const mode of modes) {
    const tx = child('1', ['--sender', mode, String(bytes)]);
    const { port } = (await nextMessage(tx, 'listening')) as unknown as { port: number };
    const rx = child('0', ['--receiver', String(port), String(n), mode, String(bytes)]);
    await nextMessage(rx, 'connected');
    for (;;) {
      const reply = nextMessage(tx, 'count');
      tx.send({ type: 'count' });
      if (((await reply) as unknown as { sockets: number }).sockets >= n) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const coalesce of coalesces) {
      const reset = nextMessage(rx, 'reset');
      rx.send({ type: 'reset' });
      await reset;
      const ran = nextMessage(tx, 'ran');
      tx.send({ type: 'run', rate, seconds, warmup, coalesce });
      const s = (await ran) as unknown as Record<string, number>;
      const expected = s.deliveries as number;
      let r: Record<string, number> = {};
      for (let tries = 0; tries < 200; tries++) {
        const stats = nextMessage(rx, 'stats');
        rx.send({ type: 'stats' });
        r = (await stats) as unknown as Record<string, number>;
        if ((r.measured as number) >= expected) break;
        await new Promise((res) => setTimeout(res, 50));
      }
      const per = (us: number, count: number) => (us / count).toFixed(2);
      const cpuPerDelivery = per((s.user as number) + (s.system as number), expected);
      console.log(
        `${mode} coalesce ${coalesce}: sender ${cpuPerDelivery} µs CPU per delivery ` +
          `(user ${per(s.user as number, expected)} + system ${per(s.system as number, expected)}; ` +
          `${per((s.user as number) + (s.system as number), s.writes as number)} µs per write), ` +
          `sender core ${((((s.user as number) + (s.system as number)) / 1000 / (s.wall as number)) * 100).toFixed(0)} %, ` +
          `loop p50 ${(s.loopP50 as number).toFixed(1)} ms max ${(s.loopMax as number).toFixed(1)} ms; ` +
          `received ${r.measured}/${expected} (${((100 * (r.measured as number)) / expected).toFixed(1)} %), ` +
          `latency p50 ${r.p50} ms p99 ${r.p99} ms max ${r.max} ms; ` +
          `receiver ${per((r.user as number) + (r.system as number), expected)} µs CPU per delivery`,
      );
    }
    tx.kill();
    rx.kill();
  }
}

if (process.argv[2] === '--sender') sender(process.argv[3] as string, Number(process.argv[4]));
else if (process.argv[2] === '--receiver')
  receiver(
    Number(process.argv[3]),
    Number(process.argv[4]),
    process.argv[5] as string,
    Number(process.argv[6]),
  );
else await orchestrate();
