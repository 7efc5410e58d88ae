import { type DestinationStream, type Logger, pino } from 'pino';
import { env } from './config.ts';
import { activeTraceIds } from './tracing.ts';

export type { Logger };

/** How often buffered log lines are written out at the latest (ms). */
const FLUSH_MS = 100;

let standardOutput: DestinationStream | undefined;

/**
 * Standard output, shared by every logger of the process and buffered: lines are written 4 KB at
 * a time, and at least every FLUSH_MS, instead of one write per line (at info a request logs two
 * lines, and their writes were a fifth of a subgraph's CPU per write request, bench/RESULTS.md,
 * issue 19). pino writes what is left at exit, also after an uncaught exception; a process killed
 * with SIGKILL loses at most the last FLUSH_MS of lines.
 */
function bufferedStandardOutput(): DestinationStream {
  if (!standardOutput) {
    const stream = pino.destination({ dest: 1, minLength: 4096, sync: false });
    setInterval(() => stream.flush(), FLUSH_MS).unref();
    standardOutput = stream;
  }
  return standardOutput;
}

/** One JSON logger per service; LOG_LEVEL sets the level (tests default to silent). Lines carry trace ids. */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const level = env('LOG_LEVEL') ?? (process.env.VITEST && !destination ? 'silent' : 'info');
  const options = {
    level,
    base: { service },
    mixin: activeTraceIds,
    redact: ['req.headers.authorization', 'req.headers["x-hub-context"]'],
  };
  if (destination) return pino(options, destination);
  return level === 'silent' ? pino(options) : pino(options, bufferedStandardOutput());
}
