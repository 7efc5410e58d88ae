import type { Socket } from 'node:net';
import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { WebSocket } from 'ws';

/**
 * WebSocket close code for a client that does not read its events fast enough:
 * 1013 "Try Again Later" (RFC 6455 registry). graphql-ws clients treat it as
 * retryable, so they reconnect and subscribe again; what was committed in
 * between is not replayed to them (it was never read).
 */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;
export const SLOW_CONSUMER_CLOSE_REASON = 'Slow consumer: send buffer full, subscribe again';

/** Default cap on bytes a socket may have queued but not yet sent (WS_SEND_BUFFER_MAX_BYTES). */
export const DEFAULT_SEND_BUFFER_MAX_BYTES = 256 * 1024;

/** A result whose errors are plain JSON, whether they came as GraphQLErrors or already formatted. */
export function plainResult(result: ExecutionResult): ExecutionResult | Record<string, unknown> {
  if (!result.errors) return result;
  return {
    ...result,
    errors: result.errors.map((error: GraphQLError | GraphQLFormattedError) =>
      'toJSON' in error && typeof error.toJSON === 'function' ? error.toJSON() : error,
    ),
  };
}

/** `}`, the end of a graphql-ws `next` message after its payload. */
const CLOSING_BRACE = 0x7d;

/** Bytes of the header of an unmasked WebSocket frame carrying `length` bytes (RFC 6455, 5.2). */
const headerLength = (length: number) => (length < 126 ? 2 : length < 65536 ? 4 : 10);

/**
 * Writes at `at` the header ws' sender writes for a server's text message (one final fragment,
 * unmasked, uncompressed: FIN + opcode 1, then the 7-bit, 16-bit or 64-bit length); returns where
 * the message goes.
 */
function writeTextHeader(target: Buffer, at: number, length: number): number {
  target[at] = 0x81;
  if (length < 126) {
    target[at + 1] = length;
    return at + 2;
  }
  if (length < 65536) {
    target[at + 1] = 126;
    target.writeUInt16BE(length, at + 2);
    return at + 4;
  }
  target[at + 1] = 127;
  target.writeUInt32BE(Math.floor(length / 2 ** 32), at + 2);
  target.writeUInt32BE(length >>> 0, at + 6);
  return at + 10;
}

/**
 * The `next` messages of `events` for one operation (`prefix` = its
 * `{"id":…,"type":"next","payload":`), each framed for the wire, one after another in one
 * Buffer: what one write sends. One allocation and one copy of each part.
 */
function framesFor(events: readonly SharedEvent[], prefix: Buffer): Buffer {
  let total = 0;
  for (const event of events) {
    const length = prefix.length + event.payload().length + 1;
    total += headerLength(length) + length;
  }
  const wire = Buffer.allocUnsafe(total);
  let at = 0;
  for (const event of events) {
    const payload = event.payload();
    at = writeTextHeader(wire, at, prefix.length + payload.length + 1);
    at += prefix.copy(wire, at);
    at += payload.copy(wire, at);
    wire[at++] = CLOSING_BRACE;
  }
  return wire;
}

/**
 * What was built for the last operation id, and for a few more: most subscribers of a topic use
 * the same id ("1"), so they share one Buffer; ids that differ per subscriber are built for each
 * (and only the first few are kept).
 */
class ById<T> {
  private lastId: string | undefined;
  private last: T | undefined;
  private more: Map<string, T> | undefined;

  get(id: string, build: () => T): T {
    if (id === this.lastId) return this.last as T;
    let value = this.more?.get(id);
    if (value === undefined) {
      value = build();
      this.more ??= new Map();
      if (this.more.size < 16) this.more.set(id, value);
    }
    this.lastId = id;
    this.last = value;
    return value;
  }
}

/**
 * One event of a shared subscription, as every one of its subscribers gets it:
 * the result is serialised at most once, on first use, and the graphql-ws
 * `next` message for an operation id is built once, together with its
 * WebSocket frame (header included), so subscribers using the same id share
 * the very same Buffers and nothing is framed per socket.
 */
export class SharedEvent {
  private json: Buffer | undefined;
  private readonly messages = new ById<Buffer>();
  private readonly wires = new ById<Buffer>();

  constructor(readonly result: ExecutionResult) {}

  /** The result as graphql-ws sends it (errors formatted), UTF-8. */
  payload(): Buffer {
    this.json ??= Buffer.from(JSON.stringify(plainResult(this.result)));
    return this.json;
  }

  /** The whole `{"id":…,"type":"next","payload":…}` message for an operation, given its prefix. */
  frame(id: string, prefix: Buffer): Buffer {
    return this.messages.get(id, () => {
      const payload = this.payload();
      const message = Buffer.allocUnsafe(prefix.length + payload.length + 1);
      prefix.copy(message, 0);
      payload.copy(message, prefix.length);
      message[message.length - 1] = CLOSING_BRACE;
      return message;
    });
  }

  /** The message of frame() as one WebSocket text frame, header included, ready for the raw socket. */
  wireFrame(id: string, prefix: Buffer): Buffer {
    return this.wires.get(id, () => framesFor([this], prefix));
  }
}

/**
 * Events of one shared subscription handed to its sockets together (they became ready in the
 * same turn of the event loop, e.g. because the previous fan-out took longer than the time
 * between events): each socket gets them, in order, in one write.
 */
export class EventBatch {
  private readonly wires = new ById<Buffer>();

  constructor(readonly events: readonly SharedEvent[]) {}

  /** Every event's frame for an operation, one after another (for one event, its wire frame). */
  wire(id: string, prefix: Buffer): Buffer {
    if (this.events.length === 1) return (this.events[0] as SharedEvent).wireFrame(id, prefix);
    return this.wires.get(id, () => framesFor(this.events, prefix));
  }
}

/** Where a shared subscription's events go for one subscriber, bypassing per-subscriber serialisation. */
export interface EventSink {
  send(event: SharedEvent): void;
  /** The events of a batch, in order; over a WebSocket in one write when it can be written raw. */
  sendBatch(batch: EventBatch): void;
}

/** The parts of a ws WebSocket (8.x) that a prepared frame needs: its TCP socket and its sender's state. */
interface WsInternals {
  _socket?: Socket;
  _sender?: { _state?: number; _queue?: unknown[]; _firstFragment?: boolean };
}

/**
 * The TCP socket of `socket` if a complete frame may be written to it directly, exactly as ws
 * would write it: no extension negotiated and nothing of ws' own waiting or half sent (its
 * sender idle, with an empty queue, between messages). Otherwise undefined, and ws sends.
 */
function rawSocket(socket: WebSocket): Socket | undefined {
  const ws = socket as unknown as WsInternals;
  const sender = ws._sender;
  if (
    sender?._state !== 0 ||
    sender._queue?.length !== 0 ||
    sender._firstFragment !== true ||
    socket.extensions !== '' // e.g. permessage-deflate: frames would differ (RSV1)
  )
    return undefined;
  return ws._socket;
}

/**
 * The sink of one graphql-ws operation on one socket: each event's prepared
 * frame (header and message, framed once per event) is written to the TCP
 * socket as it is, which keeps ws' bufferedAmount right (it counts the socket's
 * unwritten bytes). A socket whose unsent bytes would pass `maxBufferedBytes`
 * is closed with SLOW_CONSUMER_CLOSE_CODE instead of queuing more, so a client
 * that stopped reading costs at most that much memory.
 */
export function webSocketSink(
  socket: WebSocket,
  id: string,
  maxBufferedBytes: number,
  onSlowConsumer: () => void = () => {},
): EventSink {
  const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  /** Writes the frames of `events` (`wire`, built only if needed) unless that passes the cap. */
  const deliver = (events: readonly SharedEvent[], wire: () => Buffer) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    const frames = wire();
    if (socket.bufferedAmount + frames.length > maxBufferedBytes) {
      onSlowConsumer();
      socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_CLOSE_REASON);
      return;
    }
    const raw = rawSocket(socket);
    if (raw) raw.write(frames);
    else for (const event of events) socket.send(event.frame(id, prefix), { binary: false });
  };
  return {
    send: (event) => deliver([event], () => event.wireFrame(id, prefix)),
    sendBatch: (batch) => deliver(batch.events, () => batch.wire(id, prefix)),
  };
}
