/**
 * The mixed workload (issue 28): requests that are not alike, so operation
 * sharing cannot answer one from another's execution. Variants of the nested
 * query (each leaves one product field out, so each is its own document with
 * its own plan and its own subgraph fetches) with `topProducts(first: $first)`
 * for first = 1..5, plus smaller operations: one user with their reviews, and
 * the top products with stock and shipping. The load sends them round robin
 * over all connections, so with fewer connections than bodies no two requests
 * in flight are the same body (the sharing figures in the report show how often
 * identical subgraph fetches still met).
 */
import { NESTED_QUERY } from './query.ts';

const PRODUCT_FIELDS = ['inStock', 'name', 'price', 'shippingEstimate', 'upc', 'weight'];

/** The nested query with `$first` on topProducts, leaving out product field `skip` (or none). */
function nestedVariant(index: number, skip: string | undefined): string {
  const fields = PRODUCT_FIELDS.filter((field) => field !== skip).join(' ');
  return NESTED_QUERY.replace('query Nested {', `query Nested${index}($first: Int) {`)
    .replace('topProducts {', 'topProducts(first: $first) {')
    .replace(
      /fragment ProductFields on Product \{[^}]*\}/,
      `fragment ProductFields on Product { ${fields} }`,
    );
}

const USER_QUERY = /* GraphQL */ `
query UserReviews($id: ID!) {
  user(id: $id) { id name username reviews { id body product { upc name price shippingEstimate inStock } } }
}`;

const TOP_QUERY = /* GraphQL */ `
query TopProducts($first: Int) {
  topProducts(first: $first) { upc name price weight inStock shippingEstimate reviews { id author { id name } } }
}`;

const USER_BRIEF_QUERY = /* GraphQL */ `
query UserBrief($id: ID!) {
  user(id: $id) { username reviews { body product { name } } }
}`;

const TOP_NAMES_QUERY = /* GraphQL */ `
query TopNames($first: Int) {
  topProducts(first: $first) { name reviews { body author { username } } }
}`;

export interface MixedRequest {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

/** Every distinct document of the mixed workload (ours registers them as trusted documents). */
export const MIXED_DOCUMENTS: string[] = [
  ...[undefined, ...PRODUCT_FIELDS].map((skip, i) => nestedVariant(i, skip)),
  USER_QUERY,
  USER_BRIEF_QUERY,
  TOP_QUERY,
  TOP_NAMES_QUERY,
];

function requests(): MixedRequest[] {
  const list: MixedRequest[] = [];
  const nested = MIXED_DOCUMENTS.slice(0, 1 + PRODUCT_FIELDS.length);
  for (let first = 1; first <= 5; first++)
    nested.forEach((query, i) => {
      list.push({ query, operationName: `Nested${i}`, variables: { first } });
    });
  for (let id = 1; id <= 6; id++) {
    list.push({ query: USER_QUERY, operationName: 'UserReviews', variables: { id: String(id) } });
    list.push({ query: USER_BRIEF_QUERY, operationName: 'UserBrief', variables: { id: String(id) } });
  }
  for (let first = 1; first <= 5; first++) {
    list.push({ query: TOP_QUERY, operationName: 'TopProducts', variables: { first } });
    list.push({ query: TOP_NAMES_QUERY, operationName: 'TopNames', variables: { first } });
  }
  // Interleaved (a fixed shuffle) so heavy and light requests alternate.
  return list
    .map((request, i) => ({ request, key: (i * 23) % list.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ request }) => request);
}

/** The request bodies of the mixed workload, in the order they are sent (57 distinct bodies). */
export const MIXED_BODIES: string[] = requests().map((request) => JSON.stringify(request));
