import { type Logger, pino } from 'pino';
import { env } from './config.ts';

export type { Logger };

/** One JSON logger per service; LOG_LEVEL sets the level (tests default to silent). */
export function createLogger(service: string): Logger {
  const level = env('LOG_LEVEL') ?? (process.env.VITEST ? 'silent' : 'info');
  return pino({
    level,
    base: { service },
    redact: ['req.headers.authorization', 'req.headers["x-hub-context"]'],
  });
}
