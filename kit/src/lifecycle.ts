import closeWithGrace from 'close-with-grace';
import type { Logger } from './logger.ts';

/**
 * Closes the service on SIGINT/SIGTERM (or an uncaught error): stop taking
 * requests, let running ones finish, then close databases. A second signal,
 * or 10 s, ends the process anyway.
 */
export function closeOnSignals(close: () => Promise<void>, log: Logger, delay = 10_000): void {
  closeWithGrace({ delay }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'shutting down after an error');
    else log.info({ signal }, 'shutting down');
    await close();
  });
}
