import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import {
  configuredPublicUrl,
  createHttpServer,
  createLogger,
  createRateCounter,
  DEFAULT_BODY_LIMIT_BYTES,
  env,
  envInt,
  flushTracing,
  type HubKeys,
  isProduction,
  type Logger,
  registerHealthRoutes,
  registerMetricsRoute,
  signContextToken,
  startTracing,
} from '@kaarst/kit/common';
import { restRoutes } from '@kaarst/kit/registry';
import type { FastifyInstance } from 'fastify';
import { clientAddress, trustProxyFromEnv } from './access/client-address.ts';
import { ConnectionCap, maxConnectionsFromEnv } from './access/connection-cap.ts';
import { AccessGate, RATE_WINDOW_MS } from './access/gate.ts';
import { registerAccessChecks } from './access/http-checks.ts';
import { ApiKeyRegistry } from './api-keys.ts';
import { authorizationPlugin, subscriptionDenials } from './authorization/plugin.ts';
import type { Requirements } from './authorization/requirements.ts';
import {
  type AuthOptions,
  authenticate,
  createGatewayContext,
  type GatewayContext,
  sessionVerifiers,
  unauthenticated,
} from './context.ts';
import { registerCors } from './cors.ts';
import { registerDeveloperDoor } from './developer-door.ts';
import { checkSubgraphs } from './health.ts';
import {
  costLimitPlugin,
  type ListSizes,
  limitRules,
  limitsFromEnv,
  listSizesOf,
  type OperationLimits,
} from './limits.ts';
import { createGatewayMetrics } from './metrics.ts';
import { operationChecksPlugin } from './operation-checks.ts';
import { operationSharingPlugin } from './operation-sharing.ts';
import { type RateLimitOptions, rateLimitsFromEnv } from './rate-limit.ts';
import { restoreErrorCodes } from './refusals.ts';
import { guardedPrefix, registerRestRoutes } from './rest-routes.ts';
import { retryAfterPlugin } from './retry-after.ts';
import { SubscriptionHub } from './subscriptions/hub.ts';
import { registerGraphQLTransports } from './subscriptions/transports.ts';
import { supergraphFromFile } from './supergraph.ts';
import {
  defaultTrustedDocumentFiles,
  loadTrustedDocuments,
  TrustedDocumentStore,
  trustedDocumentsPlugin,
} from './trusted-documents.ts';
import { loadedGateway } from './upstream/apollo-internals.ts';
import { HubDataSource, type SubgraphLimits } from './upstream/data-source.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS, deadlinePlugin } from './upstream/deadline.ts';
import { registerStaticClients } from './web-portal.ts';

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

/** Registered documents only, for callers without an API key: production's default, TRUSTED_DOCUMENTS decides. */
function trustedDocumentsEnforced(): boolean {
  const setting = env('TRUSTED_DOCUMENTS');
  if (setting === 'enforce') return true;
  if (setting === 'off') return false;
  if (setting !== undefined)
    throw new Error(`TRUSTED_DOCUMENTS must be "enforce" or "off", got "${setting}"`);
  return isProduction();
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

/** The hub's gateway: Apollo Gateway (query planning and execution) inside Apollo Server on Fastify. */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  startTracing('gateway');
  const log = options.log ?? createLogger('gateway');
  const subgraphUrls: Record<string, string> = {};
  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? configuredPublicUrl();
  if (!publicUrl && isProduction())
    log.warn('HUB_PUBLIC_URL is not set: absolute links (OParl ids) will name the listening address');
  const sources: HubDataSource[] = [];
  let requirements: Requirements = new Map();
  let hub: SubscriptionHub | undefined;
  const metricsOn = options.metrics ?? env('METRICS_ENABLED') !== 'false';
  const sharing = options.sharing ?? env('GATEWAY_SHARING') !== 'off';
  const metrics = createGatewayMetrics(() => hub ?? { upstreamCount: 0, clientCount: 0 });
  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud
  // metadata endpoints from its constructor: a town's gateway phones nobody.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(options.supergraphPath, log, (loaded) => {
      requirements = loaded;
    }),
    buildService: ({ name, url }) => {
      const effective = options.subgraphUrls?.[name] ?? url;
      if (!effective) throw new Error(`No URL for subgraph "${name}"`);
      subgraphUrls[name] = effective;
      const source = new HubDataSource({
        name,
        url: effective,
        log,
        share: sharing,
        ...(metricsOn ? { observe: (outcome, seconds) => metrics.observeFetch(name, outcome, seconds) } : {}),
        ...(options.subgraphLimits ? { limits: options.subgraphLimits } : {}),
      });
      sources.push(source);
      return source;
    },
    logger: log,
  });

  // Sizes the subgraphs declare for their lists (@listSize), for the cost limit.
  let listSizes: ListSizes = new Map();
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    listSizes = listSizesOf(coreSupergraphSdl);
  });

  const trustProxy = options.trustProxy ?? trustProxyFromEnv();
  const app = await createHttpServer('gateway', log, trustProxy ? { trustProxy } : {});
  await registerCors(app);
  const limits = options.limits ?? limitsFromEnv();
  const requestTimeoutMs =
    options.requestTimeoutMs ?? envInt('REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS);
  const checks = options.checks ?? env('GATEWAY_CHECKS') !== 'off';
  if (!checks && isProduction())
    throw new Error('GATEWAY_CHECKS=off is for benchmarks only, never in production');
  const limitValidation = checks ? limitRules(limits) : [];
  const trusted = loadTrustedDocuments(options.trustedDocuments?.files ?? defaultTrustedDocumentFiles());
  const enforceTrusted = options.trustedDocuments?.enforce ?? trustedDocumentsEnforced();
  // Enforced with nothing registered, the portal itself could run nothing: refuse to start instead.
  if (enforceTrusted && checks && trusted.size === 0)
    throw new Error('Trusted documents are enforced but none were loaded: set TRUSTED_DOCUMENTS_PATH');
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? !isProduction(),
    includeStacktraceInErrorResponses: !isProduction(),
    // No "Did you mean ...?" in production: it would name fields to anyone guessing.
    hideSchemaDetailsFromClientErrors: isProduction(),
    // Shutdown is ours (closeOnSignals): Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    parseOptions: checks ? { maxTokens: limits.tokens } : {},
    persistedQueries: { cache: new TrustedDocumentStore(trusted) },
    validationRules: limitValidation,
    formatError: restoreErrorCodes,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // Apollo's landing page loads its hosted Sandbox from the internet: browsers get the
      // developers' page instead (developer-door.ts).
      ApolloServerPluginLandingPageDisabled(),
      deadlinePlugin(requestTimeoutMs),
      operationChecksPlugin,
      ...(checks && enforceTrusted ? [trustedDocumentsPlugin(trusted)] : []),
      // The cost of what was asked, before authorization trims it: probing costs the same.
      ...(checks ? [costLimitPlugin(limits, () => listSizes)] : []),
      // Identical queries of one caller in flight run once (bench/RESULTS.md); before authorization,
      // which writes into each request's own copy of the result.
      ...(sharing ? [operationSharingPlugin(requestTimeoutMs)] : []),
      ...(checks ? [authorizationPlugin(() => requirements)] : []),
      retryAfterPlugin,
      ...(metricsOn ? [metrics.plugin] : []),
    ],
  });
  await server.start();

  const verifiers = sessionVerifiers({ keys: options.keys, oidc: options.oidc });
  const apiKeys = new ApiKeyRegistry({
    keys: options.keys,
    log,
    citizensUrl: () => subgraphUrls.citizens,
    refreshMs: options.apiKeyRevocationRefreshMs ?? envInt('API_KEY_REVOCATION_REFRESH_MS', 10_000),
  });
  apiKeys.start();
  const rateLimits = options.rateLimits ?? rateLimitsFromEnv();
  const counter =
    checks && rateLimits.enabled !== false
      ? createRateCounter({
          windowMs: RATE_WINDOW_MS,
          log,
          ...(rateLimits.redisUrl ? { redisUrl: rateLimits.redisUrl } : {}),
        })
      : null;
  // One gate for every entry point: HTTP and SSE here, each REST route, each WebSocket operation below.
  const gate = new AccessGate({
    registry: apiKeys,
    counter,
    anonymousPerMinute: rateLimits.anonymousPerMinute,
    ...(metricsOn ? { onRateLimited: (kind: string) => metrics.refused(`rate_limited_${kind}`) } : {}),
  });
  if (checks) registerAccessChecks(app, gate, [{ prefix: '/graphql' }, ...restRoutes().map(guardedPrefix)]);
  registerDeveloperDoor(app, {
    limits,
    requestTimeoutMs,
    bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
    anonymousPerMinute: rateLimits.anonymousPerMinute ?? 0,
  });
  hub = new SubscriptionHub(gateway, (name) => subgraphUrls[name], log, options.subscriptionRetryAttempts);
  if (metricsOn) {
    hub.onDelivered = metrics.delivered;
    registerMetricsRoute(app, metrics.registry, options.metricsToken);
  }
  const transports = registerGraphQLTransports({
    app,
    server,
    hub,
    log,
    onSlowConsumer: () =>
      log.warn('a WebSocket subscriber fell behind its send buffer cap; closed with 1013'),
    schema: () => loadedGateway(gateway).schema,
    validationRules: limitValidation,
    hideSuggestions: isProduction(),
    maxTokens: checks ? limits.tokens : Number.POSITIVE_INFINITY,
    authorize: (document, operationName, context) =>
      checks
        ? subscriptionDenials(loadedGateway(gateway).schema, document, operationName, requirements, context)
        : [],
    contextFor: async (authorization, apiKey, client) => {
      const session = await authenticate(authorization, verifiers);
      try {
        gate.checkSession(session.viewer, session.issuedAt);
      } catch (error) {
        throw unauthenticated((error as Error).message);
      }
      return createGatewayContext(
        options.keys,
        session,
        checks ? await apiKeys.verify(apiKey) : null,
        client,
      );
    },
    admitOperation: async (credentials, context) => {
      gate.checkSession(context.viewer, context.sessionIssuedAt);
      if (checks) await gate.admit(credentials);
    },
    clientAddress: clientAddress(trustProxy),
    connectionCap: new ConnectionCap(options.maxWebSocketConnectionsPerAddress ?? maxConnectionsFromEnv()),
  });

  // Ready while the supergraph is loaded, degraded (still 200) while a subgraph is down:
  // taking the gateway out of rotation would not bring the subgraph back.
  registerHealthRoutes(app, async () => {
    const subgraphs = await checkSubgraphs(subgraphUrls, log);
    let loaded = true;
    try {
      loadedGateway(gateway);
    } catch {
      loaded = false;
    }
    const allUp = Object.values(subgraphs).every((state) => state === 'ok');
    return {
      status: !loaded ? 'down' : allUp ? 'ok' : 'degraded',
      supergraph: loaded ? 'loaded' : 'not loaded',
      subgraphs,
    };
  });

  await registerRestRoutes(app, {
    subgraphUrl: (name) => subgraphUrls[name],
    log,
    contextToken: () => signContextToken(options.keys, null),
    publicUrl: () => publicUrl,
  });
  await registerStaticClients(app, log);

  return {
    app,
    log,
    subgraphUrls,
    subscriptions: hub,
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const origin = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${actual}`;
      // Without HUB_PUBLIC_URL (development), links point where this gateway listens.
      publicUrl ??= origin;
      return `${origin}/graphql`;
    },
    async close() {
      // Subscriptions first: their streams and sockets would keep the HTTP server from closing.
      await transports.close();
      await apiKeys.close();
      await app.close();
      await counter?.close();
      await server.stop();
      await Promise.all(sources.map((source) => source.close()));
      await flushTracing();
    },
  };
}
