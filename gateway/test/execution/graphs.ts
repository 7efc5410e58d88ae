/**
 * Two federated graphs run in process for the differential test of the compiled executor:
 * the gateway benchmark's four subgraphs (bench/gateway), and a small shop with an interface,
 * a union, @requires, @provides, @inaccessible and non-null fields. Each subgraph is a
 * graphql-js schema from @apollo/subgraph; its data source executes the fetch against it and
 * then lets the test damage the answer (errors, nulls, missing entities).
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLDataSource } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type ExecutionResult, execute, type GraphQLSchema, parse } from 'graphql';
import { SUBGRAPHS } from '../../../bench/gateway/schemas.ts';

export interface Graph {
  supergraphSchema: GraphQLSchema;
  apiSchema: ReturnType<Supergraph['apiSchema']>;
  schema: GraphQLSchema;
  planner: QueryPlanner;
  subgraphs: Map<string, GraphQLSchema>;
}

function graphOf(supergraphSdl: string, subgraphs: Map<string, GraphQLSchema>): Graph {
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  return {
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
    apiSchema,
    schema: apiSchema.toGraphQLJSSchema(),
    planner: new QueryPlanner(supergraph),
    subgraphs,
  };
}

export function benchGraph(): Graph {
  const sdl = readFileSync(new URL('../../../bench/gateway/supergraph.graphql', import.meta.url), 'utf8');
  const subgraphs = new Map(
    SUBGRAPHS.map((subgraph) => [
      subgraph.name,
      buildSubgraphSchema([{ typeDefs: parse(subgraph.typeDefs), resolvers: subgraph.resolvers as never }]),
    ]),
  );
  return graphOf(sdl, subgraphs);
}

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@inaccessible", "@shareable"])`;

const PRODUCTS = [
  { upc: 'p1', name: 'Kaarster Kaffee', price: 12, weight: 5, tags: ['food', 'local'] },
  { upc: 'p2', name: 'Stadtplan', price: 4, weight: 1, tags: [] },
  { upc: 'p3', name: 'Regenschirm', price: 20, weight: 3, tags: null },
];
const BOOKS = [{ id: 'b1', title: 'Chronik der Stadt' }];
const USERS = [
  { id: 'u1', name: 'Anna', favorite: 'p1' },
  { id: 'u2', name: 'Ben', favorite: null },
];
const REVIEWS = [
  { id: 'r1', body: 'Gut', rating: 5, product: 'p1', author: 'u1' },
  { id: 'r2', body: 'Naja', rating: 2, product: 'p2', author: 'u2' },
  { id: 'r3', body: 'Nass', rating: 4, product: 'p3', author: 'u1' },
];

const catalog = {
  name: 'catalog',
  typeDefs: `${LINK}
    type Query {
      products: [Product!]!
      product(upc: String!): Product
      search(text: String): [SearchResult!]!
      node(id: ID!): Node
      nodes: [Node]
    }
    interface Node { id: ID! }
    type Product implements Node @key(fields: "upc") {
      id: ID!
      upc: String!
      name: String! @shareable
      price: Int
      weight: Int
      tags: [String!]
      secret: String @inaccessible
    }
    type Book implements Node @key(fields: "id") { id: ID! title: String! }
    type Hidden implements Node @inaccessible { id: ID! }
    union SearchResult = Product | Book`,
  resolvers: {
    Query: {
      products: () => PRODUCTS,
      product: (_: unknown, { upc }: { upc: string }) => PRODUCTS.find((p) => p.upc === upc) ?? null,
      search: (_: unknown, { text }: { text?: string }) =>
        [...PRODUCTS, ...BOOKS].filter((item) => !text || JSON.stringify(item).includes(text)),
      node: (_: unknown, { id }: { id: string }) =>
        id === 'hidden'
          ? { __typename: 'Hidden', id }
          : ([...PRODUCTS, ...BOOKS].find((item) => itemId(item) === id) ?? null),
      nodes: () => [...PRODUCTS, null, ...BOOKS],
    },
    Node: {
      __resolveType: (item: { __typename?: string; upc?: string }) =>
        item.__typename ?? (item.upc ? 'Product' : 'Book'),
    },
    SearchResult: { __resolveType: (item: { upc?: string }) => (item.upc ? 'Product' : 'Book') },
    Product: {
      id: (p: { upc: string }) => `P-${p.upc}`,
      secret: () => 'x',
      __resolveReference: (ref: { upc: string }) => PRODUCTS.find((p) => p.upc === ref.upc) ?? null,
    },
    Book: { __resolveReference: (ref: { id: string }) => BOOKS.find((b) => b.id === ref.id) ?? null },
  },
};

function itemId(item: { upc?: string; id?: string }): string {
  return item.upc ? `P-${item.upc}` : (item.id as string);
}

const shipping = {
  name: 'shipping',
  typeDefs: `${LINK}
    type Product @key(fields: "upc") {
      upc: String!
      price: Int @external
      weight: Int @external
      shippingEstimate: Int @requires(fields: "price weight")
      inStock: Boolean!
    }`,
  resolvers: {
    Product: {
      __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ref,
      shippingEstimate: (p: { price?: number | null; weight?: number | null }) =>
        p.price == null || p.weight == null ? null : p.price > 10 ? 0 : p.weight * 2,
      inStock: (p: { upc: string }) => p.upc !== 'p2',
    },
  },
};

const people = {
  name: 'people',
  typeDefs: `${LINK}
    type Query { me: User users: [User!]! review(id: ID!): Review }
    type Mutation { rate(upc: String!, stars: Int!): Review! }
    type User @key(fields: "id") {
      id: ID!
      name: String!
      favorite: Product @provides(fields: "name")
      reviews: [Review!]!
    }
    type Review @key(fields: "id") { id: ID! body: String! rating: Int! product: Product! author: User! }
    type Product @key(fields: "upc") {
      upc: String!
      name: String! @external
      reviews: [Review!]!
      reviewCount: Int!
    }`,
  resolvers: {
    Query: {
      me: () => USERS[0],
      users: () => USERS,
      review: (_: unknown, { id }: { id: string }) => REVIEWS.find((r) => r.id === id) ?? null,
    },
    // Nothing is stored: both executors of a case get the same answer.
    Mutation: {
      rate: (_: unknown, { upc, stars }: { upc: string; stars: number }) => ({
        id: `new-${upc}-${stars}`,
        body: 'neu',
        rating: stars,
        product: upc,
        author: 'u2',
      }),
    },
    User: {
      __resolveReference: (ref: { id: string }) => USERS.find((u) => u.id === ref.id) ?? null,
      favorite: (u: { favorite: string | null }) =>
        u.favorite ? { upc: u.favorite, name: PRODUCTS.find((p) => p.upc === u.favorite)?.name } : null,
      reviews: (u: { id: string }) => REVIEWS.filter((r) => r.author === u.id),
    },
    Review: {
      __resolveReference: (ref: { id: string }) => REVIEWS.find((r) => r.id === ref.id) ?? null,
      product: (r: { product: string }) => ({ upc: r.product }),
      author: (r: { author: string }) => USERS.find((u) => u.id === r.author),
    },
    Product: {
      reviews: (p: { upc: string }) => REVIEWS.filter((r) => r.product === p.upc),
      reviewCount: (p: { upc: string }) => REVIEWS.filter((r) => r.product === p.upc).length,
    },
  },
};

export function shopGraph(): Graph {
  const definitions = [catalog, shipping, people];
  const composed = composeServices(
    definitions.map((d) => ({
      name: d.name,
      url: `http://${d.name}.test/graphql`,
      typeDefs: parse(d.typeDefs),
    })),
  );
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const subgraphs = new Map(
    definitions.map((d) => [
      d.name,
      buildSubgraphSchema([{ typeDefs: parse(d.typeDefs), resolvers: d.resolvers as never }]),
    ]),
  );
  return graphOf(composed.supergraphSdl, subgraphs);
}

/** What a test does to a subgraph's answer before the executor sees it (a copy each time). */
export type Fault = (
  service: string,
  result: ExecutionResult,
  request: { query: string; variables?: Record<string, unknown> },
) => ExecutionResult | Promise<ExecutionResult>;

export interface RecordedRequest {
  service: string;
  kind: unknown;
  query: string | undefined;
  operationName: string | undefined;
  variables: unknown;
  path: unknown;
  hasDocument: boolean;
  sameContext: boolean;
}

/** One data source per subgraph, executing in process, recording each request as received. */
export function dataSources(
  graph: Graph,
  context: object,
  fault: Fault | undefined,
  recorded: RecordedRequest[],
): Record<string, GraphQLDataSource> {
  const sources: Record<string, GraphQLDataSource> = Object.create(null);
  for (const [service, schema] of graph.subgraphs) {
    sources[service] = {
      async process(options: {
        kind: unknown;
        request: { query?: string; variables?: Record<string, unknown>; operationName?: string };
        context: unknown;
        document?: unknown;
        pathInIncomingRequest?: unknown;
      }) {
        const { request } = options;
        recorded.push({
          service,
          kind: options.kind,
          query: request.query,
          operationName: request.operationName,
          variables: JSON.parse(JSON.stringify(request.variables ?? null)),
          path: options.pathInIncomingRequest,
          hasDocument: !!options.document,
          sameContext: options.context === context,
        });
        // Serialised and parsed, as over HTTP.
        const variables = JSON.parse(JSON.stringify(request.variables ?? {}));
        const executed = await execute({
          schema,
          document: parse(request.query as string),
          variableValues: variables,
        });
        const result = JSON.parse(JSON.stringify(executed)) as ExecutionResult;
        return fault ? fault(service, result, { query: request.query as string, variables }) : result;
      },
    } as unknown as GraphQLDataSource;
  }
  return sources;
}
