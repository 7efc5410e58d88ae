import { type DestinationStream, type Logger, pino } from 'pino';
import { env } from './config.ts';
import { activeTraceIds } from './tracing.ts';

export type { Logger };

/** One JSON logger per service; LOG_LEVEL sets the level (tests default to silent). Lines carry trace ids. */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const level = env('LOG_LEVEL') ?? (process.env.VITEST && !destination ? 'silent' : 'info');
  const options = {
    level,
    base: { service },
    mixin: activeTraceIds,
    redact: ['req.headers.authorization', 'req.headers["x-hub-context"]'],
  };
  return destination ? pino(options, destination) : pino(options);
}
