import type { ServiceMap } from '@apollo/gateway';
import type { FetchNode, PlanNode } from '@apollo/query-planner';
import type { DocumentNode, ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.ts';
import {
  answeringDataSource,
  buildPlan,
  executePlan,
  type LoadedGateway,
} from '../upstream/apollo-internals.ts';

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
  const plan = buildPlan(loaded, document, operationName);
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
  const dataSources: ServiceMap = Object.create(null);
  for (const [name, service] of Object.entries(loaded.services)) dataSources[name] = service.dataSource;
  dataSources[eventSource] = answeringDataSource(input.event);

  const primary: FetchNode = { ...plan.primary, serviceName: eventSource };
  return executePlan({
    loaded,
    plan: {
      kind: 'QueryPlan',
      node: plan.rest ? { kind: 'Sequence', nodes: [primary, plan.rest] } : primary,
    },
    dataSources,
    document: input.document,
    ...(input.operationName !== undefined ? { operationName: input.operationName } : {}),
    ...(input.variables !== undefined ? { variables: input.variables } : {}),
    context: input.context,
  });
}
