import { buildSubgraphSchema } from '@apollo/subgraph';
import type { FastifyInstance } from 'fastify';
import { type DocumentNode, GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import type { Registry } from 'prom-client';

export type { PubSub } from 'mercurius';

import { CONTEXT_HEADER, readContextToken, type Viewer } from './auth.ts';
import { badInput, ErrorCode } from './errors.ts';
import { requireGatewayContext, WEBSOCKET_PATH } from './gateway-only.ts';
import { type HealthCheck, registerHealthRoutes, runHealthChecks } from './health.ts';
import { createHttpServer } from './http.ts';
import { unsafeOperationInput, unsafeValue } from './input-safety.ts';
import type { HubKeys } from './keys.ts';
import { EVENT_ID_EXTENSION, resumeAfterOf } from './live.ts';
import type { Logger } from './logger.ts';
import { registerMetricsRoute } from './metrics.ts';
import type { GraphQLResolverMap } from './subgraph.ts';
import { traceResolvers, tracingExports } from './tracing.ts';

export interface SubgraphServerOptions {
  name: string;
  typeDefs: DocumentNode;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed per subgraph by codegen
  resolvers: GraphQLResolverMap<any>;
  keys: HubKeys;
  log: Logger;
  /** Builds the per-operation context beside `viewer` and `client`. */
  context: (viewer: Viewer | null) => Record<string, unknown>;
  /** Named checks for /health (database, broker...). */
  health: Record<string, HealthCheck>;
  emitter?: object;
  queryDepth?: number;
  /** Served at /metrics (loopback, or METRICS_TOKEN). */
  metrics: Registry;
}

/**
 * Hides what callers must not see: errors the hub raised on purpose keep their
 * message and code; anything else (a bug, a database failure) is logged and
 * answered as INTERNAL_SERVER_ERROR without internals.
 */
export function maskError(error: GraphQLError, log: Logger): GraphQLError {
  const original = error.originalError;
  const code = (original as GraphQLError | undefined)?.extensions?.code ?? error.extensions?.code;
  if (code) return error;
  if (!original || isGraphQLError(original)) {
    // Raised by graphql-js while validating the request: bad variables are the caller's input.
    const requestCode = error.message.startsWith('Variable "')
      ? ErrorCode.BAD_USER_INPUT
      : 'GRAPHQL_VALIDATION_FAILED';
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { ...error.extensions, code: requestCode },
    });
  }
  log.error({ err: original, path: error.path }, 'resolver failed');
  return new GraphQLError('Internal server error', {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  });
}

/** By shape, not only instanceof: a CommonJS and an ESM copy of graphql-js may both be loaded. */
function isGraphQLError(error: Error): boolean {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/** mercurius reports request validation as one error holding the list of graphql-js errors. */
function flattenErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? (inner as GraphQLError[]) : [error];
  });
}

/** Fastify + mercurius serving a federation subgraph schema, behind the gateway's context token. */
export async function createSubgraphServer(options: SubgraphServerOptions): Promise<FastifyInstance> {
  const { log, keys } = options;
  const app = await createHttpServer(options.name, log);
  // Only the gateway may call: it signs who is asking into CONTEXT_HEADER.
  requireGatewayContext(app, keys);

  registerHealthRoutes(app, async () => {
    const checks = await runHealthChecks(options.health, log);
    const ok = Object.values(checks).every((state) => state === 'ok');
    return { status: ok ? 'ok' : 'down', service: options.name, checks };
  });

  registerMetricsRoute(app, options.metrics);

  // Input no service can store (NUL, lone surrogates, numbers beyond a double) is the caller's
  // mistake, on every route: the gateway refuses it first; this covers whatever else reaches us.
  app.addHook('preHandler', async (request, reply) => {
    const body = request.body;
    const plainBody = body && typeof body === 'object' && !Buffer.isBuffer(body) ? body : undefined;
    const unsafe =
      unsafeValue(request.query) ??
      unsafeValue(request.params) ??
      (request.url.startsWith(WEBSOCKET_PATH) ? null : unsafeValue(plainBody ?? {}));
    if (unsafe)
      return reply
        .code(400)
        .send({ data: null, errors: [{ message: unsafe, extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  await app.register(mercurius, {
    schema: buildSubgraphSchema([
      {
        typeDefs: options.typeDefs,
        resolvers: tracingExports() ? traceResolvers(options.name, options.resolvers) : options.resolvers,
      },
    ]),
    path: WEBSOCKET_PATH,
    graphiql: false,
    queryDepth: options.queryDepth ?? 15,
    context: (request) => ({
      viewer: request.viewer,
      client: request.client,
      gatewayService: request.gatewayService,
      ...options.context(request.viewer),
    }),
    errorFormatter: (execution) => {
      // 200 with errors: the gateway then keeps each error's code and path.
      const errors = flattenErrors(execution.errors).map((e) => maskError(e, log).toJSON());
      return { statusCode: 200, response: { data: execution.data ?? null, errors } };
    },
    subscription: {
      ...(options.emitter ? { emitter: options.emitter } : {}),
      onConnect: async ({ payload }) => {
        const token = (payload?.[CONTEXT_HEADER] ?? payload?.headers?.[CONTEXT_HEADER]) as string | undefined;
        try {
          const { viewer, client } = await readContextToken(keys, token);
          const resumeAfter = resumeAfterOf(payload);
          return {
            viewer,
            client,
            ...options.context(viewer),
            // live.ts: where a reconnecting gateway resumes, and each result's event id.
            ...(resumeAfter === undefined ? {} : { resumeAfter }),
            liveEventIds: new Map<string | number, number>(),
          };
        } catch {
          return false;
        }
      },
    },
  });
  // A subscription result that came from the outbox tells the gateway its event id (live.ts).
  app.graphql.addHook('onSubscriptionResolution', async (execution, context, id) => {
    const eventId = (context as { liveEventIds?: Map<string | number, number> }).liveEventIds?.get(id);
    if (eventId !== undefined)
      execution.extensions = { ...execution.extensions, [EVENT_ID_EXTENSION]: eventId };
  });
  app.graphql.addHook('preExecution', async (_schema, document, _context, variables) => {
    const unsafe = unsafeOperationInput(document, variables);
    if (unsafe) throw badInput(unsafe);
  });
  return app;
}
