/** Real WebSocket (graphql-ws) and SSE (graphql-sse) clients of the gateway, for tests. */
import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { type Client, createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Results received so far (data or errors). */
  results: ExecutionResult<T>[];
  /** Resolves when the server completed the subscription (or it failed). */
  done: Promise<{ error?: unknown }>;
  /** Waits until `count` results have arrived (or `timeoutMs` passes, which fails). */
  waitFor(count: number, timeoutMs?: number): Promise<ExecutionResult<T>[]>;
  unsubscribe(): void;
}

type Sink = Parameters<Client['subscribe']>[1];
type Subscribe = (request: { query: string; variables?: Record<string, unknown> }, sink: Sink) => () => void;

function live<T>(
  subscribe: Subscribe,
  query: string,
  variables?: Record<string, unknown>,
): LiveSubscription<T> {
  const results: ExecutionResult<T>[] = [];
  const waiters: Array<() => void> = [];
  let finish: (outcome: { error?: unknown }) => void = () => {};
  const done = new Promise<{ error?: unknown }>((resolve) => {
    finish = resolve;
  });
  const unsubscribe = subscribe(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (value) => {
        results.push(value as ExecutionResult<T>);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => finish({ error }),
      complete: () => finish({}),
    },
  );
  return {
    results,
    done,
    unsubscribe,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`expected ${count} results within ${timeoutMs} ms, got ${JSON.stringify(results)}`);
        await Promise.race([
          new Promise<void>((r) => waiters.push(r)),
          new Promise((r) => setTimeout(r, left)),
          done,
        ]);
        if (results.length < count && (await Promise.race([done.then(() => true), Promise.resolve(false)]))) {
          throw new Error(`the subscription ended after ${JSON.stringify(results)}`);
        }
      }
      return results;
    },
  };
}

/** A graphql-ws client of the gateway; the token goes in connection_init. */
export function wsClient(
  gatewayUrl: string,
  token?: string,
  options: { connectionParams?: Record<string, unknown> } = {},
) {
  const client = createWsClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: options.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    retryAttempts: 0,
  });
  return {
    client,
    subscribe: <T>(query: string, variables?: Record<string, unknown>) =>
      live<T>((request, sink) => client.subscribe(request, sink), query, variables),
    dispose: () => client.dispose(),
  };
}

/** A graphql-sse client of the gateway (distinct connections mode); the token goes in the Authorization header. */
export function sseClient(gatewayUrl: string, token?: string) {
  const client = createSseClient({
    url: gatewayUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  return {
    client,
    subscribe: <T>(query: string, variables?: Record<string, unknown>) =>
      live<T>((request, sink) => client.subscribe(request, sink as never), query, variables),
    dispose: () => client.dispose(),
  };
}

/** Polls until `check` is true (or fails after `timeoutMs`). */
export async function eventually(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
