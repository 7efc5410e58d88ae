import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, ROOT, STAFF, startHub, type TestHub } from '../harness.ts';

/**
 * Property: whatever values arrive in the variables of the contract's
 * operations (the portal's and the apps' documents), the hub answers with a
 * client error at worst, never HTTP 5xx and never INTERNAL_SERVER_ERROR.
 * Strings with NUL, lone surrogates, 200 KB; numbers such as 1e400, -0, 2^53;
 * impossible and far-away dates; now and then a value of the wrong type.
 * Seeded and bounded, so a run takes the same (modest) time and a failure replays.
 */
const SEED = 20261206;
const RUNS = Number(process.env.HUB_FUZZ_RUNS ?? 120);

const DOCUMENTS = Object.values(
  JSON.parse(
    readFileSync(path.join(ROOT, 'clients', 'contract', 'generated', 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>,
);
const API_SCHEMA = buildSchema(readFileSync(path.join(ROOT, 'schema', 'api.graphql'), 'utf8'));

/** A number written into the JSON as is: JSON.stringify would turn 1e400 into null. */
class RawNumber {
  constructor(readonly text: string) {}
}
const RAW = /"@@raw:([^"@]+)@@"/g;
const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (v instanceof RawNumber ? `@@raw:${v.text}@@` : v)).replace(RAW, '$1');

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\uD800',
      'x\uDFFFy',
      '\uDBFF\u0000',
      '',
      ' ',
      "' OR 1=1 --",
      '%00',
      '\\u0000',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
      'anna.schmitz@example.org',
      'rathaus-buettgen',
      'personalausweis',
    ),
  },
  { weight: 1, arbitrary: fc.constant('x'.repeat(200 * 1024)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 300, maxLength: 3000 }) },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    new RawNumber('1e400'),
    new RawNumber('-1e400'),
    new RawNumber('1e-400'),
    new RawNumber('-0'),
    new RawNumber('9007199254740993'),
    2 ** 53,
    -(2 ** 53),
    2 ** 31,
    -(2 ** 31) - 1,
    0,
    -1,
    -5,
    1.5,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileDate = fc.oneof(
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-00-00T00:00:00Z',
    '2026-02-30T10:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '1970-01-01T00:00:00Z',
    '2026-11-26T07:00:00',
    '2026-11-26T07:00:00+25:00',
    'now',
  ),
  hostileString,
);

/** Values for one input type: mostly of that type, with hostile contents; sometimes of another type. */
function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  const wrong = fc.oneof(hostileString, hostileNumber, fc.constant(null), fc.boolean());
  const right = ((): fc.Arbitrary<unknown> => {
    if (isListType(type))
      return fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryOf(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    switch (getNamedType(type).name) {
      case 'Int':
      case 'Float':
        return hostileNumber;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return hostileDate;
      default:
        return hostileString; // String, ID, and other scalars
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

interface Operation {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

const OPERATIONS: Operation[] = DOCUMENTS.flatMap((query) => {
  const operation = parse(query).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  // Subscriptions need a stream; sent as a POST they are refused, which the other tests cover.
  if (!operation || operation.operation === 'subscription') return [];
  const variables = (operation.variableDefinitions ?? []).map((definition) => {
    const type = typeFromAST(API_SCHEMA, definition.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type in ${operation.name?.value}`);
    return [definition.variable.name.value, arbitraryOf(type)] as const;
  });
  return [
    {
      name: operation.name?.value ?? '(anonymous)',
      query,
      variables: fc.record(Object.fromEntries(variables)),
    },
  ];
});

describe('the contract operations under random input', () => {
  let hub: TestHub;
  let tokens: Array<string | undefined>;
  const failures: string[] = [];

  /** Sends one operation and notes any answer that breaks the promise. */
  async function send(operation: Operation, variables: Record<string, unknown>, token: string | undefined) {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: toJson({ query: operation.query, variables }),
    });
    const text = await response.text();
    const internal = text.includes('INTERNAL_SERVER_ERROR');
    if (response.status >= 500 || internal)
      failures.push(
        `${operation.name} -> ${response.status} ${text.slice(0, 300)} <- ${toJson(variables).slice(0, 300)}`,
      );
    return response.status < 500 && !internal;
  }

  beforeAll(async () => {
    hub = await startHub({ subgraphs: 'all', gateway: { rateLimits: { anonymousPerMinute: 0 } } });
    tokens = [undefined, await hub.signIn(ANNA), await hub.signIn(STAFF)];
  });
  afterAll(() => hub?.close());

  it('covers every query and mutation of the contract', () => {
    expect(OPERATIONS.length).toBeGreaterThan(40);
    // Each takes variables the generator understands (built above without throwing).
    expect(new Set(OPERATIONS.map((o) => o.name)).size).toBe(OPERATIONS.length);
  });

  it('answers each operation with NUL, lone surrogates and 1e400 everywhere without a server error', async () => {
    // One request per operation: the poisons take turns, so every kind reaches every operation's variables.
    const poisons = ['\u0000', '\uD800', '\uDFFF'];
    for (const [index, operation] of OPERATIONS.entries()) {
      const doc = parse(operation.query).definitions[0] as OperationDefinitionNode;
      const variables = Object.fromEntries(
        (doc.variableDefinitions ?? []).map((d, position) => {
          const type = typeFromAST(API_SCHEMA, d.type as never) as GraphQLInputType;
          return [
            d.variable.name.value,
            poisoned(type, poisons[(index + position) % poisons.length] as string),
          ];
        }),
      );
      await send(operation, variables, tokens[1]);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('never answers 5xx or INTERNAL_SERVER_ERROR, whatever the variables', async () => {
    const arbitrary = fc
      .tuple(fc.constantFrom(...OPERATIONS), fc.constantFrom(0, 1, 2))
      .chain(([operation, who]) => operation.variables.map((variables) => ({ operation, who, variables })));
    await fc.assert(
      fc.asyncProperty(arbitrary, ({ operation, who, variables }) => send(operation, variables, tokens[who])),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(failures).toEqual([]);
  }, 300_000);
});

/** A value of the type with `poison` in every text leaf and 1e400 in every number. */
function poisoned(type: GraphQLInputType, poison: string): unknown {
  if (type instanceof GraphQLNonNull) return poisoned(type.ofType, poison);
  if (type instanceof GraphQLList) return [poisoned(type.ofType, poison)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type))
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, poisoned(f.type, poison)]));
  const name = getNamedType(type).name;
  if (name === 'Boolean') return true;
  if (name === 'Int' || name === 'Float') return new RawNumber('1e400');
  return `x${poison}y`;
}
