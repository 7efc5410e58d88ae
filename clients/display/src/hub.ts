/**
 * The display's connection to the hub: queries and the heartbeat over HTTP by
 * trusted-document id (urql, as the portal), screen events over graphql-ws on
 * the same origin, reconnecting by itself for ever (a screen on a square has
 * nobody to press reload). The screen is anonymous to the gateway: its display
 * credential goes with each read, subscription and heartbeat.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { print } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';

const HTTP_URL = new URL('/graphql', window.location.href).toString();
const WS_URL = HTTP_URL.replace(/^http/, 'ws');

const documentId = (document: TypedDocumentNode<unknown, never>): string | undefined =>
  (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');

export const client = new Client({
  url: HTTP_URL,
  requestPolicy: 'network-only',
  preferGetMethod: false,
  fetchOptions: () => ({ headers: { accept: 'application/graphql-response+json, application/json' } }),
  exchanges: [
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: false,
      generateHash: async (_text, document) => documentId(document as never),
    }),
    fetchExchange,
  ],
});

export interface Live {
  /** Called on every (re)connection after the first: fetch the snapshot again. */
  onReconnected(listener: () => void): void;
  onConnectionChange(listener: (connected: boolean) => void): void;
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    next: (data: R) => void,
    failed: (code: string | undefined) => void,
  ): () => void;
}

export function connectLive(): Live {
  const reconnected: Array<() => void> = [];
  const changes: Array<(connected: boolean) => void> = [];
  let connectedBefore = false;
  const ws = createWsClient({
    url: WS_URL,
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    // 0.5 s, 1 s, 2 s, ... at most 10 s between attempts
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000))),
    on: {
      connected: () => {
        for (const listener of changes) listener(true);
        if (connectedBefore) for (const listener of reconnected) listener();
        connectedBefore = true;
      },
      closed: () => {
        for (const listener of changes) listener(false);
      },
    },
  });
  return {
    onReconnected: (listener) => reconnected.push(listener),
    onConnectionChange: (listener) => changes.push(listener),
    subscribe<R, V extends Record<string, unknown>>(
      document: TypedDocumentNode<R, V>,
      variables: V,
      next: (data: R) => void,
      failed: (code: string | undefined) => void,
    ) {
      // The gateway's WebSocket transport takes the document's text (a registered document).
      return ws.subscribe<R>(
        { query: print(document), variables },
        {
          next: (result) => {
            if (result.data) next(result.data as R);
            else failed(result.errors?.[0]?.extensions?.code as string | undefined);
          },
          error: () => failed(undefined),
          complete: () => failed(undefined),
        },
      );
    },
  };
}
