/**
 * One URL, three transports: GraphQL over HTTP (Apollo Server), GraphQL over SSE (graphql-sse)
 * and GraphQL over WebSocket (graphql-ws). Subscriptions go to the federated subscription hub;
 * queries and mutations sent over SSE or WebSocket run through Apollo Server like any other
 * request (operations.ts).
 */
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { type ContextFor, registerGraphQLRoute } from '../http/graphql-route.ts';
import type { SubscriptionHub } from './hub.ts';
import { createOperationRunner, type OperationRunnerOptions } from './operations.ts';
import { type GraphQLWebSocketOptions, registerGraphQLWebSocket } from './websocket.ts';

export interface GraphQLTransportsOptions
  extends Omit<OperationRunnerOptions, 'server' | 'hub'>,
    Omit<GraphQLWebSocketOptions, 'runner' | 'schema' | 'contextFor' | 'app'> {
  app: FastifyInstance;
  server: ApolloServer<GatewayContext>;
  hub: SubscriptionHub;
  /** The current API schema (it changes when the supergraph reloads). */
  schema: () => GraphQLSchema;
  /** Who is asking; throws for a bad token (UNAUTHENTICATED) or key (INVALID_API_KEY). */
  contextFor: ContextFor;
}

export function registerGraphQLTransports(options: GraphQLTransportsOptions): { close(): Promise<void> } {
  const runner = createOperationRunner(options);
  registerGraphQLRoute({ ...options, runner });
  const webSocket = registerGraphQLWebSocket({ ...options, runner });
  return {
    async close() {
      await options.hub.close();
      await webSocket.close();
    },
  };
}
