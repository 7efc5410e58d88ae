import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from './logger.ts';
import { fastifyTracing } from './tracing.ts';

/**
 * Fastify as every hub service uses it: our pino logger, a 1 MiB body limit, no
 * logs for health probes, and a trace span per request (registered before any
 * route, so every handler runs inside its request's trace).
 */
export async function createHttpServer(
  service: string,
  log: Logger,
  options: { bodyLimit?: number } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    logController: new LogController({
      disableRequestLogging: (request) => request.url.startsWith('/health'),
    }),
  });
  await app.register(fastifyTracing(service));
  return app;
}
