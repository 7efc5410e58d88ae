/**
 * A query plan prepared once per (plan, operation): its Sequence, Parallel, Flatten and Fetch
 * (and Condition) nodes become nested functions with everything that does not depend on the request worked
 * out beforehand; the answer's shaper is built from the same operation. Anything else
 * (Defer, Subscription, unknown kinds, introspection, rewrites) is left to
 * Apollo's executor: `compilePlan` then throws NotCompilable.
 */
import type { Operation } from '@apollo/federation-internals';
import { evaluateCondition, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type Cursor, compileFetch, dedupeFromEnv, type ExecutionState } from './fetch.ts';
import { flattenAt } from './requires.ts';
import { compileShaper, NotCompilable, type Shaper } from './shape.ts';

type NodeRun = (state: ExecutionState, cursor: Cursor) => Promise<void>;

export interface PlanHooks {
  /** Runs a fetch inside whatever the caller wraps it in (a trace span); called only when set. */
  aroundFetch?: (serviceName: string, run: () => Promise<void>) => Promise<void>;
  /** Send each distinct entity representation once per fetch (fetch.ts); default GATEWAY_DEDUPE_REPRESENTATIONS. */
  dedupeRepresentations?: boolean;
}

function compileNode(
  node: PlanNode,
  supergraph: GraphQLSchema,
  hooks: PlanHooks,
  operation: Operation,
): NodeRun {
  switch (node.kind) {
    case 'Sequence': {
      const runs = node.nodes.map((child) => compileNode(child, supergraph, hooks, operation));
      return async (state, cursor) => {
        for (let i = 0; i < runs.length; i++) await (runs[i] as NodeRun)(state, cursor);
      };
    }
    case 'Parallel': {
      const runs = node.nodes.map((child) => compileNode(child, supergraph, hooks, operation));
      return async (state, cursor) => {
        await Promise.all(runs.map((run) => run(state, cursor)));
      };
    }
    case 'Flatten': {
      const path = node.path;
      const inner = compileNode(node.node, supergraph, hooks, operation);
      return async (state, cursor) => {
        const data = flattenAt(cursor.data, path);
        if (!data) return;
        await inner(state, {
          path: cursor.path.concat(path),
          data: data as Cursor['data'],
          full: cursor.full,
        });
      };
    }
    case 'Fetch': {
      let fetch: ReturnType<typeof compileFetch>;
      try {
        fetch = compileFetch(node, supergraph, hooks.dedupeRepresentations ?? dedupeFromEnv());
      } catch (error) {
        throw new NotCompilable((error as Error).message);
      }
      const { aroundFetch } = hooks;
      const { serviceName } = node;
      return async (state, cursor) => {
        try {
          if (aroundFetch) await aroundFetch(serviceName, () => fetch(state, cursor));
          else await fetch(state, cursor);
        } catch (error) {
          state.errors.push(error as Error);
        }
      };
    }
    case 'Condition': {
      // @skip/@include by variable on a whole fetch: decided per request, as Apollo decides it.
      const whenTrue = node.ifClause ? compileNode(node.ifClause, supergraph, hooks, operation) : undefined;
      const whenFalse = node.elseClause
        ? compileNode(node.elseClause, supergraph, hooks, operation)
        : undefined;
      const definitions = operation.variableDefinitions;
      return async (state, cursor) => {
        const branch = evaluateCondition(node, definitions, state.requestContext.request.variables as never)
          ? whenTrue
          : whenFalse;
        if (branch) await branch(state, cursor);
      };
    }
    default:
      throw new NotCompilable(`plan node ${node.kind}`);
  }
}

export interface CompiledPlan {
  run: NodeRun | undefined;
  shaper: Shaper;
}

/** Prepares `plan` of `operation` (the planner's Operation, on the API schema). */
export function compilePlan(
  plan: QueryPlan,
  operation: Operation,
  supergraph: GraphQLSchema,
  hooks: PlanHooks = {},
): CompiledPlan {
  const shaper = compileShaper(operation);
  if (plan.node?.kind === 'Subscription') throw new NotCompilable('subscription');
  const run = plan.node ? compileNode(plan.node, supergraph, hooks, operation) : undefined;
  return { run, shaper };
}

export interface PlanResult {
  data?: Record<string, unknown> | null;
  errors?: Error[];
  extensions?: Record<string, unknown>;
}

/**
 * Runs a prepared plan: fetches, then the answer, with @apollo/gateway's rules for errors
 * (post-processing errors go to `extensions.valueCompletion` when the fetches had none,
 * are dropped when they had some; a failure while shaping is the only error).
 */
export async function runPlan(
  compiled: CompiledPlan,
  state: ExecutionState,
  variables: Record<string, unknown> | undefined,
  aroundShaping?: (run: () => PlanResult) => PlanResult,
): Promise<PlanResult> {
  const fetched: Record<string, unknown> = {};
  if (compiled.run) await compiled.run(state, { path: [], data: fetched, full: fetched });
  const shape = (): PlanResult => {
    let shaped: ReturnType<CompiledPlan['shaper']['shape']>;
    try {
      shaped = compiled.shaper.shape(fetched, variables);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      if (error instanceof Error)
        return { errors: [new GraphQLError(error.message, { originalError: error })] };
      return { errors: [new GraphQLError('Unexpected error during query plan execution')] };
    }
    const { data, errors } = shaped;
    if (state.errors.length === 0 && errors.length > 0)
      return { extensions: { valueCompletion: errors }, data };
    return state.errors.length === 0 ? { data } : { errors: state.errors, data };
  };
  return aroundShaping ? aroundShaping(shape) : shape();
}
