import { createLogger, type HubKeys, type Logger } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';
import { useAuthorization } from './authorization/use-authorization.ts';
import type { AuthOptions } from './context.ts';
import {
  useDeveloperDoor,
  useGraphQLServer,
  useHealth,
  useHttpServer,
  useRestRoutes,
  useStaticClients,
} from './http/plugins.ts';
import { useMetrics, useMetricsRoute, useOperationMetrics, useTracing } from './observability/plugins.ts';
import { type GatewayParts, type GatewayPlugin, need, startPipeline } from './pipeline.ts';
import type { OperationLimits } from './protection/limits.ts';
import {
  useAccessGate,
  useApiKeys,
  useDeadline,
  useOperationChecks,
  useOperationLimits,
  useRateCounter,
  useRetryAfter,
  useTrustedDocuments,
} from './protection/plugins.ts';
import type { RateLimitOptions } from './protection/rate-limit.ts';
import { resolveSettings } from './settings.ts';
import type { SubscriptionHub } from './subscriptions/hub.ts';
import { useSubscriptions } from './subscriptions/plugin.ts';
import type { SubgraphLimits } from './upstream/data-source.ts';
import { useOperationSharing, useUpstream } from './upstream/plugins.ts';

export interface GatewayOptions {
  supergraphPath: string;
  keys: HubKeys;
  /** Subgraph URLs by name; they replace the URLs written in the supergraph. */
  subgraphUrls?: Record<string, string>;
  oidc?: AuthOptions['oidc'];
  introspection?: boolean;
  log?: Logger;
  /** Reconnect attempts to a subgraph that went away under live subscriptions (default 8, ~30 s). */
  subscriptionRetryAttempts?: number;
  /** Time limit and circuit breaker per subgraph. */
  subgraphLimits?: Partial<SubgraphLimits>;
  /** Bearer token for /metrics; without one /metrics answers on loopback only (default METRICS_TOKEN). */
  metricsToken?: string;
  /** Per-request metrics and /metrics (default on; METRICS_ENABLED=false turns them off, e.g. to measure their cost). */
  metrics?: boolean;
  /**
   * Trusted documents (codegen's persisted-documents.json files): always known by hash; with
   * `enforce`, the only documents that run for callers without an API key (default: in
   * production unless TRUSTED_DOCUMENTS=off, elsewhere when TRUSTED_DOCUMENTS=enforce). Default
   * files: TRUSTED_DOCUMENTS_PATH, else those of the shipped clients (clients/<name>/package.json "hub").
   */
  trustedDocuments?: { files?: string[]; enforce?: boolean };
  /**
   * false turns off the gateway's checks (operation limits, authorization
   * directives, trusted documents, API keys, rate limits) only to measure what
   * they cost (bench/); refused in production. Default: GATEWAY_CHECKS, on unless "off".
   */
  checks?: boolean;
  /**
   * Identical queries in flight share one execution, identical subgraph fetches in flight one
   * fetch (operation-sharing.ts, subgraph-fetch.ts). false measures execution without that
   * shortcut (bench/gateway). Default: GATEWAY_SHARING, on unless "off".
   */
  sharing?: boolean;
  /**
   * How query plans run: "compiled" (each cached plan prepared once into straight-line fetching,
   * merging and shaping, execution/) or "apollo" (@apollo/gateway's executeQueryPlan on every
   * request). Default: GATEWAY_EXECUTOR, "compiled" unless "apollo".
   */
  executor?: 'compiled' | 'apollo';
  /** Time limit of one operation over all its subgraph fetches (default REQUEST_TIMEOUT_MS, 15 s). */
  requestTimeoutMs?: number;
  /** Rate limits per API key and for anonymous callers (default: RATE_LIMIT_ANONYMOUS_PER_MINUTE, REDIS_URL). */
  rateLimits?: RateLimitOptions;
  /** How often the revoked API keys are fetched (default API_KEY_REVOCATION_REFRESH_MS, 10 s). */
  apiKeyRevocationRefreshMs?: number;
  /** Proxies whose X-Forwarded-For names the client: addresses or CIDR ranges, comma-separated (default TRUST_PROXY). */
  trustProxy?: string;
  /** Open WebSocket connections per client address (default WS_MAX_CONNECTIONS_PER_ADDRESS, 32; 0: no cap). */
  maxWebSocketConnectionsPerAddress?: number;
  /** The hub's public base URL for absolute links, e.g. https://hub.kaarst.de (default HUB_PUBLIC_URL, else where it listens). */
  publicUrl?: string;
  /** Limits on each operation (default: LIMIT_* from the environment, else DEFAULT_LIMITS). */
  limits?: OperationLimits;
}

export interface RunningGateway {
  app: FastifyInstance;
  log: Logger;
  /** The subgraph URLs in use, by name. */
  subgraphUrls: Record<string, string>;
  /** Federated subscriptions (open upstreams can be counted there). */
  subscriptions: SubscriptionHub;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The gateway's stages in order: set up top to bottom, closed bottom to top (pipeline.ts).
 * The GraphQL-stage plugins between http-server and graphql-server add Apollo Server plugins
 * in this order, which is the order Apollo runs them in for each request.
 */
export function gatewayPlugins(options: GatewayOptions): GatewayPlugin[] {
  return [
    useTracing(),
    useMetrics(),
    useUpstream(options),
    useRateCounter(),
    useHttpServer(),
    useDeadline(),
    useOperationChecks(),
    useTrustedDocuments(),
    useOperationLimits(),
    useOperationSharing(),
    useAuthorization(),
    useRetryAfter(),
    useOperationMetrics(),
    useGraphQLServer(options.introspection),
    useApiKeys(options.apiKeyRevocationRefreshMs),
    useAccessGate(),
    useDeveloperDoor(),
    useMetricsRoute(options.metricsToken),
    useSubscriptions(options),
    useHealth(),
    useRestRoutes(options.keys),
    useStaticClients(),
  ];
}

/** The hub's gateway: Apollo Gateway (query planning and execution) inside Apollo Server on Fastify. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = options.log ?? createLogger('gateway');
  const settings = resolveSettings(options, log);
  const parts: GatewayParts = {
    settings,
    log,
    subgraphUrls: {},
    apollo: { plugins: [], validationRules: [], parseOptions: {} },
  };
  const pipeline = await startPipeline(gatewayPlugins(options), parts);
  const app = need(parts, 'app', 'createGateway');
  return {
    app,
    log,
    subgraphUrls: parts.subgraphUrls,
    subscriptions: need(parts, 'hub', 'createGateway'),
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const origin = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${actual}`;
      // Without HUB_PUBLIC_URL (development), links point where this gateway listens.
      settings.publicUrl ??= origin;
      return `${origin}/graphql`;
    },
    close: pipeline.close,
  };
}
