import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@kaarst/kit/common';
import { Agent } from 'undici';
import type { GatewayContext } from '../context.ts';
import { CircuitBreaker, circuitBreakerStep } from './circuit-breaker.ts';
import { timeLimitStep } from './deadline.ts';
import { composeFetchSteps, type Fetch, type FetchOptions, type FetchStep } from './fetch-steps.ts';
import { useLeanSend } from './lean-send.ts';
import { type ObserveFetch, observeStep } from './observe.ts';
import { setRequestHeaders } from './request-headers.ts';
import { retryStep } from './retry.ts';
import { refusalStep } from './subgraph-errors.ts';
import { subgraphFetcher } from './subgraph-fetch.ts';
import { tracingStep } from './tracing.ts';

export { isRetryable } from './retry.ts';

export interface SubgraphLimits {
  /** A fetch taking longer fails (the subgraph counts as unavailable for it). */
  timeoutMs: number;
  failureThreshold: number;
  cooldownMs: number;
  /** Open connections to this subgraph at most (per gateway process); more fetches wait for one. */
  connections: number;
  /** Giving up on opening a connection (a host that does not answer at all). */
  connectTimeoutMs: number;
  /** Extra attempts for a query fetch whose connection failed (never for mutations). */
  queryRetries: number;
  retryDelayMs: number;
}

export const DEFAULT_SUBGRAPH_LIMITS: SubgraphLimits = {
  timeoutMs: 10_000,
  connections: 64,
  connectTimeoutMs: 2000,
  failureThreshold: 3,
  cooldownMs: 5000,
  queryRetries: 1,
  retryDelayMs: 50,
};

/**
 * Sends each subgraph fetch with the gateway-signed context of the request
 * (request-headers.ts), over a keep-alive connection pool of its own (undici,
 * bounded per subgraph), through the steps below in this order.
 */
export class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;
  private readonly pool: Agent;
  private readonly share: boolean;
  private readonly run: Fetch;

  constructor(options: {
    name: string;
    url: string;
    log: Logger;
    /** Identical query fetches in flight share one (default true). */
    share?: boolean;
    limits?: Partial<SubgraphLimits>;
    /** Called with each fetch's outcome and duration (metrics). */
    observe?: ObserveFetch;
  }) {
    const limits = { ...DEFAULT_SUBGRAPH_LIMITS, ...options.limits };
    const pool = new Agent({
      connections: limits.connections,
      connect: { timeout: limits.connectTimeoutMs },
    });
    super({
      url: options.url,
      // undici's request API, identical query fetches in flight shared (subgraph-fetch.ts).
      fetcher: subgraphFetcher(pool, limits.timeoutMs) as never,
    });
    this.pool = pool;
    useLeanSend(this);
    this.share = options.share ?? true;
    this.breaker = new CircuitBreaker(limits.failureThreshold, limits.cooldownMs);
    const steps: FetchStep[] = [
      tracingStep(options.name, () => this.url),
      observeStep(options.observe ?? (() => {})),
      // A subgraph that cannot answer yields SUBGRAPH_UNAVAILABLE at the paths it would have filled.
      circuitBreakerStep(this.breaker, options.name),
      refusalStep(options.name, options.log),
      timeLimitStep,
      retryStep(limits.queryRetries, limits.retryDelayMs),
    ];
    this.run = composeFetchSteps(steps, (fetch) => super.process(fetch));
  }

  /** Closes the connections (gateway shutdown). */
  async close(): Promise<void> {
    await this.pool.close();
  }

  override async willSendRequest(
    options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0],
  ) {
    await setRequestHeaders(options, this.share);
  }

  override process(options: FetchOptions) {
    return this.run(options);
  }
}
