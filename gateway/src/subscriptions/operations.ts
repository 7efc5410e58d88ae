/**
 * How an operation that arrives over SSE or WebSocket runs: validated with the operation limits,
 * queries and mutations through Apollo Server (its plugins, as over HTTP), subscriptions checked
 * (input, authorization) and handed to the federated subscription hub.
 */
import type { ApolloServer } from '@apollo/server';
import { unsafeOperationInput } from '@kaarst/kit/common';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import type { GatewayContext } from '../context.ts';
import { withoutSuggestions } from '../protection/refusals.ts';
import type { HubSubscription, SubscriptionHub } from './hub.ts';

export interface OperationRunnerOptions {
  server: ApolloServer<GatewayContext>;
  hub: SubscriptionHub;
  /** The operation limits' rules, for subscriptions (queries and mutations pass through Apollo Server's). */
  validationRules: ValidationRule[];
  /** Drop graphql-js' "Did you mean ...?" from validation errors (production). */
  hideSuggestions: boolean;
  /** The authorization errors of a subscription for this caller (none: it may run). */
  authorize: (
    document: DocumentNode,
    operationName: string | null | undefined,
    context: GatewayContext,
  ) => GraphQLError[];
}

export interface OperationRunner {
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  subscribe(args: ExecutionArgs): HubSubscription | ExecutionResult;
}

export function createOperationRunner(options: OperationRunnerOptions): OperationRunner {
  const { server, hub } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  return {
    validate(schema, document) {
      const errors = validate(schema, document, rules);
      return options.hideSuggestions ? withoutSuggestions(errors) : errors;
    },
    async execute(args) {
      const response = await server.executeOperation(
        {
          query: args.document,
          variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined,
          ...(args.operationName ? { operationName: args.operationName } : {}),
        },
        { contextValue: args.contextValue as GatewayContext },
      );
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
      return response.body.singleResult as ExecutionResult;
    },
    subscribe(args) {
      // The same input check as for queries and mutations (operation-checks.ts), before any subgraph.
      const unsafe = unsafeOperationInput(args.document, args.variableValues);
      if (unsafe) return { errors: [new GraphQLError(unsafe, { extensions: { code: 'BAD_USER_INPUT' } })] };
      const denied = options.authorize(
        args.document,
        args.operationName,
        args.contextValue as GatewayContext,
      );
      if (denied.length > 0) return { errors: denied };
      return hub.subscribe({
        document: args.document,
        variables: (args.variableValues ?? null) as Record<string, unknown> | null,
        operationName: args.operationName ?? null,
        context: args.contextValue as GatewayContext,
      });
    },
  };
}

/** A refusal as a GraphQL error: its own code (INVALID_API_KEY, RATE_LIMITED...) or UNAUTHENTICATED. */
export const refusalError = (error: unknown) => {
  const { hubCode, extensions } = error as { hubCode?: string; extensions?: Record<string, unknown> };
  return new GraphQLError((error as Error).message, {
    extensions: {
      ...(hubCode ? extensions : {}),
      code: hubCode ?? 'UNAUTHENTICATED',
    },
  });
};
