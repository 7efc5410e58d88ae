/**
 * Identical operations in flight share one execution: a query whose document
 * (after authorization's rewrite), operation name, variables, viewer and API key
 * equal those of one already executing waits for that one's result instead of
 * planning and fetching again. Every request still passes its own checks
 * (limits, trusted documents, cost, authorization) before it gets here, and
 * gets its own copy of the result (authorization and error formatting write
 * into it). Mutations and subscriptions never share.
 */
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../context.ts';
import { shareKey } from './subgraph-fetch.ts';

type SingleResult = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

/** Register it before the plugins that write into the result (authorization): it copies the result as executed. */
export function operationSharingPlugin(waitMs = 15_000): ApolloServerPlugin<GatewayContext> {
  const inFlight = new Map<string, Promise<SingleResult | undefined>>();
  return {
    async requestDidStart() {
      let leading: { key: string; done: (result: SingleResult | undefined) => void } | undefined;
      return {
        async responseForOperation({ operation, operationName, queryHash, request, contextValue }) {
          if (operation.operation !== 'query' || typeof contextValue?.contextToken !== 'function')
            return null;
          const key = `${shareKey(contextValue)}\n${queryHash}\n${operationName ?? ''}\n${JSON.stringify(request.variables ?? null)}`;
          const running = inFlight.get(key);
          if (running) {
            // Should the first one never finish, this one waits no longer than an operation may take.
            let timer: NodeJS.Timeout | undefined;
            const result = await Promise.race([
              running,
              new Promise<undefined>((resolve) => {
                timer = setTimeout(() => resolve(undefined), waitMs);
              }),
            ]).finally(() => clearTimeout(timer));
            // The first one failed outright (or took too long): this one runs on its own.
            if (!result) return null;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: structuredClone(result) },
            };
          }
          let done: (result: SingleResult | undefined) => void = () => {};
          inFlight.set(key, new Promise((resolve) => (done = resolve)));
          leading = { key, done };
          return null;
        },
        async willSendResponse({ response }) {
          if (!leading) return;
          inFlight.delete(leading.key);
          leading.done(response.body.kind === 'single' ? copyOf(response.body.singleResult) : undefined);
          leading = undefined;
        },
      };
    },
  };
}

/** A copy for the waiting requests; none (they then run on their own) if the result holds what cannot be cloned. */
function copyOf(result: SingleResult): SingleResult | undefined {
  try {
    return structuredClone(result);
  } catch {
    return undefined;
  }
}
