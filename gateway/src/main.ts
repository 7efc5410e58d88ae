import path from 'node:path';
import { closeOnSignals, env, envInt, loadHubKeys, workspaceRoot } from '@kaarst/kit/common';
import { createGateway } from './server.ts';
import { DEFAULT_SUBGRAPH_LIMITS } from './upstream/data-source.ts';
import { subgraphUrlsFromEnv } from './upstream/urls.ts';

const oidcJwks = env('OIDC_JWKS_URL');
if (oidcJwks && !env('OIDC_ISSUER'))
  throw new Error('OIDC_JWKS_URL is set: set OIDC_ISSUER to the issuer its tokens name');
const gateway = await createGateway({
  supergraphPath: env('SUPERGRAPH_PATH') ?? path.join(workspaceRoot(), 'schema', 'supergraph.graphql'),
  keys: await loadHubKeys(),
  subgraphUrls: subgraphUrlsFromEnv(),
  ...(oidcJwks
    ? {
        oidc: {
          jwksUrl: oidcJwks,
          issuer: env('OIDC_ISSUER') as string,
          audience: env('OIDC_AUDIENCE') ?? 'kaarst-hub',
        },
      }
    : {}),
  ...(env('INTROSPECTION') ? { introspection: env('INTROSPECTION') === 'true' } : {}),
  subgraphLimits: {
    timeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_LIMITS.timeoutMs),
    connections: envInt('SUBGRAPH_CONNECTIONS', DEFAULT_SUBGRAPH_LIMITS.connections),
  },
});
const url = await gateway.listen(envInt('PORT', 4000), env('HOST') ?? '0.0.0.0');
gateway.log.info({ url }, 'gateway ready');
closeOnSignals(gateway.close, gateway.log);
