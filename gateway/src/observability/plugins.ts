import { flushTracing, registerMetricsRoute, startTracing } from '@kaarst/kit/common';
import { type GatewayPlugin, need } from '../pipeline.ts';
import { createGatewayMetrics } from './metrics.ts';

/** Traces of the gateway's requests; what is still buffered goes out at close. */
export function useTracing(): GatewayPlugin {
  return {
    name: 'tracing',
    setup() {
      startTracing('gateway');
    },
    close: () => flushTracing(),
  };
}

/** The metrics registry, first, so every stage after it can count into it (when metrics are on). */
export function useMetrics(): GatewayPlugin {
  return {
    name: 'metrics',
    setup(parts) {
      const metrics = createGatewayMetrics(() => parts.hub ?? { upstreamCount: 0, clientCount: 0 });
      if (parts.settings.metrics) parts.metrics = metrics;
    },
  };
}

/** Requests by operation and outcome, and errors by code: an Apollo Server plugin, listed after all checks. */
export function useOperationMetrics(): GatewayPlugin {
  return {
    name: 'operation-metrics',
    needs: ['metrics'],
    setup(parts) {
      if (parts.metrics) parts.apollo.plugins.push(parts.metrics.plugin);
    },
  };
}

/** /metrics (bearer token, else loopback only), when metrics are on. */
export function useMetricsRoute(metricsToken: string | undefined): GatewayPlugin {
  const name = 'metrics-route';
  return {
    name,
    needs: ['metrics', 'http-server'],
    setup(parts) {
      if (parts.metrics) registerMetricsRoute(need(parts, 'app', name), parts.metrics.registry, metricsToken);
    },
  };
}
