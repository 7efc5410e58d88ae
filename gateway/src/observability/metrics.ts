import type { ApolloServerPlugin } from '@apollo/server';
import { boundedLabel, createMetricsRegistry } from '@kaarst/kit/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { GatewayContext } from '../context.ts';
import { LimitCode } from '../protection/limits.ts';

// Error codes the hub answers with; anything else is counted as OTHER (labels stay bounded).
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SLOT_TAKEN',
  'ALREADY_BOOKED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'SUBGRAPH_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  ...Object.values(LimitCode),
]);

export interface GatewayMetrics {
  registry: Registry;
  /** Requests by operation and outcome, their latency, and errors by code. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** One subgraph fetch of a query plan. */
  observeFetch(subgraph: string, outcome: 'success' | 'error', seconds: number): void;
  /** Events handed to subscribers. */
  delivered(count: number): void;
  /** A request refused before GraphQL ran (e.g. rate_limited_api_key). */
  refused(reason: string): void;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createGatewayMetrics(
  subscriptions: () => { upstreamCount: number; clientCount: number },
): GatewayMetrics {
  const registry = createMetricsRegistry('gateway');
  const registers = [registry];
  const operation = boundedLabel(200);
  const requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (success: no errors)',
    labelNames: ['operation', 'outcome'],
    registers,
  });
  const duration = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'hub_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code',
    labelNames: ['code'],
    registers,
  });
  const refusals = new Counter({
    name: 'hub_gateway_refusals_total',
    help: 'Requests refused before GraphQL ran, by reason (rate_limited_api_key, rate_limited_anonymous)',
    labelNames: ['reason'],
    registers,
  });
  const fetches = new Histogram({
    name: 'hub_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetches of query plans by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const delivered = new Counter({
    name: 'hub_subscription_events_delivered_total',
    help: 'Subscription events handed to clients',
    registers,
  });
  new Gauge({
    name: 'hub_subscription_upstreams_open',
    help: 'Upstream subscriptions open to subgraphs',
    registers,
    collect() {
      this.set(subscriptions().upstreamCount);
    },
  });
  new Gauge({
    name: 'hub_subscriptions_open',
    help: 'Client subscriptions open at this gateway',
    registers,
    collect() {
      this.set(subscriptions().clientCount);
    },
  });

  return {
    registry,
    observeFetch: (subgraph, outcome, seconds) => fetches.observe({ subgraph, outcome }, seconds),
    delivered: (count) => delivered.inc(count),
    refused: (reason) => refusals.inc({ reason }),
    plugin: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operationName, response }) {
            const name = operation(operationName);
            const found = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            requests.inc({ operation: name, outcome: found.length > 0 ? 'error' : 'success' });
            duration.observe({ operation: name }, (performance.now() - started) / 1000);
            for (const error of found) {
              const code = String(error.extensions?.code ?? 'OTHER');
              errors.inc({ code: KNOWN_CODES.has(code) ? code : 'OTHER' });
            }
          },
        };
      },
    },
  };
}
