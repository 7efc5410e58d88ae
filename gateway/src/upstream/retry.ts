import type { FetchStep } from './fetch-steps.ts';

/** Whether a subgraph fetch may be sent twice: queries (entity fetches included), never mutations. */
export function isRetryable(query: string | undefined): boolean {
  return !/^\s*mutation\b/.test(query ?? '');
}

/** A connection that failed before any answer: refused, reset, or closed (a restarting subgraph). */
function connectionFailed(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; cause?: { code?: string } } }).cause;
  const code = cause?.code ?? cause?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

/** One attempt, and for a query up to `retries` more when its connection failed outright. */
export function retryStep(retries: number, delayMs: number): FetchStep {
  return async (options, next) => {
    const attempts = isRetryable(options.request.query) ? 1 + retries : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(options);
      } catch (error) {
        if (attempt >= attempts || !connectionFailed(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };
}
