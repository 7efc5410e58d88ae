/**
 * The gateway's executor with compiled plans (GATEWAY_EXECUTOR=compiled, the default): in
 * place of ApolloGateway's `executor`, which plans (with its cache) and then interprets the
 * plan with `executeQueryPlan` on every request, this one keeps, per (document, operation
 * name) of the loaded schema, the planner's plan together with the functions prepared from it
 * (plan.ts), and runs those. The same checks run in the same order: variables are validated
 * against the operation first; each fetch goes through the data source's `process`. Whatever
 * the compiled path leaves out goes to Apollo's own executor for that request. ApolloGateway
 * options the hub does not set (experimental_didResolveQueryPlan, __exposeQueryPlanExperimental,
 * debug printing of plans) are not honoured on the compiled path.
 */
import { type ApolloGateway, buildOperationContext, type GraphQLDataSource } from '@apollo/gateway';
import { tracingExports } from '@kaarst/kit/common';
import { type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  type DocumentNode,
  type GraphQLError,
  getVariableValues,
  type VariableDefinitionNode,
} from 'graphql';
import {
  buildPlan,
  type LoadedGateway,
  loadedGateway,
  planOptions,
  shapingOperation,
} from '../upstream/apollo-internals.ts';
import type { ExecutionState } from './fetch.ts';
import { type CompiledPlan, compilePlan, type PlanHooks, runPlan } from './plan.ts';
import { NotCompilable } from './shape.ts';

export type GatewayExecutor = ApolloGateway['executor'];
type RequestContext = Parameters<GatewayExecutor>[0];
type ExecutionResult = Awaited<ReturnType<GatewayExecutor>>;

/** Prepared plans kept per loaded schema (least recently prepared dropped first). */
const MAX_PREPARED = 1000;

type Prepared =
  | { compiled: CompiledPlan; variableDefinitions: readonly VariableDefinitionNode[] | undefined }
  | { compiled: undefined; reason: string };

const tracer = trace.getTracer('kaarst.gateway');

function inSpan<T>(name: string, run: (span: Span) => T): T {
  return tracer.startActiveSpan(name, (span) => {
    try {
      const result = run(span);
      if (result instanceof Promise)
        return result.then(
          (value) => {
            span.end();
            return value;
          },
          (error) => {
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
            throw error;
          },
        ) as T;
      span.end();
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    }
  });
}

const tracedHooks: PlanHooks = {
  aroundFetch: (service, run) =>
    tracer.startActiveSpan('gateway.fetch', { attributes: { service } }, async (span) => {
      try {
        await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    }),
};

function prepare(
  gateway: ApolloGateway,
  loaded: LoadedGateway,
  document: DocumentNode,
  operationName: string | undefined,
  traced: boolean,
): Prepared {
  try {
    const operationContext = buildOperationContext({
      schema: loaded.schema,
      operationDocument: document,
      ...(operationName ? { operationName } : {}),
    });
    const plan = traced
      ? inSpan('gateway.plan', () => buildPlan(loaded, document, operationName, planOptions(gateway)))
      : buildPlan(loaded, document, operationName, planOptions(gateway));
    const operation = shapingOperation(loaded.apiSchema, operationContext);
    const compiled = compilePlan(plan, operation, loaded.supergraphSchema, traced ? tracedHooks : {});
    return { compiled, variableDefinitions: operationContext.operation.variableDefinitions };
  } catch (error) {
    // Not compilable, or the planner refused: Apollo's executor answers it (with its own error).
    return { compiled: undefined, reason: (error as Error).message };
  }
}

/**
 * Wraps the gateway's own executor: compiled plans where possible, `apollo` (the gateway's
 * original executor) for the rest. `onFallback` hears why an operation went to Apollo.
 */
export function compiledExecutor(
  gateway: ApolloGateway,
  apollo: GatewayExecutor,
  onFallback?: (reason: string, operationName: string | undefined) => void,
): GatewayExecutor {
  let preparedFor: unknown;
  const prepared = new Map<string, Prepared>();
  let servicesOf: unknown;
  let services: Record<string, GraphQLDataSource> = {};

  return async (requestContext: RequestContext): Promise<ExecutionResult> => {
    const loaded = loadedGateway(gateway);
    if (loaded.schema !== preparedFor) {
      prepared.clear();
      preparedFor = loaded.schema;
    }
    if (loaded.services !== servicesOf) {
      services = Object.create(null);
      for (const [name, { dataSource }] of Object.entries(loaded.services)) services[name] = dataSource;
      servicesOf = loaded.services;
    }
    const { request, document, queryHash } = requestContext;
    const operationName = request.operationName ?? undefined;
    // Studio traces need Apollo's own trace tree: leave those to it.
    if ((requestContext.metrics as { captureTraces?: boolean } | undefined)?.captureTraces)
      return apollo(requestContext);
    const key = operationName ? `${queryHash}\n${operationName}` : queryHash;
    const traced = tracingExports();
    let entry = prepared.get(key);
    if (!entry) {
      entry = prepare(gateway, loaded, document, operationName, traced);
      if (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value as string);
      prepared.set(key, entry);
      if (!entry.compiled) onFallback?.(entry.reason, operationName);
    }
    if (!entry.compiled) return apollo(requestContext);
    const { compiled, variableDefinitions } = entry;

    const execute = async (): Promise<ExecutionResult> => {
      if (variableDefinitions?.length) {
        const { errors } = getVariableValues(
          loaded.schema,
          variableDefinitions as VariableDefinitionNode[],
          request.variables || {},
        );
        if (errors) return { errors };
      }
      const state: ExecutionState = {
        services,
        requestContext: requestContext as unknown as ExecutionState['requestContext'],
        errors: [],
      };
      const result = traced
        ? await inSpan('gateway.execute', () =>
            runPlan(compiled, state, request.variables, (shape) => inSpan('gateway.postprocessing', shape)),
          )
        : await runPlan(compiled, state, request.variables);
      return result as ExecutionResult;
    };
    if (!traced) return execute();
    return inSpan('gateway.request', async (span) => {
      const result = await execute();
      if ((result.errors as readonly GraphQLError[] | undefined)?.length)
        span.setStatus({ code: SpanStatusCode.ERROR });
      return result;
    });
  };
}

export { NotCompilable };
