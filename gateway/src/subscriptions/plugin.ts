import { isProduction } from '@kaarst/kit/common';
import { clientAddress } from '../access/client-address.ts';
import { ConnectionCap, maxConnectionsFromEnv } from '../access/connection-cap.ts';
import { subscriptionDenials } from '../authorization/plugin.ts';
import { authenticate, createGatewayContext, sessionVerifiers, unauthenticated } from '../context.ts';
import { type GatewayPlugin, need } from '../pipeline.ts';
import type { GatewayOptions } from '../server.ts';
import { loadedGateway } from '../upstream/apollo-internals.ts';
import { SubscriptionHub } from './hub.ts';
import { registerGraphQLTransports } from './transports.ts';

/**
 * GraphQL over HTTP, SSE and WebSocket at /graphql, and the federated subscriptions behind
 * them; every operation passes the access gate and the authorization rules. Closed first, as
 * open streams and sockets would keep the HTTP server from closing.
 */
export function useSubscriptions(
  options: Pick<
    GatewayOptions,
    'keys' | 'oidc' | 'subscriptionRetryAttempts' | 'maxWebSocketConnectionsPerAddress'
  >,
): GatewayPlugin {
  const name = 'subscriptions';
  let transports: { close(): Promise<void> } | undefined;
  return {
    name,
    needs: ['upstream', 'http-server', 'graphql-server', 'api-keys', 'access-gate', 'authorization'],
    setup(parts) {
      const { log, settings, subgraphUrls, metrics } = parts;
      const { checks, limits } = settings;
      const gateway = need(parts, 'gateway', name);
      const requirements = need(parts, 'requirements', name);
      const apiKeys = need(parts, 'apiKeys', name);
      const gate = need(parts, 'gate', name);
      const verifiers = sessionVerifiers({ keys: options.keys, oidc: options.oidc });
      const hub = new SubscriptionHub(
        gateway,
        (subgraph) => subgraphUrls[subgraph],
        log,
        options.subscriptionRetryAttempts,
      );
      if (metrics) hub.onDelivered = metrics.delivered;
      parts.hub = hub;
      transports = registerGraphQLTransports({
        app: need(parts, 'app', name),
        server: need(parts, 'server', name),
        hub,
        onSlowConsumer: () =>
          log.warn('a WebSocket subscriber fell behind its send buffer cap; closed with 1013'),
        schema: () => loadedGateway(gateway).schema,
        validationRules: parts.apollo.validationRules,
        hideSuggestions: isProduction(),
        maxTokens: checks ? limits.tokens : Number.POSITIVE_INFINITY,
        authorize: (document, operationName, context) =>
          checks
            ? subscriptionDenials(
                loadedGateway(gateway).schema,
                document,
                operationName,
                requirements(),
                context,
              )
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
        clientAddress: clientAddress(settings.trustProxy),
        connectionCap: new ConnectionCap(
          options.maxWebSocketConnectionsPerAddress ?? maxConnectionsFromEnv(),
        ),
      });
    },
    async close() {
      await transports?.close();
    },
  };
}
