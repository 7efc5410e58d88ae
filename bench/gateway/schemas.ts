/**
 * The four subgraphs of the gateway benchmark, in Federation 1 style (`extend
 * type`, `@external`), the shape of the public graphql-gateways-benchmark:
 * inventory `@requires` price and weight of the products subgraph, reviews
 * `@provides` the author's username, and entities join all four.
 */
import {
  IN_STOCK,
  PRODUCTS,
  productByUpc,
  REVIEWS,
  type Review,
  reviewById,
  shippingEstimate,
  USERS,
  userById,
} from './data.ts';

export interface SubgraphDefinition {
  name: 'accounts' | 'inventory' | 'products' | 'reviews';
  typeDefs: string;
  resolvers: Record<string, Record<string, unknown>>;
}

type Ref = Record<string, string>;

const accounts: SubgraphDefinition = {
  name: 'accounts',
  typeDefs: /* GraphQL */ `
    extend type Query {
      me: User
      user(id: ID!): User
      users: [User]
    }
    type User @key(fields: "id") {
      id: ID!
      name: String
      username: String
      birthday: Int
    }
  `,
  resolvers: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, { id }: Ref) => userById.get(id as string) ?? null,
      users: () => USERS,
    },
    User: { __resolveReference: ({ id }: Ref) => userById.get(id as string) ?? null },
  },
};

const inventory: SubgraphDefinition = {
  name: 'inventory',
  typeDefs: /* GraphQL */ `
    type Product @key(fields: "upc") @extends {
      upc: String! @external
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }
  `,
  resolvers: {
    Product: {
      __resolveReference: (reference: { upc: string; price?: number; weight?: number }) => reference,
      inStock: ({ upc }: Ref) => IN_STOCK[upc as string] ?? false,
      shippingEstimate: ({ price, weight }: { price: number; weight: number }) =>
        shippingEstimate(price, weight),
    },
  },
};

const products: SubgraphDefinition = {
  name: 'products',
  typeDefs: /* GraphQL */ `
    extend type Query {
      topProducts(first: Int = 5): [Product]
    }
    type Product @key(fields: "upc") {
      upc: String!
      name: String
      price: Int
      weight: Int
    }
  `,
  resolvers: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first) },
    Product: { __resolveReference: ({ upc }: Ref) => productByUpc.get(upc as string) ?? null },
  },
};

const reviewFields = (review: Review) => ({
  id: review.id,
  body: review.body,
  // The author with the username this subgraph provides (the same as the accounts subgraph's).
  author: { id: review.authorId, username: userById.get(review.authorId)?.username },
  product: { upc: review.upc },
});

const reviews: SubgraphDefinition = {
  name: 'reviews',
  typeDefs: /* GraphQL */ `
    type Review @key(fields: "id") {
      id: ID!
      body: String
      author: User @provides(fields: "username")
      product: Product
    }
    type User @key(fields: "id") @extends {
      id: ID! @external
      username: String @external
      reviews: [Review]
    }
    type Product @key(fields: "upc") @extends {
      upc: String! @external
      reviews: [Review]
    }
  `,
  resolvers: {
    Review: {
      __resolveReference: ({ id }: Ref) => {
        const review = reviewById.get(id as string);
        return review ? reviewFields(review) : null;
      },
    },
    User: {
      __resolveReference: (reference: Ref) => reference,
      reviews: ({ id }: Ref) => REVIEWS.filter((review) => review.authorId === id).map(reviewFields),
    },
    Product: {
      __resolveReference: (reference: Ref) => reference,
      reviews: ({ upc }: Ref) => REVIEWS.filter((review) => review.upc === upc).map(reviewFields),
    },
  },
};

export const SUBGRAPHS: SubgraphDefinition[] = [accounts, inventory, products, reviews];
