/**
 * The compiled executor against @apollo/gateway's executeQueryPlan, case by case: the same
 * plan, the same in-process subgraphs (graphs.ts), the same damage done to their answers.
 * Data must be deep-equal; errors (and extensions.valueCompletion) equal in message, path and
 * code, compared as sets: fetches that run in parallel may finish in another order; the
 * requests each data source receives must be the same too. Representation dedupe is off here
 * (every representation sent, as Apollo sends them); differential-dedupe.test.ts has it on.
 */
import { operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext } from '@apollo/gateway';
import { type ExecutionResult, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/execution/plan.ts';
import { NotCompilable } from '../../src/execution/shape.ts';
import { shapingOperation } from '../../src/upstream/apollo-internals.ts';
import { CASES, shopCases } from './differential-cases.ts';
import { type Case, normalise, runBoth, sortRequests } from './differential-harness.ts';
import { benchGraph, type Graph, shopGraph } from './graphs.ts';

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
