import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from './logger.ts';

/** Fastify as every hub service uses it: our pino logger, a 1 MiB body limit, no logs for health probes. */
export function createHttpServer(log: Logger, options: { bodyLimit?: number } = {}): FastifyInstance {
  return Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    logController: new LogController({
      disableRequestLogging: (request) => request.url.startsWith('/health'),
    }),
  });
}
