/**
 * The dedupe key of an entity fetch (requires.ts `compileKeyer`) must be exactly the JSON text
 * of the representation the walker builds, for every source, and the groups fetch.ts sends one
 * representation for (`compileGroups`: maps of plain values, else that text) must hold exactly
 * the entities of one text. Checked against `JSON.stringify(walker(source))` over hand-picked and
 * generated sources, for the shapes written directly and the ones left to the walker.
 */
import type { QueryPlanSelectionNode } from '@apollo/query-planner';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileGroups, compileKeyer, compileWalker } from '../../src/execution/requires.ts';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Org { id: ID! name: String }
  type User implements Node { id: ID! org: Org orgs: [Org] tags: [String] meta: String }
  type Book implements Node { id: ID! isbn: String }
  type Query { node: Node }
`);

type Selection = QueryPlanSelectionNode;
const field = (name: string, selections?: Selection[], alias?: string): Selection =>
  ({ kind: 'Field', name, ...(alias ? { alias } : {}), ...(selections ? { selections } : {}) }) as Selection;
const on = (typeCondition: string | undefined, selections: Selection[]): Selection =>
  ({ kind: 'InlineFragment', ...(typeCondition ? { typeCondition } : {}), selections }) as Selection;

const SHAPES: Record<string, Selection[]> = {
  'key on a type (the planner’s usual shape)': [on('User', [field('__typename'), field('id')])],
  'fields only': [field('__typename'), field('id'), field('meta')],
  'nested object key': [on('User', [field('__typename'), field('id'), field('org', [field('id')])])],
  'list of objects, list of leaves': [
    on('User', [field('__typename'), field('orgs', [field('id'), field('name')]), field('tags')]),
  ],
  alias: [on('User', [field('__typename'), field('id', undefined, 'key')])],
  'two types, one applies': [
    on('User', [field('__typename'), field('id')]),
    on('Book', [field('__typename'), field('isbn')]),
  ],
  'an interface and a type both apply (walker merges)': [
    on('Node', [field('__typename'), field('id')]),
    on('User', [field('__typename'), field('meta')]),
  ],
  'fragment without a type condition (skipped)': [on(undefined, [field('__typename'), field('id')])],
  'fields beside a fragment (walker)': [field('__typename'), on('User', [field('id')])],
  'a response name twice (walker)': [field('id'), field('__typename'), field('id')],
  'fragment in a fragment': [on('Node', [on('User', [field('__typename'), field('id')])])],
};

const VALUES: unknown[] = [
  'u1',
  '',
  'quote " and \\ and \n',
  'Kaarster Straße ✓',
  7,
  -0,
  1.5,
  true,
  false,
  null,
  { nested: ['a', 1] },
  [1, 'x', null],
  [],
];

/** A pseudo-random source of a given seed: fields present or missing, of any JSON value. */
function sourceOf(seed: number): Record<string, unknown> {
  // mulberry32
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
  const value = (): unknown => VALUES[next(VALUES.length)];
  const org = (): unknown => {
    const pick = next(5);
    if (pick === 0) return null;
    if (pick === 1) return 'not an object';
    const out: Record<string, unknown> = {};
    if (next(4)) out.id = value();
    if (next(2)) out.name = value();
    return out;
  };
  const source: Record<string, unknown> = {};
  const typenames = ['User', 'Book', 'Org', 'Unknown', '', 3];
  if (next(6)) source.__typename = typenames[next(typenames.length)];
  for (const name of ['id', 'key', 'meta', 'isbn', 'tags']) if (next(5)) source[name] = value();
  if (next(4)) source.org = org();
  if (next(4)) source.orgs = next(5) ? [org(), org(), org()].slice(next(3)) : null;
  return source;
}

describe('compileKeyer', () => {
  for (const [name, selections] of Object.entries(SHAPES)) {
    it(`equals the walker's JSON: ${name}`, () => {
      const walk = compileWalker(schema, selections);
      const key = compileKeyer(schema, selections);
      expect(key(null)).toBe(JSON.stringify(walk(null)));
      const kinds = new Set<string>();
      for (let seed = 1; seed <= 400; seed++) {
        const source = sourceOf(seed);
        const expected = JSON.stringify(walk(source));
        expect(key(source), JSON.stringify(source)).toBe(expected);
        kinds.add(expected === 'null' ? 'null' : expected === '{}' ? 'empty' : 'representation');
      }
      // The generated sources reach every outcome the shape has.
      if (selections.every((s) => s.kind === 'InlineFragment')) expect(kinds.has('empty')).toBe(true);
      else expect(kinds.has('null')).toBe(true);
      if (!name.includes('skipped')) expect(kinds.has('representation')).toBe(true);
    });
  }

  for (const [name, selections] of Object.entries(SHAPES)) {
    it(`groups entities exactly by their representation's text: ${name}`, () => {
      const walk = compileWalker(schema, selections);
      const groups = compileGroups(schema, selections)();
      const textOf = new Map<number, string>();
      const groupOf = new Map<string, number>();
      // Each source twice, the second time as a copy (another object, the same values).
      const sources = Array.from({ length: 300 }, (_, i) => sourceOf(i + 1));
      for (const source of [...sources, ...sources.map((s) => JSON.parse(JSON.stringify(s)))]) {
        const text = JSON.stringify(walk(source));
        let group = groups.get(source);
        if (group === undefined) {
          group = textOf.size;
          groups.set(source, group);
          expect(groups.get(source)).toBe(group);
          textOf.set(group, text);
        }
        // One group, one text; one text, one group.
        expect(textOf.get(group), JSON.stringify(source)).toBe(text);
        expect(groupOf.get(text) ?? group, JSON.stringify(source)).toBe(group);
        groupOf.set(text, group);
      }
      if (!name.includes('skipped')) expect(groupOf.size).toBeGreaterThan(1);
    });
  }

  it('gives equal keys exactly for equal representations', () => {
    const selections = SHAPES['nested object key'] as Selection[];
    const key = compileKeyer(schema, selections);
    const a = { __typename: 'User', id: 'u1', org: { id: 'o1', name: 'left out' }, extra: 1 };
    const b = { id: 'u1', __typename: 'User', org: { id: 'o1' } };
    expect(key(a)).toBe(key(b));
    expect(key({ ...b, id: 1 })).not.toBe(key({ ...b, id: '1' }));
    expect(key({ ...b, org: null })).not.toBe(key(b));
  });
});
