/**
 * The compiled executor with representation dedupe on (each distinct entity representation
 * sent once per fetch, the answer merged into every owner) against @apollo/gateway's
 * executeQueryPlan, which sends every duplicate. Answers, errors (paths included: one per
 * duplicate, at each owner's path) and the error paths in the metrics must be Apollo's; the
 * requests must carry the same distinct representations and nothing else different. The
 * cases below hold duplicates on purpose: shared subtrees with fetches beneath them, one
 * entity selected differently at two paths, errors and nulls on a duplicated entity.
 */
import type { ExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { NESTED_QUERY } from '../../../bench/gateway/query.ts';
import { CASES } from './differential-cases.ts';
import {
  type Case,
  distinctRequests,
  faults,
  normalise,
  representationCounts,
  runBoth,
  sortRequests,
} from './differential-harness.ts';
import { benchGraph, type Graph, shopGraph } from './graphs.ts';

/** Users' reviews repeat authors and products: every level below holds the same entities again. */
const REPEATED =
  '{ products { upc reviews { author { name reviews { product { name inStock shippingEstimate } } } } } }';

const duplicateCases: Case[] = [
  { name: 'dedupe: same entities at several positions, fetches below them', graph: 'shop', query: REPEATED },
  {
    name: 'dedupe: one entity selected differently at two paths',
    graph: 'shop',
    query:
      '{ products { reviews { author { reviews { product { name } } } } } users { favorite { name price shippingEstimate } reviews { product { price inStock reviews { author { name } } } } } }',
  },
  {
    name: 'dedupe: same entity twice in one list, deeper fetches',
    graph: 'shop',
    query: '{ products { reviews { author { favorite { upc name price inStock shippingEstimate } } } } }',
  },
  {
    name: 'dedupe: null entity duplicated, with its error',
    graph: 'shop',
    query: REPEATED,
    fault: faults.entityWhere('catalog', 'p1'),
    errors: true,
  },
  {
    name: 'dedupe: entity field error on a duplicated representation (non-null bubbles)',
    graph: 'shop',
    query: REPEATED,
    fault: faults.entityWhere('catalog', 'p3', 'name', 'no name'),
    errors: true,
  },
  {
    name: 'dedupe: nullable field error on a duplicated representation',
    graph: 'shop',
    query: '{ products { reviews { author { favorite { upc price shippingEstimate } } } } }',
    fault: faults.entityWhere('catalog', 'p1', 'price', 'no price'),
    errors: true,
  },
  {
    name: 'dedupe: bench nested query, one entity null everywhere it repeats',
    graph: 'bench',
    query: NESTED_QUERY,
    operationName: 'Nested',
    fault: faults.entityWhere('accounts', '1'),
    errors: true,
  },
];
for (const testCase of duplicateCases) testCase.duplicates = true;

const CASES_ON = [...CASES.filter((testCase) => !testCase.positional), ...duplicateCases];

describe('compiled executor with representation dedupe, differential against executeQueryPlan', () => {
  const graphs: Record<Case['graph'], Graph> = {} as never;
  beforeAll(() => {
    graphs.bench = benchGraph();
    graphs.shop = shopGraph();
  });

  it.each(CASES_ON.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const run = await runBoth(graphs[testCase.graph], testCase, true);
    const apollo = normalise(run.apollo as ExecutionResult);
    const ours = normalise(run.ours);
    expect(ours).toEqual(apollo);
    expect(distinctRequests(run.compiledRequests)).toEqual(distinctRequests(run.apolloRequests));
    expect(run.compiledRequests.length).toBe(run.apolloRequests.length);
    expect(JSON.stringify(run.compiledRequest.metrics.nonFtv1ErrorPaths ?? null)).toBe(
      JSON.stringify(run.apolloRequest.metrics.nonFtv1ErrorPaths ?? null),
    );
    const sent = representationCounts(run.compiledRequests);
    const apolloSent = representationCounts(run.apolloRequests);
    expect(sent.repeated).toBe(0);
    if (testCase.duplicates) {
      expect(apolloSent.repeated).toBeGreaterThan(0);
      expect(sent.sent).toBeLessThan(apolloSent.sent);
    }
    if (testCase.errors) expect(ours.errors.length + ours.valueCompletion.length).toBeGreaterThan(0);
    else {
      expect(ours.errors).toEqual([]);
      expect(ours.data).toBeTruthy();
    }
  });

  it('dedupe off sends exactly what Apollo sends, duplicates included', async () => {
    const testCase = duplicateCases[0] as Case;
    const run = await runBoth(graphs.shop, testCase, false);
    expect(sortRequests(run.compiledRequests)).toEqual(sortRequests(run.apolloRequests));
    expect(representationCounts(run.compiledRequests).repeated).toBeGreaterThan(0);
  });

  it('an error on a duplicated representation is reported at every owner, as Apollo does', async () => {
    const testCase = duplicateCases[3] as Case;
    const run = await runBoth(graphs.shop, testCase, true);
    const failed = (result: ExecutionResult) =>
      normalise(result).errors.filter((error) => error.message === 'entity failed');
    const apollo = failed(run.apollo as ExecutionResult);
    expect(apollo.length).toBeGreaterThan(1);
    expect(new Set(apollo.map((error) => JSON.stringify(error.path))).size).toBe(apollo.length);
    expect(failed(run.ours as ExecutionResult)).toEqual(apollo);
    // One representation sent for them all.
    const sent = run.compiledRequests.filter((request) => JSON.stringify(request.variables).includes('"p1"'));
    expect(sent.every((request) => JSON.stringify(request.variables).split('"p1"').length === 2)).toBe(true);
  });
});
