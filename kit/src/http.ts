import helmet from '@fastify/helmet';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import type { Logger } from './logger.ts';
import { requestTracing } from './request-tracing.ts';

/** Fastify's own refusals (before GraphQL runs), as stable codes. */
const REQUEST_ERROR_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

/** Time a client has to send its whole request (headers and body). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** An error our own hooks throw before GraphQL runs: its status, a stable code, extra extensions. */
export class HttpRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly hubCode: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}

/**
 * Every error answer has the GraphQL shape `{ errors: [{ message, extensions: { code } }] }`:
 * clients handle one shape. Client errors keep their status; anything else is a
 * 500 without internals (logged here).
 */
function sendError(
  error: FastifyError,
  request: { log: FastifyBaseLogger },
  reply: { code(n: number): { send(body: unknown): unknown } },
) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error({ err: error }, 'request failed');
  if (error instanceof HttpRefusal && status !== 500)
    return reply.code(status).send({
      errors: [{ message: error.message, extensions: { ...error.extensions, code: error.hubCode } }],
    });
  const code = REQUEST_ERROR_CODES[error.code] ?? (status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  const message = status === 500 ? 'Internal server error' : error.message;
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}

/** The largest request body a hub service takes unless told otherwise (1 MiB). */
export const DEFAULT_BODY_LIMIT_BYTES = 1_048_576;

/**
 * Fastify as every hub service uses it: our pino logger, a 1 MiB body limit, no
 * logs for health probes, security headers, errors in the GraphQL shape, and a
 * trace span per request (registered before any route, so every handler runs
 * inside its request's trace).
 */
export async function createHttpServer(
  service: string,
  log: Logger,
  options: { bodyLimit?: number; trustProxy?: string; requestTimeoutMs?: number } = {},
): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    // Proxies whose X-Forwarded-For names the client (addresses or CIDR ranges); none by default.
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES,
    // A client must have sent its whole request within 30 s (slow-body attacks hold a socket otherwise).
    requestTimeout,
    // Node checks that limit only every connectionsCheckingInterval (30 s by default), and
    // enforces it on a body only when headersTimeout (60 s by default) is no longer: a slow
    // body was cut after 60 s. The headers belong to the request: the same limit, checked every second.
    http: {
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
      headersTimeout: requestTimeout,
      requestTimeout,
    },
    logController: new LogController({
      disableRequestLogging: (request) => request.url.startsWith('/health'),
    }),
  });
  await app.register(requestTracing(service));
  // JSON answers only: a content security policy would only get in the way of the dev landing page.
  await app.register(helmet, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  app.setErrorHandler(sendError);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      errors: [
        {
          message: `Nothing here: ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 100)}`,
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    }),
  );
  return app;
}
