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
import { createClient as createSseClient } from 'graphql-sse';
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

export type Transport = 'websocket' | 'sse';

export interface Live {
  /** Called on every (re)connection after the first: fetch the snapshot again. */
  onReconnected(listener: () => void): void;
  onConnectionChange(listener: (connected: boolean) => void): void;
  /** The transport in use: WebSocket first, Server-Sent Events where WebSocket cannot pass. */
  transport(): Transport;
  /** Called when the subscriptions moved to another transport. */
  onTransportChange(listener: (transport: Transport) => void): void;
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    next: (data: R) => void,
    failed: (code: string | undefined) => void,
  ): () => void;
}

interface Sink {
  next: (result: {
    data?: unknown;
    errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
  }) => void;
  error: () => void;
  complete: () => void;
}

/** One way to the hub: opens a subscription on it, returns how to end it. */
interface Channel {
  open(request: { query: string; variables: Record<string, unknown> }, sink: Sink): () => void;
  close(): void;
}

/** Failed WebSocket attempts (never connected) before the hub's HTTP side is asked whether it is there. */
const WS_FAILURES_BEFORE_PROBE = 2;
const backoff = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000)));

/**
 * Live updates over graphql-ws; where WebSocket cannot pass (a proxy or firewall on the
 * square's network drops the upgrade) while the hub answers over HTTP, the same
 * subscriptions move to graphql-sse (one event stream per subscription, as the gateway
 * offers them). A hub that is down makes both fail: then the screen keeps trying
 * WebSocket. Once on SSE, the screen stays there until it is reloaded.
 */
export function connectLive(): Live {
  const reconnected: Array<() => void> = [];
  const changes: Array<(connected: boolean) => void> = [];
  const moved: Array<(transport: Transport) => void> = [];
  let connectedBefore = false;
  let isConnected = false;
  let lastReconnect = 0;
  const setConnected = (connected: boolean) => {
    if (connected === isConnected) return;
    isConnected = connected;
    for (const listener of changes) listener(connected);
  };
  const markConnected = (reconnecting = connectedBefore) => {
    setConnected(true);
    // On SSE each stream reconnects by itself: the snapshot is fetched once for them all.
    if (reconnecting && Date.now() - lastReconnect > 1000) {
      lastReconnect = Date.now();
      for (const listener of reconnected) listener();
    }
    connectedBefore = true;
  };

  let transport: Transport = 'websocket';
  let everConnectedWs = false;
  let wsFailures = 0;
  let probing = false;

  const websocket = (): Channel => {
    const ws = createWsClient({
      url: WS_URL,
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      // 0.5 s, 1 s, 2 s, ... at most 10 s between attempts
      retryWait: backoff,
      on: {
        connected: () => {
          everConnectedWs = true;
          wsFailures = 0;
          markConnected(connectedBefore);
        },
        closed: () => {
          setConnected(false);
          if (everConnectedWs || transport !== 'websocket') return;
          wsFailures += 1;
          if (wsFailures >= WS_FAILURES_BEFORE_PROBE) void probeAndFallBack();
        },
      },
    });
    return {
      open: (request, sink) => ws.subscribe(request, sink as never),
      close: () => void ws.dispose(),
    };
  };

  const sse = (): Channel => {
    const client = createSseClient({
      url: HTTP_URL,
      singleConnection: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      retry: backoff,
    });
    return {
      open: (request, sink) =>
        client.subscribe(request, sink as never, {
          connecting: (reconnecting) => {
            if (reconnecting) setConnected(false);
          },
          connected: (reconnected) => markConnected(reconnected),
        }),
      close: () => client.dispose(),
    };
  };

  // The subscriptions asked for, so they can move to another channel.
  interface Wanted {
    request: { query: string; variables: Record<string, unknown> };
    sink: Sink;
    stop: () => void;
  }
  const wanted = new Set<Wanted>();
  // A browser without WebSocket at all goes to SSE at once.
  if (typeof WebSocket === 'undefined') transport = 'sse';
  let channel = transport === 'sse' ? sse() : websocket();

  /** Opens `w` on the channel in use; callbacks of a channel left behind are ignored. */
  function attach(w: Wanted) {
    const on = channel;
    const current = () => on === channel;
    w.stop = on.open(w.request, {
      next: (result) => current() && w.sink.next(result),
      error: () => current() && w.sink.error(),
      complete: () => current() && w.sink.complete(),
    });
  }

  async function probeAndFallBack() {
    if (probing) return;
    probing = true;
    try {
      // Any answer over HTTP (even "not all subgraphs ready") means the hub is there.
      await fetch(new URL('/health', HTTP_URL), { cache: 'no-store' });
    } catch {
      probing = false;
      return; // the hub is away: WebSocket keeps trying
    }
    if (everConnectedWs || transport !== 'websocket') return;
    transport = 'sse';
    const old = channel;
    channel = sse();
    for (const w of wanted) {
      w.stop();
      attach(w);
    }
    old.close();
    for (const listener of moved) listener(transport);
  }

  return {
    onReconnected: (listener) => reconnected.push(listener),
    onConnectionChange: (listener) => changes.push(listener),
    transport: () => transport,
    onTransportChange: (listener) => moved.push(listener),
    subscribe<R, V extends Record<string, unknown>>(
      document: TypedDocumentNode<R, V>,
      variables: V,
      next: (data: R) => void,
      failed: (code: string | undefined) => void,
    ) {
      let ended = false;
      const end = (code: string | undefined) => {
        if (ended) return;
        ended = true;
        wanted.delete(entry);
        failed(code);
      };
      // The gateway's WebSocket and SSE transports take the document's text (a registered document).
      const entry: Wanted = {
        request: { query: print(document), variables },
        sink: {
          next: (result) => {
            if (result.data) next(result.data as R);
            else end(result.errors?.[0]?.extensions?.code as string | undefined);
          },
          error: () => end(undefined),
          complete: () => end(undefined),
        },
        stop: () => {},
      };
      attach(entry);
      wanted.add(entry);
      return () => {
        ended = true;
        wanted.delete(entry);
        entry.stop();
      };
    },
  };
}
