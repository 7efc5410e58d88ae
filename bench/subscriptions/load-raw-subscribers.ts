/**
 * A light subscriber for the load process: a raw TCP socket that does the
 * WebSocket handshake and the graphql-ws protocol (connection_init, subscribe,
 * pong) itself and reads only what it must: frame boundaries, and each
 * distinct payload once. Each subscriber subscribes with a random operation id
 * (as graphql-ws clients do), so its messages differ from the others' only in
 * that id: a `next` message that starts with the subscriber's own
 * `{"id":…,"type":"next","payload":` has its payload parsed (JSON) only the
 * first time those bytes arrive anywhere (found again by a hash of the bytes,
 * then compared byte for byte); every other subscriber only frames, hashes and
 * compares. Any other message is parsed whole. What a subscriber does
 * with the result (counting, checking the fields, the delivery time) is the
 * same code as for graphql-ws clients (load-subscribers.ts).
 *
 * It also checks order: each distinct message gets a number when it first
 * arrives anywhere; a subscriber that gets one numbered below the last it got,
 * or the same one again where repeats cannot happen, counts as out of order.
 */
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export type Result = { data?: unknown; errors?: unknown };

export interface RawSubscriberOptions {
  /** The gateway's GraphQL URL (http://host:port/path). */
  url: string;
  query: string;
  variables: Record<string, unknown>;
  connectionParams: Record<string, unknown>;
  onResult(index: number, result: Result, time: number): void;
  /** The subscription ended (a close frame, an error or complete message, the socket gone). */
  onEnd(index: number, reason: string): void;
  onOutOfOrder(index: number): void;
  /** Identical consecutive messages are legitimate (public events of one batch repeat a count). */
  repeatsAllowed: boolean;
  /** Wall-clock time of a delivery. */
  now(): number;
}

const OP_TEXT = 1;
const OP_CLOSE = 8;
const OP_PING = 9;

/** A client frame (masked, as RFC 6455 requires, with the all-zero key: the payload stays as it is). */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const headerLength = length < 126 ? 6 : length < 65536 ? 8 : 14;
  const frame = Buffer.alloc(headerLength + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, headerLength);
  return frame;
}

const textFrame = (message: unknown) => clientFrame(OP_TEXT, Buffer.from(JSON.stringify(message)));

/** FNV-1a over bytes [start, end) of a buffer. */
function hashBytes(buffer: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (buffer[i] as number), 0x01000193);
  return hash >>> 0;
}

interface KnownMessage {
  bytes: Buffer;
  /** Order of first arrival at any subscriber. */
  sequence: number;
  /** The payload of a `next` message; undefined for other messages. */
  result: Result | undefined;
  type: string;
  raw: Record<string, unknown>;
}

/** Returns a function that opens subscriber `index` and resolves to whether it was acknowledged. */
export function rawSubscriberFactory(options: RawSubscriberOptions): (index: number) => Promise<boolean> {
  const url = new URL(options.url);
  const port = Number(url.port || 80);
  const handshake =
    `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
    'Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n';
  const init = textFrame({ type: 'connection_init', payload: options.connectionParams });
  const payload = { query: options.query, variables: options.variables };
  const pong = textFrame({ type: 'pong' });
  const known = new Map<number, KnownMessage[]>();
  let sequences = 0;

  /**
   * The message in [start, end), parsed once per distinct content. `payloadAt` > start: the bytes
   * from there are a `next` message's payload (the subscriber's own prefix before it is skipped,
   * so subscribers with different operation ids share the entry); otherwise the whole message.
   */
  function message(buffer: Buffer, start: number, end: number, payloadAt = start): KnownMessage {
    const from = payloadAt;
    const hash = hashBytes(buffer, from, end);
    const candidates = known.get(hash);
    if (candidates)
      for (const candidate of candidates)
        if (buffer.compare(candidate.bytes, 0, candidate.bytes.length, from, end) === 0) return candidate;
    const bytes = Buffer.from(buffer.subarray(from, end));
    const parsed = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    const isNext = from > start;
    const raw = isNext ? { type: 'next', payload: parsed } : parsed;
    const entry: KnownMessage = {
      bytes,
      sequence: sequences++,
      type: String(raw.type),
      result: raw.type === 'next' ? (raw.payload as Result) : undefined,
      raw,
    };
    if (isNext) {
      if (candidates) candidates.push(entry);
      else known.set(hash, [entry]);
    }
    return entry;
  }

  return (index) =>
    new Promise<boolean>((resolve) => {
      let settled = false;
      let ended = false;
      const settle = (ok: boolean) => {
        if (!settled) {
          settled = true;
          resolve(ok);
        }
      };
      const end = (reason: string) => {
        settle(false);
        if (!ended) {
          ended = true;
          options.onEnd(index, reason);
        }
        socket.destroy();
      };
      let upgraded = false;
      /** Bytes of a frame (or of the HTTP response) that has not fully arrived yet. */
      let pending: Buffer | undefined;
      let lastSequence = -1;
      // A random operation id per subscriber, as graphql-ws clients make them: the gateway cannot
      // share one message between subscribers, only the payload.
      const id = randomUUID();
      const nextPrefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
      const subscribe = textFrame({ id, type: 'subscribe', payload });

      const socket: Socket = connect(port, url.hostname, () => socket.write(handshake));
      socket.setNoDelay(true);
      socket.on('error', (error) => end(`socket error: ${error.message}`));
      socket.on('close', () => end('socket closed by the server'));
      socket.on('data', (chunk: Buffer) => {
        const buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
        pending = undefined;
        let offset = 0;
        if (!upgraded) {
          const headerEnd = buffer.indexOf('\r\n\r\n');
          if (headerEnd < 0) {
            pending = buffer;
            return;
          }
          const status = buffer.toString('latin1', 0, headerEnd).split('\r\n')[0] ?? '';
          if (!status.startsWith('HTTP/1.1 101')) return end(`handshake refused: ${status}`);
          upgraded = true;
          socket.write(init);
          offset = headerEnd + 4;
        }
        const time = options.now();
        while (offset + 2 <= buffer.length) {
          const opcode = (buffer[offset] as number) & 0x0f;
          let length = (buffer[offset + 1] as number) & 0x7f;
          let start = offset + 2;
          if (length === 126) {
            if (start + 2 > buffer.length) break;
            length = buffer.readUInt16BE(start);
            start += 2;
          } else if (length === 127) {
            if (start + 8 > buffer.length) break;
            length = Number(buffer.readBigUInt64BE(start));
            start += 8;
          }
          const stop = start + length;
          if (stop > buffer.length) break;
          offset = stop;
          if (opcode === OP_PING) socket.write(clientFrame(0xa, buffer.subarray(start, stop)));
          else if (opcode === OP_CLOSE) {
            const code = length >= 2 ? buffer.readUInt16BE(start) : 1005;
            return end(`WebSocket closed ${code} ${buffer.toString('utf8', start + 2, stop)}`);
          } else if (opcode === OP_TEXT) {
            const own =
              stop - start > nextPrefix.length &&
              buffer.compare(nextPrefix, 0, nextPrefix.length, start, start + nextPrefix.length) === 0;
            // A next message's payload ends before its closing brace.
            const known = own
              ? message(buffer, start, stop - 1, start + nextPrefix.length)
              : message(buffer, start, stop);
            if (known.result) {
              if (
                known.sequence < lastSequence ||
                (known.sequence === lastSequence && !options.repeatsAllowed)
              )
                options.onOutOfOrder(index);
              lastSequence = known.sequence;
              options.onResult(index, known.result, time);
            } else if (known.type === 'connection_ack') {
              socket.write(subscribe);
              settle(true);
            } else if (known.type === 'ping') socket.write(pong);
            else if (known.type === 'error' || known.type === 'complete')
              return end(`${known.type}: ${JSON.stringify(known.raw).slice(0, 200)}`);
          }
        }
        if (offset < buffer.length) pending = Buffer.from(buffer.subarray(offset));
      });
      setTimeout(() => settle(false), 60_000).unref();
    });
}
