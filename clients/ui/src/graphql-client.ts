/**
 * urql for the hub's browser clients: queries and mutations over HTTP by trusted-document id
 * (the hash codegen gave each document; the gateway holds the text), and
 * subscriptions over graphql-ws on the same origin. A new client is made per
 * session, so the WebSocket signs in with the current token.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, type CombinedError, fetchExchange, subscriptionExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient } from 'graphql-ws';
import { createMemo, createRoot } from 'solid-js';
import type { Session } from './session.ts';

const HTTP_URL = new URL('/graphql', window.location.href).toString();
const WS_URL = HTTP_URL.replace(/^http/, 'ws');

/** The document id codegen wrote into the typed document (`sha256:<hex>`), without its prefix. */
export function documentId(document: TypedDocumentNode<unknown, never>): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
}

function makeClient(token: string | undefined): { client: Client; dispose: () => void } {
  const authorization = token ? `Bearer ${token}` : undefined;
  // urql's default Accept names text/event-stream too, and the gateway hands such requests
  // to its GraphQL-over-SSE transport: ask for a plain JSON answer.
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    ...(authorization ? { authorization } : {}),
  };
  const ws = createWsClient({
    url: WS_URL,
    lazy: true,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 20,
  });
  const client = new Client({
    url: HTTP_URL,
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => ({ headers }),
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_text, document) => documentId(document as never),
      }),
      // The gateway's WebSocket transport takes document text, not ids: subscriptions send the text.
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
      fetchExchange,
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}

/** The client of the current session (reactive: a new one on sign-in and sign-out). */
export function createHubClient(session: () => Session | null): () => Client {
  return createRoot(() => {
    const current = createMemo<{ client: Client; dispose: () => void } | undefined>((previous) => {
      previous?.dispose();
      return makeClient(session()?.token);
    });
    return () => (current() as { client: Client }).client;
  });
}

/** The hub's error code (extensions.code) of a failed operation, e.g. SLOT_TAKEN. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : error?.networkError ? 'NETWORK' : undefined;
}
