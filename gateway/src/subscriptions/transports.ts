import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { envInt, type Logger, unsafeOperationInput } from '@kaarst/kit/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/fastify';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ConnectionCap, TOO_MANY_CONNECTIONS_RESPONSE } from '../access/connection-cap.ts';
import type { Credentials } from '../access/gate.ts';
import type { GatewayContext } from '../context.ts';
import { withoutSuggestions } from '../protection/refusals.ts';
import { DEFAULT_SEND_BUFFER_MAX_BYTES, plainResult, webSocketSink } from './frames.ts';
import { isHubSubscription, type SubscriptionHub } from './hub.ts';

export interface GraphQLTransportsOptions {
  app: FastifyInstance;
  server: ApolloServer<GatewayContext>;
  hub: SubscriptionHub;
  /** The current API schema (it changes when the supergraph reloads). */
  schema: () => GraphQLSchema;
  /**
   * Who is asking, from an Authorization value and an API key; throws for a bad
   * token (UNAUTHENTICATED) or key (INVALID_API_KEY).
   */
  contextFor: (
    authorization: string | undefined,
    apiKey: string | string[] | undefined,
    /** The caller's address (request.ip: TRUST_PROXY decides whether X-Forwarded-For counts). */
    client: string | undefined,
  ) => Promise<GatewayContext>;
  log: Logger;
  /** The operation limits' rules, for subscriptions (queries and mutations pass through Apollo Server's). */
  validationRules: ValidationRule[];
  /** Drop graphql-js' "Did you mean ...?" from validation errors (production). */
  hideSuggestions: boolean;
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
  /** The authorization errors of a subscription for this caller (none: it may run). */
  authorize: (
    document: DocumentNode,
    operationName: string | null | undefined,
    context: GatewayContext,
  ) => GraphQLError[];
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

const SSE_CONTEXT = Symbol('gatewayContext');
type SseRequest = FastifyRequest & { [SSE_CONTEXT]?: GatewayContext };

/**
 * Whether the client asks for an event stream first: graphql-sse sends
 * `Accept: text/event-stream`, while clients such as urql list it after JSON
 * for every request (their queries want JSON from Apollo, not a stream).
 */
function prefersEventStream(accept: string): boolean {
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const stream = types.indexOf('text/event-stream');
  const json = types.findIndex((t) => t === 'application/json' || t === 'application/graphql-response+json');
  return stream >= 0 && (json < 0 || stream < json);
}

/**
 * graphql-sse's single-connection mode (a stream reserved with PUT, operations
 * posted into it by token) is not offered: nothing of ours needs it, and its
 * default token was the same "undefined" for every caller, so anyone could
 * reserve the shared stream, post into it and lock others out. Every SSE
 * request is its own stream (distinct-connections mode).
 */
function singleConnectionAttempt(request: FastifyRequest): boolean {
  return (
    request.method === 'PUT' ||
    request.method === 'DELETE' ||
    request.headers['x-graphql-event-stream-token'] !== undefined ||
    new URL(request.url, 'http://gateway').searchParams.has('token')
  );
}

const SINGLE_CONNECTION_REFUSAL = {
  errors: [
    {
      message:
        'GraphQL over SSE runs in distinct-connections mode only: send each operation as its own POST with Accept: text/event-stream.',
      extensions: { code: 'SSE_SINGLE_CONNECTION_UNSUPPORTED' },
    },
  ],
};

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

/** A refusal as a GraphQL error: its own code (INVALID_API_KEY, RATE_LIMITED...) or UNAUTHENTICATED. */
const refusalError = (error: unknown) => {
  const { hubCode, extensions } = error as { hubCode?: string; extensions?: Record<string, unknown> };
  return new GraphQLError((error as Error).message, {
    extensions: {
      ...(hubCode ? extensions : {}),
      code: hubCode ?? 'UNAUTHENTICATED',
    },
  });
};

/** A result with plain JSON errors (see plainResult), or undefined when it has none. */
const withPlainErrors = (result: ExecutionResult) =>
  result.errors ? (plainResult(result) as FormattedExecutionResult) : undefined;

/**
 * One URL, three transports: GraphQL over HTTP (Apollo Server), GraphQL over
 * SSE (graphql-sse) and GraphQL over WebSocket (graphql-ws). Subscriptions go
 * to the federated subscription hub; queries and mutations sent over SSE or
 * WebSocket run through Apollo Server like any other request.
 */
export function registerGraphQLTransports(options: GraphQLTransportsOptions): { close(): Promise<void> } {
  const { app, server, hub } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  const sendBufferMax =
    options.sendBufferMaxBytes ?? envInt('WS_SEND_BUFFER_MAX_BYTES', DEFAULT_SEND_BUFFER_MAX_BYTES);
  const validateWithLimits = (schema: GraphQLSchema, document: DocumentNode) => {
    const errors = validate(schema, document, rules);
    return options.hideSuggestions ? withoutSuggestions(errors) : errors;
  };

  const execute = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    const response = await server.executeOperation(
      {
        query: args.document,
        variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined,
        ...(args.operationName ? { operationName: args.operationName } : {}),
      },
      { contextValue: args.contextValue as GatewayContext },
    );
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
    return response.body.singleResult as ExecutionResult;
  };
  const subscribe = (args: ExecutionArgs) => {
    // The same input check as for queries and mutations (operation-checks.ts), before any subgraph.
    const unsafe = unsafeOperationInput(args.document, args.variableValues);
    if (unsafe) return { errors: [new GraphQLError(unsafe, { extensions: { code: 'BAD_USER_INPUT' } })] };
    const denied = options.authorize(args.document, args.operationName, args.contextValue as GatewayContext);
    if (denied.length > 0) return { errors: denied };
    return hub.subscribe({
      document: args.document,
      variables: (args.variableValues ?? null) as Record<string, unknown> | null,
      operationName: args.operationName ?? null,
      context: args.contextValue as GatewayContext,
    });
  };

  const sse = createSseHandler({
    schema: () => options.schema(),
    // null: never a reserved stream, whatever token a request names (see singleConnectionAttempt).
    authenticate: () => null,
    // graphql-sse wants a plain record; the hub reads it back as GatewayContext.
    context: (req) => (req.raw as SseRequest)[SSE_CONTEXT] as unknown as Record<PropertyKey, unknown>,
    validate: validateWithLimits,
    execute,
    subscribe,
  });
  const apollo = fastifyApolloHandler(server, {
    context: async (request) =>
      options.contextFor(request.headers.authorization, request.headers['x-api-key'], request.ip),
  });

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE'],
    url: '/graphql',
    handler: async function (request, reply) {
      if (singleConnectionAttempt(request)) return reply.code(400).send(SINGLE_CONNECTION_REFUSAL);
      if (!prefersEventStream(request.headers.accept ?? ''))
        return apollo.call(this, request as never, reply as never);
      try {
        (request as SseRequest)[SSE_CONTEXT] = await options.contextFor(
          request.headers.authorization,
          request.headers['x-api-key'],
          request.ip,
        );
      } catch (error) {
        return reply.code(401).send({ errors: [refusalError(error).toJSON()] });
      }
      await sse(request, reply);
      return reply;
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  app.server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://gateway').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    const address = options.clientAddress(request);
    if (!options.connectionCap.take(address)) {
      socket.end(TOO_MANY_CONNECTIONS_RESPONSE);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.once('close', () => options.connectionCap.release(address));
      wss.emit('connection', ws, request);
    });
  });
  interface Connection {
    context?: GatewayContext;
    error?: GraphQLError;
    credentials: Credentials;
  }
  const connections = new WeakMap<WsContext, Connection>();
  const ws = useServer(
    {
      schema: () => options.schema(),
      onConnect: async (ctx) => {
        const credentials = {
          apiKey: apiKeyFrom(ctx.connectionParams),
          address: options.clientAddress((ctx.extra as { request: IncomingMessage }).request),
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
      parse: (source) => parse(source, { maxTokens: options.maxTokens }),
      validate: validateWithLimits,
      execute,
      subscribe,
    },
    wss,
  );

  return {
    async close() {
      await hub.close();
      await ws.dispose(); // closes every socket with 1001 "Going away": clients reconnect elsewhere
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
