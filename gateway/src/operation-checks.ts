import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { refusal } from './refusals.ts';

/**
 * What graphql-js' execute would refuse as the caller's mistake, refused before
 * the gateway plans: @apollo/gateway throws on these instead, which Apollo
 * Server answers as a 500. An operation name the document lacks, and variables
 * that do not fit their declared types (all of them reported at once).
 */
export const operationChecksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, schema }) {
        if (!operation) {
          throw refusal(
            'OPERATION_RESOLUTION_FAILURE',
            request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide an operation name when the document holds several operations.',
          );
        }
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
