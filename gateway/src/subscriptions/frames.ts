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

const FRAME_END = Buffer.from('}');

/**
 * One event of a shared subscription, as every one of its subscribers gets it:
 * the result is serialised at most once, on first use, and the graphql-ws
 * `next` frame for an operation id is built once (subscribers using the same
 * id share the very same Buffer).
 */
export class SharedEvent {
  private json: Buffer | undefined;
  private readonly frames = new Map<string, Buffer>();

  constructor(readonly result: ExecutionResult) {}

  /** The result as graphql-ws sends it (errors formatted), UTF-8. */
  payload(): Buffer {
    this.json ??= Buffer.from(JSON.stringify(plainResult(this.result)));
    return this.json;
  }

  /** The whole `{"id":…,"type":"next","payload":…}` message for an operation, given its prefix. */
  frame(id: string, prefix: Buffer): Buffer {
    let frame = this.frames.get(id);
    if (!frame) {
      const payload = this.payload();
      frame = Buffer.concat([prefix, payload, FRAME_END], prefix.length + payload.length + 1);
      // Only a few ids are worth keeping (clients that number operations "1", "2", ...).
      if (this.frames.size < 16) this.frames.set(id, frame);
    }
    return frame;
  }
}

/** Where a shared subscription's events go for one subscriber, bypassing per-subscriber serialisation. */
export interface EventSink {
  send(event: SharedEvent): void;
}

/**
 * The sink of one graphql-ws operation on one socket: each event's prepared
 * frame is written as it is. A socket whose unsent bytes would pass
 * `maxBufferedBytes` is closed with SLOW_CONSUMER_CLOSE_CODE instead of queuing
 * more, so a client that stopped reading costs at most that much memory.
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
      const frame = event.frame(id, prefix);
      if (socket.bufferedAmount + frame.length > maxBufferedBytes) {
        onSlowConsumer();
        socket.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_CLOSE_REASON);
        return;
      }
      socket.send(frame, { binary: false });
    },
  };
}
