import type { Logger } from '@kaarst/kit/common';
import { GraphQLError, Kind, parse } from 'graphql';
import type { FetchOptions, FetchStep } from './fetch-steps.ts';

/** Where the missing data would have gone: the entities' path, or the root field of a root fetch. */
export function failingPath(options: FetchOptions): ReadonlyArray<string | number> | undefined {
  const incoming = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
  const path = (incoming ?? []).filter((key) => key !== '@');
  if (path.length > 0) return path;
  try {
    const query = options.request.query ?? '';
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const first =
      operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : undefined;
    if (first?.kind === Kind.FIELD && first.name.value !== '_entities')
      return [first.alias?.value ?? first.name.value];
  } catch {}
  return undefined;
}

/** SUBGRAPH_UNAVAILABLE because the circuit is open: the fetch was not sent at all. */
export class CircuitOpen extends GraphQLError {}

/** SUBGRAPH_UNAVAILABLE at the paths the subgraph would have filled; the other subgraphs' data still arrives. */
export function unavailable(
  serviceName: string,
  options: FetchOptions,
  As: typeof GraphQLError = GraphQLError,
): GraphQLError {
  return new As(`The ${serviceName} service is unavailable; try again shortly.`, {
    path: failingPath(options),
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
  });
}

/** The subgraph answered and refused the gateway itself (a status below 500). */
export class GatewayRefused extends GraphQLError {}

/** The HTTP status a failed fetch got, when the subgraph answered at all. */
function answeredStatus(error: unknown): number | undefined {
  const response = (error as GraphQLError).extensions?.response as { status?: number } | undefined;
  return response?.status;
}

/**
 * A refusal of the gateway by the subgraph (e.g. a context token it does not accept) is a fault
 * of the hub, not of the caller, and nothing to show them: logged, answered INTERNAL_SERVER_ERROR.
 */
export function refusalStep(serviceName: string, log: Logger): FetchStep {
  return async (options, next) => {
    try {
      return await next(options);
    } catch (error) {
      const status = answeredStatus(error);
      if (!status || status >= 500) throw error;
      log.error({ err: error, serviceName }, 'subgraph refused the gateway');
      throw new GatewayRefused('Internal server error', {
        path: failingPath(options),
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName },
      });
    }
  };
}
