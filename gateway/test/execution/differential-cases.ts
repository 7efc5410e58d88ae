/** The differential cases (differential.test.ts, differential-dedupe.test.ts). */
import { MIXED_DOCUMENTS } from '../../../bench/gateway/mixed.ts';
import { NESTED_QUERY } from '../../../bench/gateway/query.ts';
import { type Case, faults, type Row } from './differential-harness.ts';

const USER_QUERY = MIXED_DOCUMENTS[7] as string;
const USER_BRIEF = MIXED_DOCUMENTS[8] as string;
const TOP_QUERY = MIXED_DOCUMENTS[9] as string;
const TOP_NAMES = MIXED_DOCUMENTS[10] as string;

export const benchCases: Case[] = [
  { name: 'nested query', graph: 'bench', query: NESTED_QUERY, operationName: 'Nested' },
  ...MIXED_DOCUMENTS.slice(0, 7).map((query, i) => ({
    name: `nested variant ${i}, first ${1 + (i % 5)}`,
    graph: 'bench' as const,
    query,
    operationName: `Nested${i}`,
    variables: { first: 1 + (i % 5) },
  })),
  { name: 'user with reviews', graph: 'bench', query: USER_QUERY, variables: { id: '1' } },
  { name: 'unknown user', graph: 'bench', query: USER_QUERY, variables: { id: '99' } },
  { name: 'user brief', graph: 'bench', query: USER_BRIEF, variables: { id: '2' } },
  { name: 'top products', graph: 'bench', query: TOP_QUERY, variables: { first: 3 } },
  { name: 'top names, no variable', graph: 'bench', query: TOP_NAMES },
  {
    name: 'nested: inventory down',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.down('inventory'),
    errors: true,
  },
  {
    name: 'nested: reviews entity missing',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.entityNull('reviews', 1),
    errors: true,
  },
  {
    name: 'nested: accounts throws',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.throws('accounts'),
    errors: true,
  },
  {
    name: 'nested: product upc null (non-null)',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.field('products', 'upc', null, 2),
    errors: true,
  },
  {
    name: 'nested: product name null (nullable)',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.field('products', 'name', null, 2),
    positional: true,
  },
  {
    name: 'nested: wrong entity count',
    graph: 'bench',
    query: NESTED_QUERY,
    fault: faults.shortEntities('inventory'),
    errors: true,
    positional: true,
  },
  {
    name: 'top: price not a number',
    graph: 'bench',
    query: TOP_QUERY,
    variables: { first: 2 },
    fault: faults.field('products', 'price', 'cheap'),
    errors: true,
  },
  {
    name: 'top: inStock null with an entity error',
    graph: 'bench',
    query: TOP_QUERY,
    variables: { first: 2 },
    fault: faults.field('inventory', 'inStock', null, 0, 'stock unknown'),
    errors: true,
  },
  {
    name: 'user: reviews answers a non-list',
    graph: 'bench',
    query: USER_QUERY,
    variables: { id: '1' },
    fault: faults.notAList('products'),
    errors: true,
  },
  {
    name: 'user: errors without path',
    graph: 'bench',
    query: USER_QUERY,
    variables: { id: '3' },
    fault: faults.errorWithoutPath('reviews'),
    errors: true,
  },
  {
    name: 'top names: root data null',
    graph: 'bench',
    query: TOP_NAMES,
    variables: { first: 2 },
    fault: faults.dataNull('products'),
    errors: true,
  },
];

export const shopCases: Case[] = [
  {
    name: 'requires across subgraphs',
    graph: 'shop',
    query: '{ products { upc name price shippingEstimate inStock } }',
  },
  {
    name: 'union with fragments',
    graph: 'shop',
    query: '{ search { __typename ... on Product { name price } ... on Book { title } } }',
  },
  {
    name: 'union, variable filter',
    graph: 'shop',
    query: 'query S($t: String) { search(text: $t) { ... on Book { id title } ... on Product { upc } } }',
    variables: { t: 'Stadt' },
  },
  {
    name: 'interface field, object fragment',
    graph: 'shop',
    query: '{ node(id: "P-p1") { id __typename ... on Product { name inStock } } }',
  },
  {
    name: 'interface, other type',
    graph: 'shop',
    query: '{ node(id: "b1") { id ... on Book { title } ... on Product { name } } }',
  },
  { name: 'interface, nothing found', graph: 'shop', query: '{ node(id: "none") { id } }' },
  {
    name: 'inaccessible type behind an interface',
    graph: 'shop',
    query: '{ node(id: "hidden") { id __typename } }',
    errors: true,
  },
  {
    name: 'list of interface with a null',
    graph: 'shop',
    query: '{ nodes { id ... on Product { upc shippingEstimate } } }',
  },
  { name: '@provides', graph: 'shop', query: '{ me { name favorite { upc name } } }' },
  {
    name: '@provides plus a fetch',
    graph: 'shop',
    query: '{ users { name favorite { name price inStock } } }',
  },
  {
    name: 'deep entities',
    graph: 'shop',
    query: '{ users { name reviews { body rating product { name shippingEstimate reviewCount } } } }',
  },
  {
    name: 'aliases',
    graph: 'shop',
    query:
      '{ a: product(upc: "p1") { n: name t: __typename kind: __typename upc } b: product(upc: "p9") { name } c: products { label: name } }',
  },
  {
    name: 'skip and include by variable',
    graph: 'shop',
    query:
      'query Q($s: Boolean!, $i: Boolean!) { products { name price @skip(if: $s) tags @include(if: $i) reviews @include(if: $i) { body } } }',
    variables: { s: true, i: false },
  },
  {
    name: 'skip and include, other values',
    graph: 'shop',
    query:
      'query Q($s: Boolean!, $i: Boolean!) { products { name price @skip(if: $s) tags @include(if: $i) reviews @include(if: $i) { body } } }',
    variables: { s: false, i: true },
  },
  {
    name: 'variable defaults',
    graph: 'shop',
    query: 'query D($s: Boolean = true) { products { upc name @skip(if: $s) } }',
  },
  {
    name: 'constant skip on a fragment',
    graph: 'shop',
    query: '{ products { upc ... on Product @skip(if: true) { name } ... @include(if: true) { price } } }',
  },
  {
    name: 'named fragments on an interface',
    graph: 'shop',
    query:
      'query F { nodes { ...N } } fragment N on Node { id ... on Product { ...P } } fragment P on Product { name reviews { ...R } } fragment R on Review { body author { name } }',
    operationName: 'F',
  },
  { name: 'root __typename', graph: 'shop', query: '{ __typename t: __typename products { __typename } }' },
  {
    name: 'one response name from several fragments',
    graph: 'shop',
    query:
      '{ products { name reviews { body } ... on Product { name upc reviews { rating author { name } } } } }',
  },
  {
    name: 'review by id',
    graph: 'shop',
    query: '{ review(id: "r1") { body product { name inStock } author { name favorite { name } } } }',
  },
  {
    name: 'two operations, second chosen',
    graph: 'shop',
    query: 'query A { me { name } } query B { products { upc } }',
    operationName: 'B',
  },
  {
    name: 'mutation: root fields in sequence, entities after each',
    graph: 'shop',
    query:
      'mutation M($s: Int!) { a: rate(upc: "p1", stars: $s) { rating product { name inStock } } b: rate(upc: "p2", stars: 1) { body author { name } } }',
    variables: { s: 4 },
  },
  {
    name: 'mutation: an entity fetch after it fails',
    graph: 'shop',
    query: 'mutation { rate(upc: "p3", stars: 2) { id product { name shippingEstimate } } }',
    fault: faults.down('shipping'),
    errors: true,
  },
  {
    name: 'inStock null bubbles to the list',
    graph: 'shop',
    query: '{ products { upc inStock } }',
    fault: faults.field('shipping', 'inStock', null, 1),
    errors: true,
  },
  {
    name: 'inStock null under a nullable parent',
    graph: 'shop',
    query: '{ product(upc: "p1") { name inStock } }',
    fault: faults.field('shipping', 'inStock', null),
    errors: true,
  },
  {
    name: 'shipping entity missing',
    graph: 'shop',
    query: '{ products { upc shippingEstimate } }',
    fault: faults.entityNull('shipping', 2),
    errors: true,
  },
  {
    name: 'shipping down',
    graph: 'shop',
    query: '{ products { upc name inStock } }',
    fault: faults.down('shipping'),
    errors: true,
  },
  {
    name: 'catalog throws, the root fails',
    graph: 'shop',
    query: '{ products { upc } me { name } }',
    fault: faults.throws('catalog'),
    errors: true,
  },
  {
    name: 'people: wrong entity count',
    graph: 'shop',
    query: '{ products { name reviewCount } }',
    fault: faults.shortEntities('people'),
    errors: true,
  },
  {
    name: 'invalid leaf value',
    graph: 'shop',
    query: '{ products { upc price } }',
    fault: faults.field('catalog', 'price', 'teuer'),
    errors: true,
  },
  {
    name: 'null inside [String!]',
    graph: 'shop',
    query: '{ products { upc tags } }',
    fault: (name, result) => {
      if (name === 'catalog') {
        const first = ((result.data as Row).products as Row[])[0] as Row;
        first.tags = ['a', null];
      }
      return result;
    },
    errors: true,
  },
  {
    name: 'unknown __typename',
    graph: 'shop',
    query: '{ search { ... on Product { name } } }',
    fault: faults.typename('catalog', 'Nope'),
    errors: true,
  },
  {
    name: 'non-string __typename',
    graph: 'shop',
    query: '{ search { ... on Product { name } } }',
    fault: faults.typename('catalog', 7),
    errors: true,
  },
  {
    name: 'entity error with a path into a list',
    graph: 'shop',
    query: '{ users { reviews { product { name } } } }',
    fault: faults.entityNull('catalog', 1),
    errors: true,
  },
  {
    name: 'subgraph error code kept',
    graph: 'shop',
    query: '{ me { name } }',
    fault: faults.down('people', 'FORBIDDEN'),
    errors: true,
  },
  {
    name: 'non-null root field null',
    graph: 'shop',
    query: '{ users { id name } }',
    fault: faults.field('people', 'name', null, 1),
    errors: true,
  },
];

export const CASES = [...benchCases, ...shopCases];
