/**
 * The one module that reaches into @apollo/gateway beyond its public API.
 *
 * The hub needs three things Apollo keeps to itself (checked against 2.14):
 * - the loaded gateway's query planner, data sources and schemas, held in
 *   fields private to TypeScript only (federated subscriptions plan and run
 *   each event with them);
 * - `executeQueryPlan` and `buildOperationContext` (exported, but typed for
 *   Apollo Server's request context, so a hand-made one goes through a cast);
 * - RemoteGraphQLDataSource's private `sendRequest`, replaced per instance by
 *   the lean send (upstream/lean-send.ts).
 * gateway/test/apollo-internals.test.ts checks each of them against the
 * installed @apollo/gateway and names what changed when an upgrade breaks one.
 */
import { type Operation, operationFromDocument, type Schema } from '@apollo/federation-internals';
import {
  type ApolloGateway,
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type RemoteGraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import {
  type DefinitionNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
} from 'graphql';

/** What the subscription engine needs from a loaded gateway. */
export interface LoadedGateway {
  planner: QueryPlanner;
  /** Data sources and URLs by subgraph name. */
  services: Record<string, { url?: string; dataSource: GraphQLDataSource }>;
  /** The supergraph as graphql-js schema, as executeQueryPlan wants it. */
  supergraphSchema: GraphQLSchema;
  /** The API schema as federation-internals Schema (planner input) and as graphql-js schema (validation). */
  apiSchema: Schema;
  schema: GraphQLSchema;
}

interface GatewayPrivateFields {
  queryPlanner?: QueryPlanner;
  serviceMap: LoadedGateway['services'];
  supergraphSchema?: GraphQLSchema;
  apiSchema?: Schema;
  schema?: GraphQLSchema;
}

/** The private fields read by `loadedGateway`, by name (the contract test checks each). */
export const GATEWAY_PRIVATE_FIELDS = [
  'queryPlanner',
  'serviceMap',
  'supergraphSchema',
  'apiSchema',
  'schema',
] as const satisfies ReadonlyArray<keyof GatewayPrivateFields>;

/**
 * The loaded gateway's planner, data sources and schemas; the fields are read
 * anew on every call, so a reloaded supergraph is picked up.
 */
export function loadedGateway(gateway: ApolloGateway): LoadedGateway {
  const fields = gateway as unknown as GatewayPrivateFields;
  const { queryPlanner, serviceMap, supergraphSchema, apiSchema, schema } = fields;
  if (!queryPlanner || !supergraphSchema || !apiSchema || !schema) {
    throw new Error('The gateway has not loaded a supergraph yet');
  }
  return { planner: queryPlanner, services: serviceMap, supergraphSchema, apiSchema, schema };
}

/** The planner's plan for an operation of the API schema. */
export function buildPlan(
  loaded: LoadedGateway,
  document: DocumentNode,
  operationName?: string | null,
  options?: ReturnType<typeof planOptions>,
): QueryPlan {
  const operation = operationFromDocument(loaded.apiSchema, document, operationName ? { operationName } : {});
  return loaded.planner.buildQueryPlan(operation, options);
}

/** The planner's options the gateway was configured with (its `executor` passes the same). */
export function planOptions(gateway: ApolloGateway): {
  recursiveSelectionsLimitDisabled: boolean;
  nonLocalSelectionsLimitDisabled: boolean;
} {
  const fields = gateway as unknown as {
    recursiveSelectionsLimitDisabled?: boolean;
    nonLocalSelectionsLimitDisabled?: boolean;
  };
  return {
    recursiveSelectionsLimitDisabled: fields.recursiveSelectionsLimitDisabled ?? false,
    nonLocalSelectionsLimitDisabled: fields.nonLocalSelectionsLimitDisabled ?? false,
  };
}

/**
 * The Operation @apollo/gateway's `executeQueryPlan` shapes the answer from: the operation
 * and its fragments (as `buildOperationContext` picked them) on the API schema, unvalidated.
 */
export function shapingOperation(
  apiSchema: Schema,
  operationContext: { operation: DefinitionNode; fragments: Record<string, DefinitionNode> },
): Operation {
  return operationFromDocument(
    apiSchema,
    {
      kind: Kind.DOCUMENT,
      definitions: [operationContext.operation, ...Object.values(operationContext.fragments)],
    },
    { validate: false },
  );
}

/**
 * The `kind` @apollo/gateway gives a data source's request for a fetch of a plan
 * (GraphQLDataSourceRequestKind.INCOMING_OPERATION, an enum its package does not export).
 */
export const INCOMING_OPERATION = 'incoming operation';

/** A data source that answers every fetch with `result` (a subscription event standing in for its fetch). */
export function answeringDataSource(result: ExecutionResult): GraphQLDataSource {
  return { process: async () => result } as unknown as GraphQLDataSource;
}

export interface PlanExecution {
  loaded: LoadedGateway;
  plan: QueryPlan;
  /** Data sources by service name: the loaded ones, plus any the plan names besides. */
  dataSources: ServiceMap;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  context: object;
}

/** Runs a query plan with the gateway's own executor, outside Apollo Server's request pipeline. */
export async function executePlan(input: PlanExecution): Promise<ExecutionResult> {
  const { loaded } = input;
  const requestContext = {
    request: { variables: input.variables ?? {}, operationName: input.operationName ?? undefined },
    document: input.document,
    operationName: input.operationName ?? null,
    context: input.context,
    // The executor records error paths here.
    metrics: {},
    logger: console,
  } as unknown as Parameters<typeof executeQueryPlan>[2];
  const operationContext = buildOperationContext({
    schema: loaded.schema,
    operationDocument: input.document,
    ...(input.operationName ? { operationName: input.operationName } : {}),
  });
  const result = await executeQueryPlan(
    input.plan,
    input.dataSources,
    requestContext,
    operationContext,
    loaded.supergraphSchema,
    loaded.apiSchema,
  );
  return {
    data: result.data ?? null,
    ...(result.errors?.length ? { errors: result.errors } : {}),
  } as ExecutionResult;
}

/** The members of RemoteGraphQLDataSource the lean send calls or replaces. */
export const DATA_SOURCE_MEMBERS = [
  'sendRequest',
  'errorFromResponse',
  'parseBody',
  'didEncounterError',
] as const;

/**
 * Puts `send` in place of the data source's private `sendRequest` (set on the
 * instance); throws should Apollo ever rename it, so an upgrade cannot
 * silently go back to the slow path or call a method that no longer exists.
 */
export function replaceSendRequest(
  source: RemoteGraphQLDataSource<never>,
  send: (...args: never[]) => Promise<unknown>,
): void {
  const patchable = source as unknown as { sendRequest?: unknown };
  if (typeof patchable.sendRequest !== 'function')
    throw new Error(
      'RemoteGraphQLDataSource has no sendRequest: check upstream/lean-send.ts against @apollo/gateway',
    );
  patchable.sendRequest = send;
}
