import type { ApolloServerPlugin } from '@apollo/server';
import { READ_ONLY_ROLES } from '@kaarst/kit';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayContext } from '../context.ts';
import { applyRemovals, authorizeOperation, documentHash, type RemovedField } from './enforce.ts';
import type { Requirements } from './requirements.ts';

/** Queries and mutations: unauthorized fields out before planning, nulls and errors in the answer. */
export function authorizationPlugin(requirements: () => Requirements): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let removed: RemovedField[] = [];
      return {
        async didResolveOperation(context) {
          const viewer = context.contextValue.viewer;
          if (context.operation?.operation === 'mutation' && isReadOnly(viewer)) throw readOnly();
          const current = requirements();
          if (current.size === 0 || !context.operation) return;
          const result = authorizeOperation(
            context.schema,
            context.document,
            context.operation,
            current,
            viewer,
          );
          if (!result) return;
          removed = result.removed;
          // What the gateway plans from; its plan cache is keyed by queryHash, so that changes too.
          const writable = context as unknown as {
            document: DocumentNode;
            operation: OperationDefinitionNode;
            queryHash: string;
          };
          writable.document = result.document;
          writable.operation = result.operation;
          writable.queryHash = documentHash(result.document);
        },
        async willSendResponse({ response }) {
          if (removed.length === 0 || response.body.kind !== 'single') return;
          const single = response.body.singleResult;
          const { data, errors } = applyRemovals(single.data, removed);
          single.data = data;
          single.errors = [...errors, ...(single.errors ?? [])];
        },
      };
    },
  };
}

/** A viewer whose every role only reads (a city display): no mutations, whatever the schema says. */
const isReadOnly = (viewer: GatewayContext['viewer']) =>
  viewer !== null && viewer.roles.every((role) => READ_ONLY_ROLES.includes(role));

const readOnly = () =>
  new GraphQLError('This account only reads; it cannot change anything.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403, headers: new Map() } },
  });

/**
 * Subscriptions: an event stream cannot carry per-event nulls for fields it
 * never fetched, so a subscription asking for anything the caller may not
 * see is refused as a whole, with the same codes and paths.
 */
export function subscriptionDenials(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  requirements: Requirements,
  context: GatewayContext,
): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation || requirements.size === 0) return [];
  const result = authorizeOperation(schema, document, operation, requirements, context.viewer);
  return (applyRemovals(null, result?.removed ?? []).errors ?? []).map(
    (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
  );
}
