import type { ApolloServerPlugin } from '@apollo/server';
import { unsafeOperationInput } from '@kaarst/kit/common';
import { getVariableValues } from 'graphql';
import { refusal } from './refusals.ts';

/**
 * What graphql-js' execute would refuse as the caller's mistake, refused before
 * the gateway plans: @apollo/gateway throws on these instead, which Apollo
 * Server answers as a 500. An operation name the document lacks, a
 * subscription sent as a plain request (the gateway cannot execute those; they
 * take WebSocket or SSE), input no service can store (NUL, lone surrogates,
 * numbers beyond a double: kit/src/input-safety.ts) in variables or inline
 * literals, and variables that do not fit their declared types (all of them
 * reported at once).
 */
export const operationChecksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, schema, document }) {
        if (!operation) {
          throw refusal(
            'OPERATION_RESOLUTION_FAILURE',
            request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide an operation name when the document holds several operations.',
          );
        }
        if (operation.operation === 'subscription')
          throw refusal(
            'BAD_REQUEST',
            'Subscriptions run over WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream), not as a plain request.',
          );
        const unsafe = unsafeOperationInput(document, request.variables);
        if (unsafe) throw refusal('BAD_USER_INPUT', unsafe);
        const coerced = getVariableValues(
          schema,
          operation.variableDefinitions ?? [],
          request.variables ?? {},
          {
            maxErrors: 20,
          },
        );
        if (coerced.errors) throw refusal('BAD_USER_INPUT', coerced.errors.map((e) => e.message).join(' '));
      },
    };
  },
};
