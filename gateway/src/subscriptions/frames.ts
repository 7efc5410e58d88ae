import type { Socket } from 'node:net';
import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import * as wsModule from 'ws';
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

const FRAME_END = Buffer.from('}');

/**
 * ws' own framing (its export `Sender.frame`, public in ws 8 but not in its type definitions):
 * the header and data of one frame.
 */
const { Sender } = wsModule as unknown as {
  Sender: {
    frame(
      data: Buffer,
      options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean },
    ): Buffer[];
  };
};

/** How ws frames a server's text message: one final fragment, unmasked, uncompressed. */
const TEXT_FRAME = { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false } as const;

/** A graphql-ws message and the same message framed for the wire (WebSocket header + message). */
interface Prepared {
  message: Buffer;
  wire: Buffer;
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
  private lastId: string | undefined;
  private last: Prepared | undefined;
  private more: Map<string, Prepared> | undefined;

  constructor(readonly result: ExecutionResult) {}

  /** The result as graphql-ws sends it (errors formatted), UTF-8. */
  payload(): Buffer {
    this.json ??= Buffer.from(JSON.stringify(plainResult(this.result)));
    return this.json;
  }

  /** The whole `{"id":…,"type":"next","payload":…}` message for an operation, given its prefix. */
  frame(id: string, prefix: Buffer): Buffer {
    return this.prepared(id, prefix).message;
  }

  /** The message of frame() as one WebSocket text frame, header included, ready for the raw socket. */
  wireFrame(id: string, prefix: Buffer): Buffer {
    return this.prepared(id, prefix).wire;
  }

  private prepared(id: string, prefix: Buffer): Prepared {
    // Most subscribers of a topic use the same id ("1"): that one is a field, not a Map lookup.
    if (id === this.lastId) return this.last as Prepared;
    let prepared = this.more?.get(id);
    if (!prepared) {
      const payload = this.payload();
      const message = Buffer.concat([prefix, payload, FRAME_END], prefix.length + payload.length + 1);
      const [header] = Sender.frame(message, TEXT_FRAME) as [Buffer, Buffer];
      const wire = Buffer.concat([header, message], header.length + message.length);
      prepared = { message, wire };
      // Only a few ids are worth keeping (clients that number operations "1", "2", ...).
      this.more ??= new Map();
      if (this.more.size < 16) this.more.set(id, prepared);
    }
    this.lastId = id;
    this.last = prepared;
    return prepared;
  }
}

/** Where a shared subscription's events go for one subscriber, bypassing per-subscriber serialisation. */
export interface EventSink {
  send(event: SharedEvent): void;
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
  return {
    send(event) {
      if (socket.readyState !== WebSocket.OPEN) return;
      const wire = event.wireFrame(id, prefix);
      if (socket.bufferedAmount + wire.length > maxBufferedBytes) {
        onSlowConsumer();
        socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_CLOSE_REASON);
        return;
      }
      const raw = rawSocket(socket);
      if (raw) raw.write(wire);
      else socket.send(event.frame(id, prefix), { binary: false });
    },
  };
}
