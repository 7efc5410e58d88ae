import type { ApolloServerPlugin } from '@apollo/server';
import { DEVICE_ROLES } from '@kaarst/kit/common';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayContext } from '../context.ts';
import { applyRemovals, authorizeOperation, denial, documentHash, type RemovedField } from './enforce.ts';
import type { Requirements } from './requirements.ts';

/** Queries and mutations: unauthorized fields out before planning, nulls and errors in the answer. */
export function authorizationPlugin(requirements: () => Requirements): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let removed: RemovedField[] = [];
      return {
        async didResolveOperation(context) {
          const viewer = context.contextValue.viewer;
          const current = requirements();
          if (
            context.operation?.operation === 'mutation' &&
            isDevice(viewer) &&
            !madeForDevice(context.operation, current, viewer)
          )
            throw deviceRefusal(viewer);
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

/** A viewer that is only a device (a city display, a ticket kiosk), not a person. */
const isDevice = (viewer: GatewayContext['viewer']) =>
  viewer?.roles.every((role) => DEVICE_ROLES.includes(role)) ?? false;

/**
 * A device may run a mutation only when every root field names, in
 * @requiresScopes, a scope the device holds: fields open to anyone signed in
 * (or to nobody in particular) are a person's, not a device's.
 */
function madeForDevice(
  operation: OperationDefinitionNode,
  requirements: Requirements,
  viewer: GatewayContext['viewer'],
): boolean {
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') return true;
    const requirement = requirements.get(`Mutation.${selection.name.value}`);
    return (requirement?.scopes.length ?? 0) > 0 && denial(requirement, viewer) === null;
  });
}

const deviceRefusal = (viewer: GatewayContext['viewer']) =>
  new GraphQLError(
    viewer?.roles.includes('kiosk')
      ? 'This device account may only draw tickets.'
      : 'This account only reads; it cannot change anything.',
    { extensions: { code: 'FORBIDDEN', http: { status: 403, headers: new Map() } } },
  );

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
