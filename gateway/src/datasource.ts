import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CONTEXT_HEADER, type Logger, tracingExports } from '@kaarst/kit/common';
import { context as otelContext, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { GraphQLError, Kind, parse } from 'graphql';
import { Agent } from 'undici';
import { CircuitBreaker } from './circuit.ts';
import type { GatewayContext } from './context.ts';
import { beforeDeadline, DeadlineExceeded, deadlineExceeded, deadlineOf } from './deadline.ts';
import { useLeanSend } from './lean-send.ts';
import { SHARE_KEY, shareKey, subgraphFetcher } from './subgraph-fetch.ts';

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];

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

const tracer = trace.getTracer('kaarst.gateway');

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

/**
 * Sends each subgraph fetch with the gateway-signed context of the request,
 * over a keep-alive connection pool of its own (undici, bounded per subgraph)
 * with time limits, behind a circuit breaker. A subgraph that cannot answer yields SUBGRAPH_UNAVAILABLE
 * at the paths it would have filled; the other subgraphs' data still arrives.
 */
export class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;
  private readonly serviceName: string;
  private readonly limits: SubgraphLimits;
  private readonly pool: Agent;

  private readonly log: Logger;
  private readonly share: boolean;

  private readonly observe: (outcome: 'success' | 'error', seconds: number) => void;

  constructor(options: {
    name: string;
    url: string;
    log: Logger;
    /** Identical query fetches in flight share one (default true). */
    share?: boolean;
    limits?: Partial<SubgraphLimits>;
    /** Called with each fetch's outcome and duration (metrics). */
    observe?: (outcome: 'success' | 'error', seconds: number) => void;
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
    this.serviceName = options.name;
    this.limits = limits;
    this.log = options.log;
    this.share = options.share ?? true;
    this.observe = options.observe ?? (() => {});
    this.breaker = new CircuitBreaker(limits.failureThreshold, limits.cooldownMs);
  }

  /** Closes the connections (gateway shutdown). */
  async close(): Promise<void> {
    await this.pool.close();
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // The active span is this fetch's: the subgraph continues the trace from it.
    const headers = request.http?.headers;
    if (headers)
      propagation.inject(otelContext.active(), headers, {
        set: (carrier, key, value) => carrier.set(key, value),
      });
    // Health checks and the gateway's own calls have no request context.
    if (typeof context?.contextToken !== 'function') return;
    headers?.set(CONTEXT_HEADER, await context.contextToken());
    if (this.share && isRetryable(request.query))
      headers?.set(SHARE_KEY, shareKey(context as GatewayContext));
  }

  override process(options: ProcessOptions) {
    // Nothing recorded (no exporter): no span of its own; the caller's trace context still goes
    // out in traceparent (willSendRequest), as the request's. Saves a context switch per fetch.
    if (!tracingExports()) return this.processTraced(options);
    return tracer.startActiveSpan(
      `POST ${this.serviceName}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'hub.subgraph': this.serviceName, 'server.address': this.url ?? '' },
      },
      async (span) => {
        try {
          return await this.processTraced(options);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }

  /** One attempt, and for a query one more when its connection failed outright. */
  private async send(options: ProcessOptions) {
    const attempts = isRetryable(options.request.query) ? 1 + this.limits.queryRetries : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.process(options);
      } catch (error) {
        if (attempt >= attempts || !connectionFailed(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, this.limits.retryDelayMs));
      }
    }
  }

  private async processTraced(options: ProcessOptions) {
    if (!this.breaker.allow()) {
      this.observe('error', 0);
      throw this.unavailable(options);
    }
    const started = performance.now();
    try {
      const response = await beforeDeadline(this.send(options), deadlineOf(options as never), () =>
        deadlineExceeded(failingPath(options)),
      );
      this.breaker.success();
      this.observe(response.errors?.length ? 'error' : 'success', (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      this.observe('error', (performance.now() - started) / 1000);
      // The operation's time is up: not the subgraph's failure, so the circuit stays as it is.
      if (error instanceof DeadlineExceeded) throw error;
      const response = (error as GraphQLError).extensions?.response as { status?: number } | undefined;
      if (response?.status && response.status < 500) {
        // It answered, so it is up (this also settles a half-open probe).
        this.breaker.success();
        // The subgraph refused the gateway itself (e.g. a context token it does not
        // accept): a fault of the hub, not of the caller, and nothing to show them.
        this.log.error({ err: error, serviceName: this.serviceName }, 'subgraph refused the gateway');
        throw new GraphQLError('Internal server error', {
          path: failingPath(options),
          extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: this.serviceName },
        });
      }
      this.breaker.failure();
      throw this.unavailable(options);
    }
  }

  private unavailable(options: ProcessOptions): GraphQLError {
    return new GraphQLError(`The ${this.serviceName} service is unavailable; try again shortly.`, {
      path: failingPath(options),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
    });
  }
}

/** Where the missing data would have gone: the entities' path, or the root field of a root fetch. */
function failingPath(options: ProcessOptions): ReadonlyArray<string | number> | undefined {
  const incoming = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
  const path = (incoming ?? []).filter((key) => key !== '@');
  if (path.length > 0) return path;
  try {
    const query = options.request.query ?? '';
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const first =
      operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : undefined;
    if (first?.kind === Kind.FIELD && first.name.value !== '_entities')
      return [first.alias?.value ?? first.name.value];
  } catch {}
  return undefined;
}
