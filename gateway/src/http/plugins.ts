import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import {
  createHttpServer,
  DEFAULT_BODY_LIMIT_BYTES,
  isProduction,
  registerHealthRoutes,
  signContextToken,
} from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';
import type { GatewayContext } from '../context.ts';
import { type GatewayPlugin, need } from '../pipeline.ts';
import { restoreErrorCodes } from '../protection/refusals.ts';
import type { GatewayOptions } from '../server.ts';
import { loadedGateway } from '../upstream/apollo-internals.ts';
import { registerCors } from './cors.ts';
import { registerDeveloperDoor } from './developer-door.ts';
import { checkSubgraphs } from './health.ts';
import { registerRestRoutes } from './rest-routes.ts';
import { registerStaticClients } from './web-portal.ts';

/** The Fastify server every entry point is registered on, with CORS. */
export function useHttpServer(): GatewayPlugin {
  let app: FastifyInstance | undefined;
  return {
    name: 'http-server',
    async setup(parts) {
      const { trustProxy } = parts.settings;
      app = await createHttpServer('gateway', parts.log, trustProxy ? { trustProxy } : {});
      await registerCors(app);
      parts.app = app;
    },
    async close() {
      // Apollo Server's drain (graphql-server, later in the list) has closed it already: then a no-op.
      await app?.close();
    },
  };
}

/**
 * Apollo Server around the gateway, built from what the GraphQL-stage plugins before it added
 * (plugins in list order, validation rules, parse options, trusted documents).
 */
export function useGraphQLServer(introspection: boolean | undefined): GatewayPlugin {
  const name = 'graphql-server';
  let server: ApolloServer<GatewayContext> | undefined;
  return {
    name,
    needs: ['upstream', 'http-server'],
    async setup(parts) {
      const { apollo } = parts;
      server = new ApolloServer<GatewayContext>({
        gateway: need(parts, 'gateway', name),
        introspection: introspection ?? !isProduction(),
        includeStacktraceInErrorResponses: !isProduction(),
        // No "Did you mean ...?" in production: it would name fields to anyone guessing.
        hideSchemaDetailsFromClientErrors: isProduction(),
        // Shutdown is ours (closeOnSignals): Apollo's own handler would re-raise the signal mid-drain.
        stopOnTerminationSignals: false,
        parseOptions: apollo.parseOptions,
        ...(apollo.persistedQueries ? { persistedQueries: apollo.persistedQueries } : {}),
        validationRules: apollo.validationRules,
        formatError: restoreErrorCodes,
        plugins: [
          fastifyApolloDrainPlugin(need(parts, 'app', name)),
          // Apollo's landing page loads its hosted Sandbox from the internet: browsers get the
          // developers' page instead (developer-door.ts).
          ApolloServerPluginLandingPageDisabled(),
          ...apollo.plugins,
        ],
      });
      await server.start();
      parts.server = server;
    },
    async close() {
      await server?.stop();
    },
  };
}

/** What browsers opening /graphql get: the developers' page, with the gateway's limits. */
export function useDeveloperDoor(): GatewayPlugin {
  const name = 'developer-door';
  return {
    name,
    needs: ['http-server'],
    setup(parts) {
      const { limits, requestTimeoutMs, rateLimits } = parts.settings;
      registerDeveloperDoor(need(parts, 'app', name), {
        limits,
        requestTimeoutMs,
        bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES,
        anonymousPerMinute: rateLimits.anonymousPerMinute ?? 0,
      });
    },
  };
}

/**
 * Ready while the supergraph is loaded, degraded (still 200) while a subgraph is down:
 * taking the gateway out of rotation would not bring the subgraph back.
 */
export function useHealth(): GatewayPlugin {
  const name = 'health';
  return {
    name,
    needs: ['upstream', 'http-server'],
    setup(parts) {
      const { subgraphUrls, log } = parts;
      const gateway = need(parts, 'gateway', name);
      registerHealthRoutes(need(parts, 'app', name), async () => {
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
    },
  };
}

/** The subgraphs' REST routes (e.g. OParl), passed on with a context token of no viewer. */
export function useRestRoutes(keys: GatewayOptions['keys']): GatewayPlugin {
  const name = 'rest-routes';
  return {
    name,
    needs: ['http-server'],
    async setup(parts) {
      await registerRestRoutes(need(parts, 'app', name), {
        subgraphUrl: (subgraph) => parts.subgraphUrls[subgraph],
        log: parts.log,
        contextToken: () => signContextToken(keys, null),
        publicUrl: () => parts.settings.publicUrl,
      });
    },
  };
}

/** The built web clients (portal, app, staff, display, developers) under their paths. */
export function useStaticClients(): GatewayPlugin {
  const name = 'static-clients';
  return {
    name,
    needs: ['http-server'],
    async setup(parts) {
      await registerStaticClients(need(parts, 'app', name), parts.log);
    },
  };
}
