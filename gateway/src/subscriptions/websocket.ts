/**
 * /graphql over WebSocket (graphql-ws): the upgrade within the per-address connection cap, the
 * caller's context from connection_init, the access gate on every operation, and the hub's
 * prepared frames written straight to the socket under the slow-consumer cap.
 */
import type { IncomingMessage } from 'node:http';
import { envInt } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  parse,
} from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ConnectionCap, TOO_MANY_CONNECTIONS_RESPONSE } from '../access/connection-cap.ts';
import type { Credentials } from '../access/gate.ts';
import type { GatewayContext } from '../context.ts';
import type { ContextFor } from '../http/graphql-route.ts';
import { DEFAULT_SEND_BUFFER_MAX_BYTES, plainResult, webSocketSink } from './frames.ts';
import { isHubSubscription } from './hub.ts';
import { type OperationRunner, refusalError } from './operations.ts';

export interface GraphQLWebSocketOptions {
  app: FastifyInstance;
  schema: () => GraphQLSchema;
  contextFor: ContextFor;
  runner: OperationRunner;
  maxTokens: number;
  /**
   * The access gate for one operation over a WebSocket (the HTTP hook checks
   * HTTP and SSE requests): the key still valid, the account not deleted, the
   * caller within its rate; throws an HttpRefusal otherwise.
   */
  admitOperation: (credentials: Credentials, context: GatewayContext) => Promise<void>;
  /** The client's address of an upgrade request (TRUST_PROXY considered). */
  clientAddress: (request: IncomingMessage) => string;
  /** Open WebSocket connections per client address. */
  connectionCap: ConnectionCap;
  /**
   * Bytes a WebSocket may have queued but unsent before it is closed as a slow consumer
   * (1013); default WS_SEND_BUFFER_MAX_BYTES, else 256 KiB.
   */
  sendBufferMaxBytes?: number;
  /** Called when a slow consumer is closed (metrics). */
  onSlowConsumer?: () => void;
}

/** Largest WebSocket message accepted; a bigger one closes the socket (1009). */
const MAX_WS_MESSAGE_BYTES = 64 * 1024;

/** A value from graphql-ws connection_init: { name }, or { headers: { name } }, in either case of its first letter. */
function connectionParam(
  params: Readonly<Record<string, unknown>> | undefined,
  names: string[],
): string | undefined {
  const headers = (params?.headers as Record<string, unknown> | undefined) ?? {};
  for (const name of names) {
    const value = params?.[name] ?? headers[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The session token: { authorization }, { Authorization } or { headers: { authorization } }. */
function authorizationFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = connectionParam(params, ['authorization', 'Authorization']);
  if (value === undefined) return undefined;
  return /^bearer\s/i.test(value) ? value : `Bearer ${value}`;
}

const apiKeyFrom = (params: Readonly<Record<string, unknown>> | undefined) =>
  connectionParam(params, ['x-api-key', 'X-API-Key', 'apiKey']);

/** A result with plain JSON errors (see plainResult), or undefined when it has none. */
const withPlainErrors = (result: ExecutionResult) =>
  result.errors ? (plainResult(result) as FormattedExecutionResult) : undefined;

/**
 * Parsed documents by their source text: thousands of clients subscribing with the same text
 * share one DocumentNode (graphql-js never changes one) instead of each keeping its own AST and
 * token list for as long as it stays subscribed. Bounded: the oldest entry goes first.
 */
export function documentCache(
  parseSource: (source: string) => DocumentNode,
  maxEntries = 500,
  maxSourceLength = 16 * 1024,
): (source: string) => DocumentNode {
  const documents = new Map<string, DocumentNode>();
  return (source) => {
    let document = documents.get(source);
    if (document) return document;
    document = parseSource(source); // throws on a syntax error: nothing cached
    if (source.length <= maxSourceLength) {
      if (documents.size >= maxEntries) documents.delete(documents.keys().next().value as string);
      documents.set(source, document);
    }
    return document;
  };
}

/** How often each socket is pinged (graphql-ws' default): one that has not answered by its next ping is terminated. */
export const KEEP_ALIVE_MS = 12_000;

/**
 * The keep-alive of every socket on one timer, in place of graphql-ws' own (a setInterval per
 * socket, and a setTimeout and a `pong` listener per socket and ping): the sockets are spread
 * over `slices` groups, one group pinged per `intervalMs / slices`, so 10,000 sockets cost one
 * timer and their pings do not all fall into the same moment. A socket still waiting for the pong
 * of its previous ping when its turn comes again is terminated (as graphql-ws does).
 */
export function shareKeepAlive(wss: WebSocketServer, intervalMs = KEEP_ALIVE_MS, slices = 12): () => void {
  const groups = Array.from({ length: slices }, () => new Set<WebSocket>());
  const waiting = new WeakSet<WebSocket>();
  let joined = 0;
  let turn = 0;
  function onPong(this: WebSocket) {
    waiting.delete(this);
  }
  function onClose(this: WebSocket) {
    for (const group of groups) group.delete(this);
  }
  wss.on('connection', (socket: WebSocket) => {
    (groups[joined++ % slices] as Set<WebSocket>).add(socket);
    socket.on('pong', onPong);
    socket.once('close', onClose);
  });
  const timer = setInterval(() => {
    for (const socket of groups[turn++ % slices] as Set<WebSocket>) {
      if (socket.readyState !== socket.OPEN) continue;
      if (waiting.has(socket)) {
        socket.terminate();
        continue;
      }
      waiting.add(socket);
      socket.ping();
    }
  }, intervalMs / slices);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * What graphql-ws keeps of the upgrade request for each connection (its `extra.request`): only
 * the client's address, not the IncomingMessage with its headers and stream state.
 */
interface UpgradedRequest {
  address: string;
}

interface Connection {
  context?: GatewayContext;
  error?: GraphQLError;
  credentials: Credentials;
}

/** Takes the upgrades of /graphql within the connection cap; anything else is closed. */
function acceptUpgrades(options: GraphQLWebSocketOptions, wss: WebSocketServer): void {
  options.app.server.on('upgrade', (request: IncomingMessage, socket, head) => {
    if (new URL(request.url ?? '/', 'http://gateway').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    const address = options.clientAddress(request);
    if (!options.connectionCap.take(address)) {
      socket.end(TOO_MANY_CONNECTIONS_RESPONSE);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => connected(ws, address));
  });
  function connected(ws: WebSocket, address: string) {
    ws.once('close', () => options.connectionCap.release(address));
    wss.emit('connection', ws, { address } satisfies UpgradedRequest);
  }
}

export function registerGraphQLWebSocket(options: GraphQLWebSocketOptions): { close(): Promise<void> } {
  const { runner } = options;
  const sendBufferMax =
    options.sendBufferMaxBytes ?? envInt('WS_SEND_BUFFER_MAX_BYTES', DEFAULT_SEND_BUFFER_MAX_BYTES);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  acceptUpgrades(options, wss);
  const connections = new WeakMap<WsContext, Connection>();
  const parseCached = documentCache((source) => parse(source, { maxTokens: options.maxTokens }));
  const stopKeepAlive = shareKeepAlive(wss);
  const ws = useServer(
    {
      schema: () => options.schema(),
      onConnect: async (ctx) => {
        const credentials = {
          apiKey: apiKeyFrom(ctx.connectionParams),
          address: (ctx.extra as unknown as { request: UpgradedRequest }).request.address,
        };
        // A bad token does not close the socket: each operation then answers UNAUTHENTICATED.
        try {
          const context = await options.contextFor(
            authorizationFrom(ctx.connectionParams),
            credentials.apiKey,
            credentials.address,
          );
          connections.set(ctx, { context, credentials });
        } catch (error) {
          connections.set(ctx, { error: refusalError(error), credentials });
        }
        return true;
      },
      // Each operation passes the gate, as each HTTP request does: a key revoked or an
      // account deleted since the socket opened is refused, and operations count against the rate.
      onSubscribe: async (ctx) => {
        const connection = connections.get(ctx);
        if (!connection?.context) return [connection?.error ?? refusalError(new Error('Not connected.'))];
        try {
          await options.admitOperation(connection.credentials, connection.context);
        } catch (error) {
          return [refusalError(error)];
        }
        return undefined;
      },
      context: (ctx) => connections.get(ctx)?.context as GatewayContext,
      // Results from Apollo Server carry errors already formatted (plain objects), where
      // graphql-ws would call toJSON() on each and close the whole socket (4500) when it fails.
      onNext: (_ctx, _id, _payload, _args, result) => withPlainErrors(result),
      // A subscription of the hub writes each event's prepared frame straight to the socket
      // (serialised once per shared subscription), with the slow-consumer cap.
      onOperation: (ctx, id, _payload, _args, result) => {
        if (isHubSubscription(result))
          result.deliverTo(
            webSocketSink(
              (ctx.extra as { socket: WebSocket }).socket,
              id,
              sendBufferMax,
              options.onSlowConsumer,
            ),
          );
        return undefined;
      },
      parse: (source) =>
        typeof source === 'string' ? parseCached(source) : parse(source, { maxTokens: options.maxTokens }),
      validate: runner.validate,
      execute: runner.execute,
      subscribe: runner.subscribe,
    },
    wss,
    0, // no keep-alive timers per socket: shareKeepAlive pings them all
  );
  return {
    async close() {
      stopKeepAlive();
      await ws.dispose(); // closes every socket with 1001 "Going away": clients reconnect elsewhere
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
