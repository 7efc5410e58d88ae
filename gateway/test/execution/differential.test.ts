/**
 * The compiled executor against @apollo/gateway's executeQueryPlan, case by case: the same
 * plan, the same in-process subgraphs (graphs.ts), the same damage done to their answers.
 * Data must be deep-equal; errors (and extensions.valueCompletion) equal in message, path and
 * code, compared as sets: fetches that run in parallel may finish in another order; the
 * requests each data source receives must be the same too.
 */
import { operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import { type ExecutionResult, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIXED_DOCUMENTS } from '../../../bench/gateway/mixed.ts';
import { NESTED_QUERY } from '../../../bench/gateway/query.ts';
import type { ExecutionState } from '../../src/execution/fetch.ts';
import { compilePlan, runPlan } from '../../src/execution/plan.ts';
import { NotCompilable } from '../../src/execution/shape.ts';
import { shapingOperation } from '../../src/upstream/apollo-internals.ts';
import {
  benchGraph,
  dataSources,
  type Fault,
  type Graph,
  type RecordedRequest,
  shopGraph,
} from './graphs.ts';

interface Case {
  name: string;
  graph: 'bench' | 'shop';
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  fault?: Fault;
  /** The answer must carry errors or valueCompletion (the damage reached it). */
  errors?: boolean;
}

type Row = Record<string, unknown>;

/** Sets `field` to `value` at its `nth` occurrence (depth first) in the answer's data. */
function setField(field: string, value: unknown, nth = 0): (data: unknown) => boolean {
  let seen = 0;
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (node === null || typeof node !== 'object') return false;
    const row = node as Row;
    if (Object.hasOwn(row, field)) {
      if (seen++ === nth) {
        row[field] = value;
        return true;
      }
    }
    return Object.values(row).some(visit);
  };
  return visit;
}

const faults = {
  field:
    (service: string, field: string, value: unknown, nth = 0, error?: string): Fault =>
    (name, result) => {
      if (name !== service || !result.data) return result;
      if (setField(field, value, nth)(result.data) && error)
        return {
          ...result,
          errors: [...(result.errors ?? []), { message: error, path: ['_entities', 0, field] } as never],
        };
      return result;
    },
  entityNull:
    (service: string, index: number): Fault =>
    (name, result) => {
      const list = (result.data as Row | null)?._entities as unknown[] | undefined;
      if (name !== service || !list || list.length <= index) return result;
      list[index] = null;
      return {
        ...result,
        errors: [
          {
            message: `entity ${index} failed`,
            path: ['_entities', index],
            extensions: { code: 'NOT_FOUND' },
          } as never,
        ],
      };
    },
  down:
    (service: string, code = 'SUBGRAPH_UNAVAILABLE'): Fault =>
    (name, result) =>
      name === service ? { errors: [{ message: `${service} down`, extensions: { code } } as never] } : result,
  throws:
    (service: string): Fault =>
    (name, result) => {
      if (name === service) throw new Error('socket hang up');
      return result;
    },
  shortEntities:
    (service: string): Fault =>
    (name, result) => {
      const list = (result.data as Row | null)?._entities as unknown[] | undefined;
      if (name === service && list?.length) list.pop();
      return result;
    },
  notAList:
    (service: string): Fault =>
    (name, result) =>
      name === service && (result.data as Row | null)?._entities ? { data: { _entities: 'nope' } } : result,
  errorWithoutPath:
    (service: string): Fault =>
    (name, result) =>
      name === service
        ? {
            ...result,
            errors: [
              { message: '' } as never,
              { message: 'warned', extensions: { code: 'TEAPOT' } } as never,
            ],
          }
        : result,
  typename:
    (service: string, typename: unknown): Fault =>
    (name, result) => {
      if (name === service && result.data) setField('__typename', typename)(result.data);
      return result;
    },
  dataNull:
    (service: string): Fault =>
    (name, result) =>
      name === service ? { data: null, errors: [{ message: 'nothing', path: ['users'] } as never] } : result,
  both:
    (...list: Fault[]): Fault =>
    async (name, result, request) => {
      let current = result;
      for (const fault of list) current = await fault(name, current, request);
      return current;
    },
};

const USER_QUERY = MIXED_DOCUMENTS[7] as string;
const USER_BRIEF = MIXED_DOCUMENTS[8] as string;
const TOP_QUERY = MIXED_DOCUMENTS[9] as string;
const TOP_NAMES = MIXED_DOCUMENTS[10] as string;

const benchCases: Case[] = [
  { name: 'nested query', graph: 'bench', query: NESTED_QUERY, operationName: 'Nested' },
  ...MIXED_DOCUMENTS.slice(0, 7).map((query, i) => ({
    name: `nested variant ${i}, first ${1 + (i % 5)}`,
    graph: 'bench' as const,
    query,
    operationName: `Nested${i}`,
    variables: { first: 1 + (i % 5) },
  })),
  { name: 'user with reviews', graph: 'bench', query: USER_QUERY, variables: { id: '1' } },
  { name: 'unknown user', graph: 'bench', query: USER_QUERY, variables: { id: '99' } },
  { name: 'user brief', graph: 'bench', query: USER_BRIEF, variables: { id: '2' } },
  { name: 'top products', graph: 'bench', query: TOP_QUERY, variables: { first: 3 } },
  { name: 'top names, no variable', graph: 'bench', query: TOP_NAMES },
  {
    name: 'nested: inventory down',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.down('inventory'),
    errors: true,
  },
  {
    name: 'nested: reviews entity missing',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.entityNull('reviews', 1),
    errors: true,
  },
  {
    name: 'nested: accounts throws',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.throws('accounts'),
    errors: true,
  },
  {
    name: 'nested: product upc null (non-null)',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.field('products', 'upc', null, 2),
    errors: true,
  },
  {
    name: 'nested: product name null (nullable)',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.field('products', 'name', null, 2),
  },
  {
    name: 'nested: wrong entity count',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.shortEntities('inventory'),
    errors: true,
  },
  {
    name: 'top: price not a number',
    graph: 'bench',
    query: TOP_QUERY,
    variables: { first: 2 },
    fault: faults.field('products', 'price', 'cheap'),
    errors: true,
  },
  {
    name: 'top: inStock null with an entity error',
    graph: 'bench',
    query: TOP_QUERY,
    variables: { first: 2 },
    fault: faults.field('inventory', 'inStock', null, 0, 'stock unknown'),
    errors: true,
  },
  {
    name: 'user: reviews answers a non-list',
    graph: 'bench',
    query: USER_QUERY,
    variables: { id: '1' },
    fault: faults.notAList('products'),
    errors: true,
  },
  {
    name: 'user: errors without path',
    graph: 'bench',
    query: USER_QUERY,
    variables: { id: '3' },
    fault: faults.errorWithoutPath('reviews'),
    errors: true,
  },
  {
    name: 'top names: root data null',
    graph: 'bench',
    query: TOP_NAMES,
    variables: { first: 2 },
    fault: faults.dataNull('products'),
    errors: true,
  },
];

const shopCases: Case[] = [
  {
    name: 'requires across subgraphs',
    graph: 'shop',
    query: '{ products { upc name price shippingEstimate inStock } }',
  },
  {
    name: 'union with fragments',
    graph: 'shop',
    query: '{ search { __typename ... on Product { name price } ... on Book { title } } }',
  },
  {
    name: 'union, variable filter',
    graph: 'shop',
    query: 'query S($t: String) { search(text: $t) { ... on Book { id title } ... on Product { upc } } }',
    variables: { t: 'Stadt' },
  },
  {
    name: 'interface field, object fragment',
    graph: 'shop',
    query: '{ node(id: "P-p1") { id __typename ... on Product { name inStock } } }',
  },
  {
    name: 'interface, other type',
    graph: 'shop',
    query: '{ node(id: "b1") { id ... on Book { title } ... on Product { name } } }',
  },
  { name: 'interface, nothing found', graph: 'shop', query: '{ node(id: "none") { id } }' },
  {
    name: 'inaccessible type behind an interface',
    graph: 'shop',
    query: '{ node(id: "hidden") { id __typename } }',
    errors: true,
  },
  {
    name: 'list of interface with a null',
    graph: 'shop',
    query: '{ nodes { id ... on Product { upc shippingEstimate } } }',
  },
  { name: '@provides', graph: 'shop', query: '{ me { name favorite { upc name } } }' },
  {
    name: '@provides plus a fetch',
    graph: 'shop',
    query: '{ users { name favorite { name price inStock } } }',
  },
  {
    name: 'deep entities',
    graph: 'shop',
    query: '{ users { name reviews { body rating product { name shippingEstimate reviewCount } } } }',
  },
  {
    name: 'aliases',
    graph: 'shop',
    query:
      '{ a: product(upc: "p1") { n: name t: __typename kind: __typename upc } b: product(upc: "p9") { name } c: products { label: name } }',
  },
  {
    name: 'skip and include by variable',
    graph: 'shop',
    query:
      'query Q($s: Boolean!, $i: Boolean!) { products { name price @skip(if: $s) tags @include(if: $i) reviews @include(if: $i) { body } } }',
    variables: { s: true, i: false },
  },
  {
    name: 'skip and include, other values',
    graph: 'shop',
    query:
      'query Q($s: Boolean!, $i: Boolean!) { products { name price @skip(if: $s) tags @include(if: $i) reviews @include(if: $i) { body } } }',
    variables: { s: false, i: true },
  },
  {
    name: 'variable defaults',
    graph: 'shop',
    query: 'query D($s: Boolean = true) { products { upc name @skip(if: $s) } }',
  },
  {
    name: 'constant skip on a fragment',
    graph: 'shop',
    query: '{ products { upc ... on Product @skip(if: true) { name } ... @include(if: true) { price } } }',
  },
  {
    name: 'named fragments on an interface',
    graph: 'shop',
    query:
      'query F { nodes { ...N } } fragment N on Node { id ... on Product { ...P } } fragment P on Product { name reviews { ...R } } fragment R on Review { body author { name } }',
    operationName: 'F',
  },
  { name: 'root __typename', graph: 'shop', query: '{ __typename t: __typename products { __typename } }' },
  {
    name: 'one response name from several fragments',
    graph: 'shop',
    query:
      '{ products { name reviews { body } ... on Product { name upc reviews { rating author { name } } } } }',
  },
  {
    name: 'review by id',
    graph: 'shop',
    query: '{ review(id: "r1") { body product { name inStock } author { name favorite { name } } } }',
  },
  {
    name: 'two operations, second chosen',
    graph: 'shop',
    query: 'query A { me { name } } query B { products { upc } }',
    operationName: 'B',
  },
  {
    name: 'mutation: root fields in sequence, entities after each',
    graph: 'shop',
    query:
      'mutation M($s: Int!) { a: rate(upc: "p1", stars: $s) { rating product { name inStock } } b: rate(upc: "p2", stars: 1) { body author { name } } }',
    variables: { s: 4 },
  },
  {
    name: 'mutation: an entity fetch after it fails',
    graph: 'shop',
    query: 'mutation { rate(upc: "p3", stars: 2) { id product { name shippingEstimate } } }',
    fault: faults.down('shipping'),
    errors: true,
  },
  {
    name: 'inStock null bubbles to the list',
    graph: 'shop',
    query: '{ products { upc inStock } }',
    fault: faults.field('shipping', 'inStock', null, 1),
    errors: true,
  },
  {
    name: 'inStock null under a nullable parent',
    graph: 'shop',
    query: '{ product(upc: "p1") { name inStock } }',
    fault: faults.field('shipping', 'inStock', null),
    errors: true,
  },
  {
    name: 'shipping entity missing',
    graph: 'shop',
    query: '{ products { upc shippingEstimate } }',
    fault: faults.entityNull('shipping', 2),
    errors: true,
  },
  {
    name: 'shipping down',
    graph: 'shop',
    query: '{ products { upc name inStock } }',
    fault: faults.down('shipping'),
    errors: true,
  },
  {
    name: 'catalog throws, the root fails',
    graph: 'shop',
    query: '{ products { upc } me { name } }',
    fault: faults.throws('catalog'),
    errors: true,
  },
  {
    name: 'people: wrong entity count',
    graph: 'shop',
    query: '{ products { name reviewCount } }',
    fault: faults.shortEntities('people'),
    errors: true,
  },
  {
    name: 'invalid leaf value',
    graph: 'shop',
    query: '{ products { upc price } }',
    fault: faults.field('catalog', 'price', 'teuer'),
    errors: true,
  },
  {
    name: 'null inside [String!]',
    graph: 'shop',
    query: '{ products { upc tags } }',
    fault: (name, result) => {
      if (name === 'catalog') {
        const first = ((result.data as Row).products as Row[])[0] as Row;
        first.tags = ['a', null];
      }
      return result;
    },
    errors: true,
  },
  {
    name: 'unknown __typename',
    graph: 'shop',
    query: '{ search { ... on Product { name } } }',
    fault: faults.typename('catalog', 'Nope'),
    errors: true,
  },
  {
    name: 'non-string __typename',
    graph: 'shop',
    query: '{ search { ... on Product { name } } }',
    fault: faults.typename('catalog', 7),
    errors: true,
  },
  {
    name: 'entity error with a path into a list',
    graph: 'shop',
    query: '{ users { reviews { product { name } } } }',
    fault: faults.entityNull('catalog', 1),
    errors: true,
  },
  {
    name: 'subgraph error code kept',
    graph: 'shop',
    query: '{ me { name } }',
    fault: faults.down('people', 'FORBIDDEN'),
    errors: true,
  },
  {
    name: 'non-null root field null',
    graph: 'shop',
    query: '{ users { id name } }',
    fault: faults.field('people', 'name', null, 1),
    errors: true,
  },
];

const CASES = [...benchCases, ...shopCases];

interface Normalised {
  data: unknown;
  errors: Array<{ message: string; path: unknown; code: unknown }>;
  valueCompletion: Array<{ message: string; path: unknown; code: unknown }>;
}

function errorList(list: unknown): Normalised['errors'] {
  return (
    (list as Array<{ message: string; path?: unknown; extensions?: { code?: unknown } }> | undefined) ?? []
  )
    .map((error) => ({
      message: error.message,
      path: error.path ?? null,
      code: error.extensions?.code ?? null,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function normalise(result: {
  data?: unknown;
  errors?: unknown;
  extensions?: Record<string, unknown>;
}): Normalised {
  return {
    data: result.data === undefined ? undefined : JSON.parse(JSON.stringify(result.data)),
    errors: errorList(result.errors),
    valueCompletion: errorList(result.extensions?.valueCompletion),
  };
}

const sortRequests = (list: RecordedRequest[]) => list.map((request) => JSON.stringify(request)).sort();

async function runBoth(graph: Graph, testCase: Case) {
  const document = parse(testCase.query);
  expect(validate(graph.schema, document)).toEqual([]);
  const operationName = testCase.operationName;
  const operationContext = buildOperationContext({
    schema: graph.schema,
    operationDocument: document,
    ...(operationName ? { operationName } : {}),
  });
  const plan = graph.planner.buildQueryPlan(
    operationFromDocument(graph.apiSchema, document, operationName ? { operationName } : {}),
  );
  const requestContext = (context: object) => ({
    request: { variables: testCase.variables, operationName },
    document,
    operationName: operationName ?? null,
    context,
    metrics: {} as Row,
    logger: console,
  });

  const apolloContext = {};
  const apolloRequests: RecordedRequest[] = [];
  const apolloRequest = requestContext(apolloContext);
  const apollo = await executeQueryPlan(
    plan,
    dataSources(graph, apolloContext, testCase.fault, apolloRequests),
    apolloRequest as never,
    operationContext,
    graph.supergraphSchema,
    graph.apiSchema,
  );

  const compiled = compilePlan(
    plan,
    shapingOperation(graph.apiSchema, operationContext),
    graph.supergraphSchema,
  );
  const compiledContext = {};
  const compiledRequests: RecordedRequest[] = [];
  const compiledRequest = requestContext(compiledContext);
  const state: ExecutionState = {
    services: dataSources(graph, compiledContext, testCase.fault, compiledRequests),
    requestContext: compiledRequest as never,
    errors: [],
  };
  const ours = await runPlan(compiled, state, testCase.variables);
  return { apollo, ours, apolloRequests, compiledRequests, apolloRequest, compiledRequest };
}

describe('compiled executor, differential against executeQueryPlan', () => {
  const graphs: Record<Case['graph'], Graph> = {} as never;
  beforeAll(() => {
    graphs.bench = benchGraph();
    graphs.shop = shopGraph();
  });

  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const run = await runBoth(graphs[testCase.graph], testCase);
    const apollo = normalise(run.apollo as ExecutionResult);
    const ours = normalise(run.ours);
    expect(ours).toEqual(apollo);
    expect(sortRequests(run.compiledRequests)).toEqual(sortRequests(run.apolloRequests));
    expect(run.compiledRequests.length).toBeGreaterThan(0);
    expect(JSON.stringify(run.compiledRequest.metrics.nonFtv1ErrorPaths ?? null)).toBe(
      JSON.stringify(run.apolloRequest.metrics.nonFtv1ErrorPaths ?? null),
    );
    if (testCase.errors) expect(ours.errors.length + ours.valueCompletion.length).toBeGreaterThan(0);
    else {
      expect(ours.errors).toEqual([]);
      expect(ours.data).toBeTruthy();
    }
  });

  it('the comparison tells answers apart (other variables give another answer)', async () => {
    const base = shopCases.find((c) => c.name === 'skip and include by variable') as Case;
    const run = await runBoth(graphs.shop, base);
    const other = await runBoth(graphs.shop, { ...base, variables: { s: false, i: true } });
    expect(normalise(other.ours)).not.toEqual(normalise(run.apollo as ExecutionResult));
  });

  it('leaves introspection and @defer-free unknowns to Apollo (NotCompilable)', () => {
    const graph = graphs.shop;
    const document = parse('{ __schema { queryType { name } } products { upc } }');
    const operationContext = buildOperationContext({ schema: graph.schema, operationDocument: document });
    const plan = graph.planner.buildQueryPlan(operationFromDocument(graph.apiSchema, document));
    expect(() =>
      compilePlan(plan, shapingOperation(graph.apiSchema, operationContext), graph.supergraphSchema),
    ).toThrow(NotCompilable);
  });
});
