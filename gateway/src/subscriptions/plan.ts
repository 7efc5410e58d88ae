import { operationFromDocument } from '@apollo/federation-internals';
import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { LoadedGateway } from './internals.ts';

/** A subscription as the query planner splits it: the primary fetch and what follows per event. */
export interface SubscriptionPlan {
  primary: FetchNode;
  rest: PlanNode | undefined;
}

export function planSubscription(
  loaded: LoadedGateway,
  document: DocumentNode,
  operationName?: string | null,
): SubscriptionPlan {
  const operation = operationFromDocument(loaded.apiSchema, document, operationName ? { operationName } : {});
  const plan = loaded.planner.buildQueryPlan(operation);
  if (plan.node?.kind !== 'Subscription') throw new Error('The operation is not a subscription');
  return { primary: plan.node.primary, rest: plan.node.rest };
}

/** The variables the primary fetch uses, as the subgraph expects them. */
export function primaryVariables(
  plan: SubscriptionPlan,
  variables: Record<string, unknown> | null | undefined,
) {
  return Object.fromEntries(
    (plan.primary.variableUsages ?? [])
      .filter((name) => variables && name in variables)
      .map((name) => [name, variables?.[name]]),
  );
}

export interface SubscriptionEvent {
  loaded: LoadedGateway;
  plan: SubscriptionPlan;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  context: GatewayContext;
  /** One event of the primary subscription, as the owning subgraph sent it. */
  event: ExecutionResult;
}

/**
 * Runs the rest of the plan for one event with the gateway's own executor:
 * the primary fetch is answered by the event itself (a data source that
 * returns it), then the entity fetches into the other subgraphs run as they
 * would for a query, so every event carries their fields too.
 */
export async function executeSubscriptionEvent(input: SubscriptionEvent): Promise<ExecutionResult> {
  const { loaded, plan } = input;
  const eventSource = `${plan.primary.serviceName} (subscription event)`;
  const serviceMap: ServiceMap = Object.create(null);
  for (const [name, service] of Object.entries(loaded.services)) serviceMap[name] = service.dataSource;
  serviceMap[eventSource] = { process: async () => input.event } as unknown as GraphQLDataSource;

  const primary: FetchNode = { ...plan.primary, serviceName: eventSource };
  const queryPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: plan.rest ? { kind: 'Sequence', nodes: [primary, plan.rest] } : primary,
  };
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
    queryPlan,
    serviceMap,
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
