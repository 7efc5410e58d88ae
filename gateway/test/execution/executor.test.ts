/**
 * The executor that replaces ApolloGateway's (execution/executor.ts): prepared plans kept per
 * document and schema, variables checked before any fetch, Apollo's executor for what is
 * not compiled. Run against the loaded-gateway fields read by apollo-internals.ts, set on a
 * plain object from the shop graph of graphs.ts.
 */
import type { ApolloGateway } from '@apollo/gateway';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledExecutor, type GatewayExecutor } from '../../src/execution/executor.ts';
import { dataSources, type Graph, type RecordedRequest, shopGraph } from './graphs.ts';

type RequestContext = Parameters<GatewayExecutor>[0];

function fakeGateway(graph: Graph, recorded: RecordedRequest[]) {
  const context = {};
  const sources = dataSources(graph, context, undefined, recorded);
  const plans = vi.fn();
  const planner = {
    buildQueryPlan: (...args: Parameters<Graph['planner']['buildQueryPlan']>) => {
      plans();
      return graph.planner.buildQueryPlan(...args);
    },
  };
  const gateway = {
    queryPlanner: planner,
    serviceMap: Object.fromEntries(
      Object.entries(sources).map(([name, dataSource]) => [name, { dataSource }]),
    ),
    supergraphSchema: graph.supergraphSchema,
    apiSchema: graph.apiSchema,
    schema: graph.schema,
  };
  return { gateway: gateway as unknown as ApolloGateway, fields: gateway, plans, context };
}

function request(query: string, variables?: Record<string, unknown>, metrics: object = {}): RequestContext {
  return {
    request: { query, variables, operationName: undefined },
    document: parse(query),
    queryHash: query,
    operationName: null,
    context: {},
    metrics,
    logger: console,
  } as unknown as RequestContext;
}

describe('compiled gateway executor', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = shopGraph();
  });

  it('plans once per document, answers from the compiled plan, never calls Apollo', async () => {
    const recorded: RecordedRequest[] = [];
    const { gateway, plans } = fakeGateway(graph, recorded);
    const apollo = vi.fn();
    const execute = compiledExecutor(gateway, apollo as never);
    const query = '{ products { upc name shippingEstimate } }';
    const first = await execute(request(query));
    const second = await execute(request(query));
    expect(first).toEqual(second);
    expect(first.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(first.data))).toEqual({
      products: [
        { upc: 'p1', name: 'Kaarster Kaffee', shippingEstimate: 0 },
        { upc: 'p2', name: 'Stadtplan', shippingEstimate: 2 },
        { upc: 'p3', name: 'Regenschirm', shippingEstimate: 0 },
      ],
    });
    expect(plans).toHaveBeenCalledTimes(1);
    expect(apollo).not.toHaveBeenCalled();
    expect(recorded.map((r) => r.service)).toEqual(['catalog', 'shipping', 'catalog', 'shipping']);
  });

  it('refuses bad variables before any fetch, with graphql-js messages', async () => {
    const recorded: RecordedRequest[] = [];
    const { gateway } = fakeGateway(graph, recorded);
    const execute = compiledExecutor(gateway, vi.fn() as never);
    const result = await execute(
      request('query P($upc: String!) { product(upc: $upc) { name } }', { upc: 7 }),
    );
    expect(result.errors?.map((e) => e.message)).toEqual([
      'Variable "$upc" got invalid value 7; String cannot represent a non string value: 7',
    ]);
    expect(result.data).toBeUndefined();
    expect(recorded).toEqual([]);
  });

  it('leaves introspection and Studio traces to Apollo', async () => {
    const { gateway } = fakeGateway(graph, []);
    const apollo = vi.fn(async () => ({ data: { from: 'apollo' } }));
    const fallbacks: string[] = [];
    const execute = compiledExecutor(gateway, apollo as never, (reason) => fallbacks.push(reason));
    expect((await execute(request('{ __schema { queryType { name } } }'))).data).toEqual({ from: 'apollo' });
    expect(fallbacks).toEqual(['introspection']);
    expect((await execute(request('{ me { name } }', undefined, { captureTraces: true }))).data).toEqual({
      from: 'apollo',
    });
    expect(apollo).toHaveBeenCalledTimes(2);
  });

  it('plans again after the supergraph was reloaded (a new schema)', async () => {
    const { gateway, fields, plans } = fakeGateway(graph, []);
    const execute = compiledExecutor(gateway, vi.fn() as never);
    await execute(request('{ me { name } }'));
    fields.schema = shopGraph().schema;
    await execute(request('{ me { name } }'));
    expect(plans).toHaveBeenCalledTimes(2);
  });
});
