/**
 * The benchmark's operation, the same kind as the public benchmark's: users →
 * reviews → product → reviews → author → reviews → product through fragments,
 * plus topProducts with the inventory fields (`shippingEstimate` needs the
 * products subgraph's price and weight first).
 */
export const NESTED_QUERY = /* GraphQL */ `
query Nested {
  users {
    ...UserFields
    reviews {
      ...ReviewFields
      product {
        ...ProductFields
        reviews { ...ReviewFields author { ...UserFields reviews { ...ReviewFields product { ...ProductFields } } } }
      }
    }
  }
  topProducts {
    ...ProductFields
    reviews { ...ReviewFields author { ...UserFields reviews { ...ReviewFields product { ...ProductFields } } } }
  }
}
fragment UserFields on User { id username name }
fragment ReviewFields on Review { id body }
fragment ProductFields on Product { inStock name price shippingEstimate upc weight }
`;

/** The request body every gateway is sent. */
export const NESTED_BODY = JSON.stringify({ query: NESTED_QUERY, operationName: 'Nested' });
