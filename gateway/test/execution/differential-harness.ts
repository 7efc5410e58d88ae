/**
 * What the differential tests share: the faults done to subgraph answers, the normalised
 * comparison, and one run of a case through @apollo/gateway's executeQueryPlan and through
 * the compiled executor (with or without representation dedupe).
 */
import { operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import { parse, validate } from 'graphql';
import { expect } from 'vitest';
import type { ExecutionState } from '../../src/execution/fetch.ts';
import { compilePlan, runPlan } from '../../src/execution/plan.ts';
import { shapingOperation } from '../../src/upstream/apollo-internals.ts';
import { dataSources, type Fault, type Graph, type RecordedRequest } from './graphs.ts';

export interface Case {
  name: string;
  graph: 'bench' | 'shop';
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  fault?: Fault;
  /** The answer must carry errors or valueCompletion (the damage reached it). */
  errors?: boolean;
  /**
   * The fault picks entities by their place in `_entities` (or the count): the deduplicated list
   * differs from Apollo's by design, so the case is compared with dedupe off only.
   */
  positional?: boolean;
  /** Some entity fetch holds one representation several times (dedupe must send fewer). */
  duplicates?: boolean;
}

export type Row = Record<string, unknown>;

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

export const faults = {
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
  /**
   * Every entity whose representation has `value` among its fields comes back null (or with
   * `field` null), with an error at its index: the same for each duplicate, as a subgraph does.
   */
  entityWhere:
    (service: string, value: unknown, field?: string, message = 'entity failed'): Fault =>
    (name, result, request) => {
      const list = (result.data as Row | null)?._entities as Row[] | undefined;
      const representations = request.variables?.representations as Row[] | undefined;
      if (name !== service || !list || !representations) return result;
      const errors = [...(result.errors ?? [])];
      representations.forEach((representation, index) => {
        if (!Object.values(representation).includes(value)) return;
        if (field && list[index]) (list[index] as Row)[field] = null;
        else list[index] = null as never;
        errors.push({ message, path: field ? ['_entities', index, field] : ['_entities', index] } as never);
      });
      return { ...result, errors };
    },
  both:
    (...list: Fault[]): Fault =>
    async (name, result, request) => {
      let current = result;
      for (const fault of list) current = await fault(name, current, request);
      return current;
    },
};

export interface Normalised {
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

export function normalise(result: {
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

export const sortRequests = (list: RecordedRequest[]) =>
  list.map((request) => JSON.stringify(request)).sort();

export async function runBoth(graph: Graph, testCase: Case, dedupeRepresentations = false) {
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
    { dedupeRepresentations },
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

/** The representations of an entity request, as a sorted set of their JSON texts. */
function distinct(representations: unknown): string[] {
  return [...new Set((representations as unknown[]).map((r) => JSON.stringify(r)))].sort();
}

/**
 * The requests with dedupe on: each entity request's representations compared as a set (all
 * else as received), and none sent twice within one request.
 */
export function distinctRequests(list: RecordedRequest[]): string[] {
  return list
    .map((request) => {
      const variables = request.variables as Row | null;
      if (!variables?.representations) return JSON.stringify(request);
      const set = distinct(variables.representations);
      return JSON.stringify({ ...request, variables: { ...variables, representations: set } });
    })
    .sort();
}

/** How many representations the requests carry in all, and how many pairs repeat within one. */
export function representationCounts(list: RecordedRequest[]): { sent: number; repeated: number } {
  let sent = 0;
  let repeated = 0;
  for (const request of list) {
    const representations = (request.variables as Row | null)?.representations as unknown[] | undefined;
    if (!representations) continue;
    sent += representations.length;
    repeated += representations.length - distinct(representations).length;
  }
  return { sent, repeated };
}
