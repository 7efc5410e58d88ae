import { EVENT_ID_EXTENSION, RESUME_AFTER_PARAM } from '@kaarst/kit/common';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface UpstreamHandlers {
  next(event: ExecutionResult): void;
  /** The subgraph refused or failed the subscription, or stayed unreachable. */
  error(errors: readonly GraphQLFormattedError[]): void;
  complete(): void;
}

export interface UpstreamOptions {
  /** The subgraph's GraphQL URL (http or ws). */
  url: string;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
  /** Sent in connection_init on every (re)connect, so a fresh context token each time. */
  connectionParams: () => Promise<Record<string, unknown>>;
  /** Reconnect attempts after the subgraph went away (it is resubscribed on reconnect). */
  retryAttempts?: number;
}

const wsUrl = (url: string) => url.replace(/^http/, 'ws');

/**
 * One subscription to the subgraph that owns the root field, over graphql-ws.
 * Returns the function that ends it; ending closes the socket as well.
 */
export function openUpstream(options: UpstreamOptions, handlers: UpstreamHandlers): () => Promise<void> {
  // The last outbox event id the subgraph sent: a reconnect resumes after it (kit/src/live.ts).
  let lastEventId: number | undefined;
  const client: Client = createClient({
    url: wsUrl(options.url),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({
      ...(await options.connectionParams()),
      ...(lastEventId === undefined ? {} : { [RESUME_AFTER_PARAM]: lastEventId }),
    }),
    lazy: true,
    retryAttempts: options.retryAttempts ?? 8,
    // Retry whatever ended the connection (a restarting subgraph refuses connections for a while).
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** retries))),
  });
  const unsubscribe = client.subscribe<Record<string, unknown>>(
    {
      query: options.query,
      variables: options.variables,
      ...(options.operationName ? { operationName: options.operationName } : {}),
    },
    {
      next: (event) => {
        const { [EVENT_ID_EXTENSION]: eventId, ...extensions } = (event.extensions ?? {}) as Record<
          string,
          unknown
        >;
        if (typeof eventId !== 'number') return handlers.next(event as ExecutionResult);
        lastEventId = Math.max(lastEventId ?? 0, eventId);
        // The id is between gateway and subgraph: clients get the result without it.
        const { extensions: _, ...result } = event;
        handlers.next(
          (Object.keys(extensions).length > 0 ? { ...result, extensions } : result) as ExecutionResult,
        );
      },
      error: (error) => handlers.error(toGraphQLErrors(error)),
      complete: () => handlers.complete(),
    },
  );
  return async () => {
    unsubscribe();
    // dispose() rejects when a reconnect was pending ("All Subscriptions Gone"): nothing left to close then.
    await Promise.resolve(client.dispose()).catch(() => {});
  };
}

/** graphql-ws reports GraphQL errors as an array, socket trouble as a CloseEvent or Error. */
function toGraphQLErrors(error: unknown): GraphQLFormattedError[] {
  if (Array.isArray(error)) return error as GraphQLFormattedError[];
  return [
    {
      message: 'The subgraph behind this subscription is unavailable.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    },
  ];
}
