import { ApolloGateway } from '@apollo/gateway';
import type { Requirements } from '../authorization/requirements.ts';
import { compiledExecutor } from '../execution/executor.ts';
import type { GatewayPlugin } from '../pipeline.ts';
import { type ListSizes, listSizesOf } from '../protection/limits.ts';
import type { GatewayOptions } from '../server.ts';
import { HubDataSource } from './data-source.ts';
import { operationSharingPlugin } from './operation-sharing.ts';
import { supergraphFromFile } from './supergraph.ts';

/**
 * Apollo Gateway (query planning and execution) over the supergraph file, with one HubDataSource
 * per subgraph; their connection pools close with it.
 */
export function useUpstream(
  options: Pick<GatewayOptions, 'supergraphPath' | 'subgraphUrls' | 'subgraphLimits'>,
): GatewayPlugin {
  const sources: HubDataSource[] = [];
  return {
    name: 'upstream',
    setup(parts) {
      const { log, subgraphUrls, settings, metrics } = parts;
      let requirements: Requirements = new Map();
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
            share: settings.sharing,
            ...(metrics
              ? { observe: (outcome, seconds) => metrics.observeFetch(name, outcome, seconds) }
              : {}),
            ...(options.subgraphLimits ? { limits: options.subgraphLimits } : {}),
          });
          sources.push(source);
          return source;
        },
        logger: log,
      });
      // Compiled query plans (execution/), Apollo's executor for what they leave out.
      if (settings.executor === 'compiled')
        gateway.executor = compiledExecutor(gateway, gateway.executor, (reason, operationName) =>
          log.debug({ reason, operationName }, "operation runs on Apollo's executor"),
        );
      // Sizes the subgraphs declare for their lists (@listSize), for the cost limit.
      let listSizes: ListSizes = new Map();
      gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
        listSizes = listSizesOf(coreSupergraphSdl);
      });
      parts.gateway = gateway;
      parts.requirements = () => requirements;
      parts.listSizes = () => listSizes;
    },
    async close() {
      await Promise.all(sources.map((source) => source.close()));
    },
  };
}

/**
 * Identical queries of one caller in flight run once (bench/RESULTS.md); listed before
 * authorization, which writes into each request's own copy of the result.
 */
export function useOperationSharing(): GatewayPlugin {
  return {
    name: 'operation-sharing',
    setup({ settings, apollo }) {
      if (settings.sharing) apollo.plugins.push(operationSharingPlugin(settings.requestTimeoutMs));
    },
  };
}
