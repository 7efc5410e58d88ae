import type { Schema } from '@apollo/federation-internals';
import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

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

/**
 * @apollo/gateway keeps its planner, data sources and schemas in fields that
 * are private to TypeScript only. This is the one place that reaches in; the
 * fields are read anew on every call, so a reloaded supergraph is picked up.
 */
export function loadedGateway(gateway: ApolloGateway): LoadedGateway {
  const fields = gateway as unknown as GatewayPrivateFields;
  const { queryPlanner, serviceMap, supergraphSchema, apiSchema, schema } = fields;
  if (!queryPlanner || !supergraphSchema || !apiSchema || !schema) {
    throw new Error('The gateway has not loaded a supergraph yet');
  }
  return { planner: queryPlanner, services: serviceMap, supergraphSchema, apiSchema, schema };
}
