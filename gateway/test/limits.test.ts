import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  costLimitPlugin,
  DEFAULT_LIMITS,
  LimitCode,
  limitRules,
  listSizesOf,
  type OperationLimits,
  operationCost,
} from '../src/protection/limits.ts';

const schema = buildSchema(`
  type Query { people(first: Int, limit: Int): [Person!]!  me: Person  count: Int }
  type Person { name: String  friends(first: Int): [Person!]!  best: Person }
`);
const limits: OperationLimits = {
  ...DEFAULT_LIMITS,
  depth: 4,
  aliases: 3,
  rootFields: 3,
  directives: 3,
  listSize: 10,
};

const codesOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...limitRules(limits)]).map((e) => e.extensions?.code);

describe('document limits (validation rules with their own codes)', () => {
  it('accepts a document within every limit', () => {
    expect(codesOf('{ me { best { best { name } } } count }')).toEqual([]);
  });

  it('depth: counted through fragments', () => {
    expect(codesOf('{ me { best { best { best { name } } } } }')).toEqual([LimitCode.depth]);
    expect(codesOf('{ me { ...F } } fragment F on Person { best { best { best { name } } } }')).toEqual([
      LimitCode.depth,
    ]);
  });

  it('aliases', () => {
    expect(codesOf('{ a: count b: count c: count }')).toEqual([]);
    expect(codesOf('{ me { a: name b: name c: name d: name } }')).toEqual([LimitCode.aliases]);
  });

  it('root fields: duplicates and fragments count', () => {
    expect(codesOf('{ count count count count }')).toEqual([LimitCode.rootFields]);
    expect(codesOf('{ count ...Q } fragment Q on Query { me { name } people { name } count }')).toEqual([
      LimitCode.rootFields,
    ]);
    expect(codesOf('{ count __typename me { name } }')).toEqual([]);
  });

  it('directives', () => {
    expect(
      codesOf(
        '{ me { name @skip(if: false) best @skip(if: false) { name @skip(if: false) } } count @include(if: true) }',
      ),
    ).toEqual([LimitCode.directives]);
  });

  it('reports every limit a document breaks, not only the first', () => {
    expect(
      new Set(codesOf('{ a: me { b: best { c: best { d: best { name } } } } count count count }')),
    ).toEqual(new Set([LimitCode.depth, LimitCode.aliases, LimitCode.rootFields]));
  });
});

describe('cost estimate from list sizes', () => {
  const cost = (query: string, variables?: Record<string, unknown>) =>
    operationCost(schema, parse(query), variables, undefined, limits);

  it('counts object fields once, scalars as nothing, and multiplies by list sizes', () => {
    expect(cost('{ count }')).toBe(0);
    expect(cost('{ me { name } }')).toBe(1);
    expect(cost('{ me { best { name } } }')).toBe(2);
    // no slicing argument: the assumed list size (10) for each list
    expect(cost('{ people { name } }')).toBe(10);
    expect(cost('{ people { friends { name } } }')).toBe(10 * (1 + 10));
  });

  it('takes first/limit from arguments and variables', () => {
    expect(cost('{ people(first: 3) { name } }')).toBe(3);
    expect(cost('{ people(limit: 2) { friends(first: 5) { name } } }')).toBe(2 * (1 + 5));
    expect(cost('query ($n: Int) { people(first: $n) { best { name } } }', { n: 1000 })).toBe(1000 * 2);
  });
});

describe('cost limit per request', () => {
  it('remembers estimates per document and variables, never one set of variables for another', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { people(first: Int): [Person!]! } type Person { name: String }',
      resolvers: { Query: { people: () => [] } },
      plugins: [costLimitPlugin({ ...limits, cost: 50 }, () => new Map())],
    });
    const query = 'query People($n: Int) { people(first: $n) { name } }';
    const codeFor = async (n: number) => {
      const response = await server.executeOperation({ query, variables: { n } });
      return response.body.kind === 'single'
        ? (response.body.singleResult.errors?.[0]?.extensions?.code ?? 'ok')
        : '';
    };
    // The same document text twice: Apollo Server hands the plugin the same parsed document.
    for (let round = 0; round < 2; round++) {
      expect(await codeFor(3)).toBe('ok');
      expect(await codeFor(1000)).toBe(LimitCode.cost);
      expect(await codeFor(50)).toBe('ok');
      expect(await codeFor(51)).toBe(LimitCode.cost);
    }
    await server.stop();
  });
});

describe('sizes the subgraphs declare (@listSize)', () => {
  const declared = listSizesOf(`
    type Query {
      days(days: Int = 1): [Day!]! @listSize(assumedSize: 7, slicingArguments: ["days"], requireOneSlicingArgument: false)
      tags: [Day!]! @listSize(assumedSize: 3)
    }
    type Day { slots: [Slot!]! @listSize(assumedSize: 40)  name: String }
    type Slot { name: String }
  `);
  const sized = buildSchema(`
    type Query { days(days: Int = 1): [Day!]!  tags: [Day!]! }
    type Day { slots: [Slot!]!  name: String }
    type Slot { name: String }
  `);
  const cost = (query: string, variables?: Record<string, unknown>) =>
    operationCost(sized, parse(query), variables, undefined, limits, declared);

  it('reads assumedSize and slicingArguments (the default of a slicing argument counts)', () => {
    expect(declared.get('Query.days')).toEqual({ assumedSize: 7, slicingArguments: ['days'] });
    expect(cost('{ tags { name } }')).toBe(3);
    // The staff workbench's schedule asks for one day: 1 day of 40 slots, not 7 (or 20) of them.
    expect(cost('{ days { slots { name } } }')).toBe(1 * (1 + 40));
    expect(cost('query ($d: Int) { days(days: $d) { slots { name } } }', { d: 7 })).toBe(7 * (1 + 40));
  });
});
