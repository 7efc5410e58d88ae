import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import { CONTEXT_HEADER, type Logger, signContextToken } from '@kaarst/kit/common';
import { type DocumentNode, type ExecutionResult, GraphQLError, print } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { loadedGateway } from '../upstream/apollo-internals.ts';
import { ClientIterator } from './client.ts';
import { EventBatch, type EventSink, SharedEvent } from './frames.ts';
import { executeSubscriptionEvent, planSubscription, primaryVariables } from './plan.ts';
import { openUpstream } from './upstream.ts';

export interface SubscriptionRequest {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  context: GatewayContext;
}

interface Listener {
  push(batch: EventBatch): void;
  /** Ends the subscription, after a last result (an upstream error) if given. */
  end(result?: ExecutionResult): void;
}

/** A client subscription from the hub: an async iterator of results, or a sink of prepared frames. */
export interface HubSubscription extends AsyncIterableIterator<ExecutionResult> {
  /**
   * From now on, events go to `sink` (one prepared frame per event, shared by
   * every subscriber) instead of through the iterator, which then only carries
   * what ends the subscription (an upstream error, an expired session).
   */
  deliverTo(sink: EventSink): void;
}

export const isHubSubscription = (value: unknown): value is HubSubscription =>
  value instanceof ClientIterator;

interface SharedUpstream {
  listeners: Set<Listener>;
  /** Hands the events still waiting for their batch to the listeners now. */
  flush(): void;
  close(): Promise<void>;
}

/** Events a slow client may have pending before its oldest ones are dropped. */
const SUBSCRIBER_BUFFER = 256;

/**
 * At most this many events, and this many bytes of results, go to a socket in one write; more
 * ready at once (a replay after a restart) go in several, each under the slow-consumer cap.
 */
const BATCH_MAX_EVENTS = 32;
const BATCH_MAX_BYTES = 32 * 1024;

const errorResult = (message: string, code: string): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { code } })],
});

/** Identical subscriptions share one upstream: same document, variables and authorization. */
function sharingKey(request: SubscriptionRequest): string {
  const viewer = request.context.viewer;
  return createHash('sha256')
    .update(print(request.document))
    .update('\0')
    .update(request.operationName ?? '')
    .update('\0')
    .update(JSON.stringify(request.variables ?? {}))
    .update('\0')
    .update(viewer ? `${viewer.id}|${viewer.roles.join(',')}|${viewer.department ?? ''}` : 'anonymous')
    .digest('hex');
}

/**
 * Federated subscriptions: each distinct subscription opens one upstream
 * subscription to the subgraph that owns the root field; every event runs
 * through the rest of the query plan once and fans out to all its clients.
 * The upstream ends when its last client leaves.
 */
export class SubscriptionHub {
  private readonly shared = new Map<string, SharedUpstream>();
  private closed = false;

  constructor(
    private readonly gateway: ApolloGateway,
    /** Where each subgraph is reached (the gateway's configured URLs). */
    private readonly subgraphUrl: (name: string) => string | undefined,
    private readonly log: Logger,
    /** Reconnect attempts when a subgraph goes away before clients get SUBGRAPH_UNAVAILABLE. */
    private readonly retryAttempts = 8,
  ) {}

  /** Open upstream subscriptions (for tests and metrics). */
  get upstreamCount(): number {
    return this.shared.size;
  }

  /** Client subscriptions currently served. */
  get clientCount(): number {
    let count = 0;
    for (const entry of this.shared.values()) count += entry.listeners.size;
    return count;
  }

  /** Called with the number of clients each event was handed to (metrics). */
  onDelivered: (count: number) => void = () => {};

  subscribe(request: SubscriptionRequest): HubSubscription {
    let entry: SharedUpstream | undefined;
    let key = '';
    let expiry: NodeJS.Timeout | undefined;
    const listener: Listener = {
      push: (batch) => {
        if (client.sink) client.sink.sendBatch(batch);
        else for (const event of batch.events) client.push(event.result);
      },
      end: (result) => {
        if (result) client.push(result);
        client.end();
      },
    };
    const join = () => {
      if (this.closed) {
        client.end();
        return;
      }
      key = sharingKey(request);
      try {
        entry = this.shared.get(key) ?? this.open(key, request);
      } catch (err) {
        this.log.error({ err }, 'subscription could not be opened');
        listener.end(errorResult('This subscription could not be started.', 'INTERNAL_SERVER_ERROR'));
        return;
      }
      entry.listeners.add(listener);
      // A session that expires ends its subscriptions with an error.
      const expiresAt = request.context.sessionExpiresAt;
      if (expiresAt)
        expiry = setTimeout(
          () => listener.end(errorResult('The session has expired. Sign in again.', 'UNAUTHENTICATED')),
          Math.max(0, expiresAt.getTime() - Date.now()),
        );
    };
    const leave = () => {
      clearTimeout(expiry);
      if (!entry) return;
      const left = entry;
      entry = undefined;
      left.listeners.delete(listener);
      if (left.listeners.size === 0 && this.shared.get(key) === left) {
        this.shared.delete(key);
        left.close().catch((err) => this.log.error({ err }, 'upstream subscription did not close'));
      }
    };
    // A client that falls behind loses its oldest events, never anyone else's.
    const client = new ClientIterator(SUBSCRIBER_BUFFER, join, leave);
    return client;
  }

  private open(key: string, request: SubscriptionRequest): SharedUpstream {
    const loaded = loadedGateway(this.gateway);
    const plan = planSubscription(loaded, request.document, request.operationName);
    const url = this.subgraphUrl(plan.primary.serviceName) ?? loaded.services[plan.primary.serviceName]?.url;
    if (!url) throw new Error(`No URL for subgraph "${plan.primary.serviceName}"`);
    const listeners = new Set<Listener>();
    // Events are executed one after another, so clients see them in order.
    let queue: Promise<void> = Promise.resolve();
    // The chain never rejects: a failed task is logged and the next one still runs.
    const enqueue = (task: () => Promise<void>) => {
      queue = queue.then(task).catch((err) => this.log.error({ err }, 'subscription task failed'));
    };
    // Events ready in the same turn of the event loop go to each socket in one write: when a
    // fan-out takes longer than the time between events, the next ones are ready together, and
    // one write per socket for all of them costs about what one write for one event costs (the
    // system call is most of a delivery). Nothing waits for a batch to fill: the flush comes
    // right after the turn in which the first of them was ready.
    let pending: SharedEvent[] = [];
    let flushing: NodeJS.Immediate | undefined;
    const flush = () => {
      if (flushing) clearImmediate(flushing);
      flushing = undefined;
      while (pending.length > 0) {
        let count = 0;
        let bytes = 0;
        while (count < pending.length && count < BATCH_MAX_EVENTS && (count === 0 || bytes < BATCH_MAX_BYTES))
          bytes += (pending[count++] as SharedEvent).payload().length;
        deliver(new EventBatch(pending.slice(0, count)));
        pending = pending.slice(count);
      }
    };
    // One client's trouble must not stop the others: each push is on its own. Each event is
    // serialised once, for every subscriber.
    const deliver = (batch: EventBatch) => {
      for (let i = 0; i < batch.events.length; i++) this.onDelivered(listeners.size);
      for (const listener of [...listeners]) {
        try {
          listener.push(batch);
        } catch (err) {
          this.log.warn({ err }, 'dropped an event for one subscriber');
        }
      }
    };
    const broadcast = (result: ExecutionResult) => {
      pending.push(new SharedEvent(result));
      flushing ??= setImmediate(flush);
    };
    // The upstream ended (completed, refused or unreachable): tell every client, then let it go.
    const finish = (result?: ExecutionResult) => {
      enqueue(async () => {
        if (this.shared.get(key) === entry) this.shared.delete(key);
        flush(); // the events before the end, then the end
        for (const listener of [...listeners]) listener.end(result);
        await entry.close();
      });
    };
    const close = openUpstream(
      {
        url,
        query: plan.primary.operation,
        variables: primaryVariables(plan, request.variables),
        operationName: plan.primary.operationName,
        connectionParams: async () => ({
          [CONTEXT_HEADER]: await signContextToken(request.context.keys, request.context.viewer),
        }),
        retryAttempts: this.retryAttempts,
      },
      {
        next: (event) => {
          enqueue(async () => {
            try {
              broadcast(
                await executeSubscriptionEvent({
                  loaded: loadedGateway(this.gateway),
                  plan,
                  event,
                  ...request,
                }),
              );
            } catch (err) {
              this.log.error({ err }, 'subscription event failed');
              broadcast(errorResult('This event could not be delivered.', 'INTERNAL_SERVER_ERROR'));
            }
          });
        },
        // Transports serialize GraphQLError instances; upstream errors arrive as plain objects.
        error: (errors) =>
          finish({
            errors: errors.map(
              (e) =>
                new GraphQLError(e.message, {
                  extensions: e.extensions ?? {},
                  ...(e.path ? { path: e.path } : {}),
                }),
            ),
          }),
        complete: () => finish(),
      },
    );
    const entry: SharedUpstream = { listeners, flush, close };
    this.shared.set(key, entry);
    return entry;
  }

  /** Ends every subscription (their clients see completion) and every upstream. */
  async close(): Promise<void> {
    this.closed = true;
    const entries = [...this.shared.values()];
    this.shared.clear();
    for (const entry of entries) {
      entry.flush();
      for (const listener of [...entry.listeners]) listener.end();
    }
    await Promise.all(entries.map((entry) => entry.close()));
  }
}
