/**
 * One time limit for a whole operation (REQUEST_TIMEOUT_MS, default 15 s), over
 * all its subgraph fetches: a query plan of sequential fetches cannot add up
 * their timeouts. Once the time is up, fetches still running or not yet sent
 * answer REQUEST_TIMEOUT at their paths; what arrived in time is returned.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { FetchStep } from './fetch-steps.ts';
import { failingPath } from './subgraph-errors.ts';

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

// Keyed by the request's `metrics` object: Apollo Server hands the gateway a
// copy of the request context, and that object is the one thing both share.
const deadlines = new WeakMap<object, number>();

export function deadlinePlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart({ metrics }) {
      deadlines.set(metrics, Date.now() + timeoutMs);
    },
  };
}

/** The deadline of the operation a subgraph fetch belongs to (none for health checks). */
export function deadlineOf(options: { incomingRequestContext?: { metrics?: object } }): number | undefined {
  const metrics = options.incomingRequestContext?.metrics;
  return metrics ? deadlines.get(metrics) : undefined;
}

export class DeadlineExceeded extends GraphQLError {}

export const deadlineExceeded = (path: ReadonlyArray<string | number> | undefined) =>
  new DeadlineExceeded('The request ran out of time; ask for less, or try again.', {
    ...(path ? { path } : {}),
    extensions: { code: 'REQUEST_TIMEOUT' },
  });

/** `work`, or DeadlineExceeded when the deadline comes first (the work is left to its own timeout). */
export async function beforeDeadline<T>(
  work: Promise<T>,
  deadline: number | undefined,
  exceeded: () => DeadlineExceeded,
): Promise<T> {
  if (deadline === undefined) return work;
  const remaining = deadline - Date.now();
  if (remaining <= 0) {
    // The work has started already (the caller made the promise): it is left to its own timeout,
    // and its failure, unobserved otherwise, must not become an unhandled rejection (seen in CI
    // when the gateway closed its pool under a fetch whose deadline had passed).
    work.catch(() => undefined);
    throw exceeded();
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(exceeded()), remaining);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The operation's deadline over each fetch: REQUEST_TIMEOUT at the fetch's path once it has passed. */
export const timeLimitStep: FetchStep = (options, next) =>
  beforeDeadline(next(options), deadlineOf(options as never), () => deadlineExceeded(failingPath(options)));
