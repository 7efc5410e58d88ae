/**
 * /graphql over HTTP: GraphQL over HTTP through Apollo Server, or GraphQL over SSE (graphql-sse)
 * when the client asks for an event stream first. Both build the caller's context the same way.
 */
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/fastify';
import type { GatewayContext } from '../context.ts';
import { type OperationRunner, refusalError } from '../subscriptions/operations.ts';

/** Who is asking, from an Authorization value, an API key and the caller's address. */
export type ContextFor = (
  authorization: string | undefined,
  apiKey: string | string[] | undefined,
  /** The caller's address (request.ip: TRUST_PROXY decides whether X-Forwarded-For counts). */
  client: string | undefined,
) => Promise<GatewayContext>;

export interface GraphQLRouteOptions {
  app: FastifyInstance;
  server: ApolloServer<GatewayContext>;
  /** The current API schema (it changes when the supergraph reloads). */
  schema: () => GraphQLSchema;
  /** Throws for a bad token (UNAUTHENTICATED) or key (INVALID_API_KEY). */
  contextFor: ContextFor;
  runner: OperationRunner;
}

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

export function registerGraphQLRoute(options: GraphQLRouteOptions): void {
  const { app, server, contextFor, runner } = options;
  const sse = createSseHandler({
    schema: () => options.schema(),
    // null: never a reserved stream, whatever token a request names (see singleConnectionAttempt).
    authenticate: () => null,
    // graphql-sse wants a plain record; the hub reads it back as GatewayContext.
    context: (req) => (req.raw as SseRequest)[SSE_CONTEXT] as unknown as Record<PropertyKey, unknown>,
    validate: runner.validate,
    execute: runner.execute,
    subscribe: runner.subscribe,
  });
  const apollo = fastifyApolloHandler(server, {
    context: async (request) =>
      contextFor(request.headers.authorization, request.headers['x-api-key'], request.ip),
  });

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE'],
    url: '/graphql',
    handler: async function (request, reply) {
      if (singleConnectionAttempt(request)) return reply.code(400).send(SINGLE_CONNECTION_REFUSAL);
      if (!prefersEventStream(request.headers.accept ?? '')) {
        const body: unknown = await apollo.call(this, request as never, reply as never);
        // The answer's bytes, encoded once: Fastify would measure a string (Buffer.byteLength,
        // a full pass over the ~100 KiB of a large answer) and then encode it again into the
        // socket (bench/RESULTS.md, issue 28: 19 % of the gateway's CPU on the nested query).
        return typeof body === 'string' ? Buffer.from(body) : body;
      }
      try {
        (request as SseRequest)[SSE_CONTEXT] = await contextFor(
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
}
