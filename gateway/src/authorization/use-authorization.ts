import { type GatewayPlugin, need } from '../pipeline.ts';
import { authorizationPlugin } from './plugin.ts';

/**
 * The supergraph's authorization directives (@authenticated, @requiresScopes, @policy) enforced
 * per field for queries and mutations; subscriptions are checked by the same rules before they
 * open (subscriptions/plugin.ts).
 */
export function useAuthorization(): GatewayPlugin {
  const name = 'authorization';
  return {
    name,
    needs: ['upstream'],
    setup(parts) {
      if (parts.settings.checks)
        parts.apollo.plugins.push(authorizationPlugin(need(parts, 'requirements', name)));
    },
  };
}
