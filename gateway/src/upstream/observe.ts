import type { FetchStep } from './fetch-steps.ts';
import { CircuitOpen } from './subgraph-errors.ts';

export type ObserveFetch = (outcome: 'success' | 'error', seconds: number) => void;

/** Each fetch's outcome and duration (metrics); a fetch the open circuit refused took no time. */
export function observeStep(observe: ObserveFetch): FetchStep {
  return async (options, next) => {
    const started = performance.now();
    try {
      const response = await next(options);
      observe(response.errors?.length ? 'error' : 'success', (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      observe('error', error instanceof CircuitOpen ? 0 : (performance.now() - started) / 1000);
      throw error;
    }
  };
}
