import { createRateCounter, envInt } from '@kaarst/kit/common';
import { restRoutes } from '@kaarst/kit/registry';
import { ApiKeyRegistry } from '../access/api-keys.ts';
import { AccessGate, RATE_WINDOW_MS } from '../access/gate.ts';
import { registerAccessChecks } from '../access/http-checks.ts';
import { guardedPrefix } from '../http/rest-routes.ts';
import { type GatewayPlugin, need } from '../pipeline.ts';
import { deadlinePlugin } from '../upstream/deadline.ts';
import { costLimitPlugin, limitRules } from './limits.ts';
import { operationChecksPlugin } from './operation-checks.ts';
import { retryAfterPlugin } from './retry-after.ts';
import { TrustedDocumentStore, trustedDocumentsPlugin } from './trusted-documents.ts';

/** The rate counter (in memory, or Redis with REDIS_URL) behind the access gate; none with checks or limits off. */
export function useRateCounter(): GatewayPlugin {
  let counter: ReturnType<typeof createRateCounter> | null = null;
  return {
    name: 'rate-counter',
    setup(parts) {
      const { checks, rateLimits } = parts.settings;
      counter =
        checks && rateLimits.enabled !== false
          ? createRateCounter({
              windowMs: RATE_WINDOW_MS,
              log: parts.log,
              ...(rateLimits.redisUrl ? { redisUrl: rateLimits.redisUrl } : {}),
            })
          : null;
      parts.counter = counter;
    },
    async close() {
      await counter?.close();
    },
  };
}

/** One time limit for a whole operation over all its subgraph fetches (upstream/deadline.ts). */
export function useDeadline(): GatewayPlugin {
  return {
    name: 'deadline',
    setup({ settings, apollo }) {
      apollo.plugins.push(deadlinePlugin(settings.requestTimeoutMs));
    },
  };
}

/** Operations the planner cannot take answer a caller's error, not a crash (operation-checks.ts). */
export function useOperationChecks(): GatewayPlugin {
  return {
    name: 'operation-checks',
    setup({ apollo }) {
      apollo.plugins.push(operationChecksPlugin);
    },
  };
}

/** Trusted documents: always known by hash; enforced, the only ones that run for callers without a key. */
export function useTrustedDocuments(): GatewayPlugin {
  return {
    name: 'trusted-documents',
    setup({ settings, apollo }) {
      apollo.persistedQueries = { cache: new TrustedDocumentStore(settings.trusted) };
      if (settings.checks && settings.enforceTrusted)
        apollo.plugins.push(trustedDocumentsPlugin(settings.trusted));
    },
  };
}

/** Limits on tokens, depth, aliases, directives and cost of each operation. */
export function useOperationLimits(): GatewayPlugin {
  const name = 'operation-limits';
  return {
    name,
    needs: ['upstream'],
    setup(parts) {
      const { settings, apollo } = parts;
      if (!settings.checks) return;
      apollo.parseOptions = { maxTokens: settings.limits.tokens };
      apollo.validationRules = limitRules(settings.limits);
      // The cost of what was asked, before authorization trims it: probing costs the same.
      apollo.plugins.push(costLimitPlugin(settings.limits, need(parts, 'listSizes', name)));
    },
  };
}

/** Retry-After on answers refused for the rate (retry-after.ts). */
export function useRetryAfter(): GatewayPlugin {
  return {
    name: 'retry-after',
    setup({ apollo }) {
      apollo.plugins.push(retryAfterPlugin);
    },
  };
}

/** API keys, verified against the citizens subgraph's revocations (refreshed until close). */
export function useApiKeys(refreshMs: number | undefined): GatewayPlugin {
  let registry: ApiKeyRegistry | undefined;
  return {
    name: 'api-keys',
    setup(parts) {
      registry = new ApiKeyRegistry({
        keys: parts.settings.options.keys,
        log: parts.log,
        citizensUrl: () => parts.subgraphUrls.citizens,
        refreshMs: refreshMs ?? envInt('API_KEY_REVOCATION_REFRESH_MS', 10_000),
      });
      registry.start();
      parts.apiKeys = registry;
    },
    async close() {
      await registry?.close();
    },
  };
}

/**
 * One gate for every entry point: HTTP and SSE through the hook here, each REST route, each
 * WebSocket operation (subscriptions/).
 */
export function useAccessGate(): GatewayPlugin {
  const name = 'access-gate';
  return {
    name,
    needs: ['rate-counter', 'http-server', 'api-keys'],
    setup(parts) {
      const { settings, metrics } = parts;
      const gate = new AccessGate({
        registry: need(parts, 'apiKeys', name),
        counter: parts.counter ?? null,
        anonymousPerMinute: settings.rateLimits.anonymousPerMinute,
        ...(metrics ? { onRateLimited: (kind: string) => metrics.refused(`rate_limited_${kind}`) } : {}),
      });
      if (settings.checks)
        registerAccessChecks(need(parts, 'app', name), gate, [
          { prefix: '/graphql' },
          ...restRoutes().map(guardedPrefix),
        ]);
      parts.gate = gate;
    },
  };
}
