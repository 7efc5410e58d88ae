/**
 * Entity representations and result paths, prepared once per fetch of a plan: what
 * @apollo/gateway's `executeSelectionSet` (the `requires` walker) and `flattenResultsAtPath`
 * do on every request, with the same outcomes (a representation missing a required field is
 * dropped; type conditions decided by `__typename` against the supergraph schema).
 */
import type { QueryPlanSelectionNode, ResponsePath } from '@apollo/query-planner';
import { type GraphQLSchema, isAbstractType, isInterfaceType, isObjectType } from 'graphql';
import { mergeInto } from './merge.ts';

type Row = Record<string, unknown>;
/** Builds one representation from an entity; null: it lacks a required field. */
export type Walker = (source: Row | null) => Row | null;

const hasOwn = Object.prototype.hasOwnProperty;

/** @apollo/gateway's `isObjectOfType`, remembered per type name. */
function typeMatcher(schema: GraphQLSchema, condition: string): (source: Row) => boolean {
  const known = new Map<string, boolean>();
  const conditionType = schema.getType(condition);
  return (source) => {
    const typename = source.__typename;
    if (!typename) return false;
    if (typename === condition) return true;
    const name = String(typename);
    let answer = known.get(name);
    if (answer === undefined) {
      const type = schema.getType(name);
      answer =
        !!type &&
        !!conditionType &&
        isAbstractType(conditionType) &&
        (isObjectType(type) || isInterfaceType(type)) &&
        schema.isSubType(conditionType, type);
      if (type) known.set(name, answer);
    }
    return answer;
  };
}

export function compileWalker(schema: GraphQLSchema, selections: readonly QueryPlanSelectionNode[]): Walker {
  const steps = selections.map((selection) => {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const sub = selection.selections ? compileWalker(schema, selection.selections) : undefined;
      return { field: true as const, name, sub, matches: undefined, walk: undefined };
    }
    const condition = selection.typeCondition;
    return {
      field: false as const,
      name: '',
      sub: undefined,
      matches: condition ? typeMatcher(schema, condition) : undefined,
      walk: compileWalker(schema, selection.selections),
    };
  });
  const walker: Walker = (source) => {
    if (source === null) return null;
    const result: Row = Object.create(null);
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as (typeof steps)[number];
      if (step.field) {
        const value = hasOwn.call(source, step.name) ? source[step.name] : undefined;
        if (value === undefined) return null;
        const sub = step.sub;
        if (Array.isArray(value))
          result[step.name] = sub ? value.map((element) => sub(element)) : value.slice();
        else result[step.name] = sub ? sub(value as Row | null) : value;
      } else {
        if (!step.matches) continue;
        if (step.matches(source)) mergeInto(result, (step.walk as Walker)(source));
      }
    }
    return result;
  };
  return walker;
}

/**
 * What `JSON.stringify(walker(source))` gives, without building the representation: the
 * dedupe key of an entity fetch (fetch.ts), so that a repeated entity costs neither a walk nor
 * the JSON of a new object. Exactly that text for every source: selections of fields only
 * (nested ones too) are written as the walker would build them; a selection of fragments only
 * takes the one fragment that applies (the walker merges it into an empty object, which keeps
 * its text, or leaves `{}`); anything else (fields beside fragments, a response name twice,
 * several fragments applying) is the walker's result stringified.
 */
export type Keyer = (source: Row | null) => string;

interface KeyField {
  name: string;
  /** `"name":`, with the comma before every field but the first. */
  prefix: string;
  sub: Keyer | undefined;
}

function fieldsOnly(selections: readonly QueryPlanSelectionNode[]): boolean {
  const names = new Set<string>();
  for (const selection of selections) {
    if (selection.kind !== 'Field') return false;
    const name = selection.alias ?? selection.name;
    if (names.has(name) || name === '__proto__') return false;
    names.add(name);
  }
  return true;
}

function fragmentsOnly(selections: readonly QueryPlanSelectionNode[]): boolean {
  return selections.length > 0 && selections.every((selection) => selection.kind === 'InlineFragment');
}

export function compileKeyer(schema: GraphQLSchema, selections: readonly QueryPlanSelectionNode[]): Keyer {
  if (fieldsOnly(selections)) {
    const fields: KeyField[] = selections.map((selection, index) => {
      const field = selection as Extract<QueryPlanSelectionNode, { kind: 'Field' }>;
      const name = field.alias ?? field.name;
      return {
        name,
        prefix: `${index > 0 ? ',' : ''}${JSON.stringify(name)}:`,
        sub: field.selections ? compileKeyer(schema, field.selections) : undefined,
      };
    });
    return (source) => {
      if (source === null) return 'null';
      let text = '{';
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i] as KeyField;
        const value = hasOwn.call(source, field.name) ? source[field.name] : undefined;
        if (value === undefined) return 'null';
        const sub = field.sub;
        let part: string;
        if (!sub) part = JSON.stringify(value);
        else if (Array.isArray(value)) {
          part = '[';
          for (let k = 0; k < value.length; k++) part += (k > 0 ? ',' : '') + sub(value[k]);
          part += ']';
        } else part = sub(value as Row | null);
        text += field.prefix + part;
      }
      return `${text}}`;
    };
  }
  const walk = compileWalker(schema, selections);
  if (!fragmentsOnly(selections)) return (source) => JSON.stringify(walk(source));
  const fragments = selections.map((selection) => {
    const fragment = selection as Extract<QueryPlanSelectionNode, { kind: 'InlineFragment' }>;
    const condition = fragment.typeCondition;
    return {
      matches: condition ? typeMatcher(schema, condition) : undefined,
      key: compileKeyer(schema, fragment.selections),
    };
  });
  return (source) => {
    if (source === null) return 'null';
    let applies: Keyer | undefined;
    for (let i = 0; i < fragments.length; i++) {
      const fragment = fragments[i] as (typeof fragments)[number];
      if (!fragment.matches?.(source)) continue;
      if (applies) return JSON.stringify(walk(source));
      applies = fragment.key;
    }
    if (!applies) return '{}';
    const text = applies(source);
    return text === 'null' ? '{}' : text;
  };
}

/**
 * Entities grouped by the text of their representation, for one entity fetch (fetch.ts): equal
 * groups for equal text, never one group for two texts. Where the representation is a list of
 * plain values (the planner's usual `... on T { __typename id }`: one fragment of fields without
 * selections applies, every value a string, number, boolean or null) the group is found through
 * nested maps keyed by the field list and then by each value, so a repeated entity costs no
 * string at all; anything else goes by the keyer's text. Field lists are keyed by their names,
 * so two fragments selecting the same names share groups. What the tuples cannot tell apart is
 * only what JSON cannot hold (NaN, which JSON writes as null, never comes out of JSON.parse).
 */
export interface RepresentationGroups {
  get(source: Row): number | undefined;
  set(source: Row, group: number): void;
}

type Level = Map<unknown, unknown>;

/** The response names of a fragment's selection when they are plain fields, else undefined. */
function plainFields(selections: readonly QueryPlanSelectionNode[]): string[] | undefined {
  if (!fieldsOnly(selections)) return undefined;
  if (selections.some((selection) => selection.kind === 'Field' && selection.selections)) return undefined;
  return selections.map((selection) => {
    const field = selection as Extract<QueryPlanSelectionNode, { kind: 'Field' }>;
    return field.alias ?? field.name;
  });
}

/** Prepares, once per fetch, how entities are grouped; call the result once per execution. */
export function compileGroups(
  schema: GraphQLSchema,
  selections: readonly QueryPlanSelectionNode[],
): () => RepresentationGroups {
  const key = compileKeyer(schema, selections);
  // One array per distinct list of names: the first level of the maps is keyed by it.
  const lists = new Map<string, string[]>();
  const canonical = (names: string[] | undefined) => {
    if (!names) return undefined;
    const signature = JSON.stringify(names);
    const known = lists.get(signature);
    if (known) return known;
    lists.set(signature, names);
    return names;
  };
  let fieldsOf: (source: Row) => string[] | undefined;
  const plain = canonical(plainFields(selections));
  if (plain) fieldsOf = () => plain;
  else if (fragmentsOnly(selections)) {
    const fragments = selections.map((selection) => {
      const fragment = selection as Extract<QueryPlanSelectionNode, { kind: 'InlineFragment' }>;
      const condition = fragment.typeCondition;
      return {
        matches: condition ? typeMatcher(schema, condition) : undefined,
        fields: canonical(plainFields(fragment.selections)),
      };
    });
    fieldsOf = (source) => {
      let fields: string[] | undefined;
      let applying = 0;
      for (let i = 0; i < fragments.length; i++) {
        const fragment = fragments[i] as (typeof fragments)[number];
        if (!fragment.matches?.(source)) continue;
        applying++;
        fields = fragment.fields;
      }
      return applying === 1 ? fields : undefined;
    };
  } else fieldsOf = () => undefined;

  return () => {
    const tuples: Level = new Map();
    const texts = new Map<string, number>();
    const lookup = (source: Row, assign: number | undefined): number | undefined => {
      const fields = fieldsOf(source);
      let plainValues = fields !== undefined;
      if (fields) {
        for (let i = 0; i < fields.length; i++) {
          const name = fields[i] as string;
          const value = hasOwn.call(source, name) ? source[name] : undefined;
          if (value === undefined || (typeof value === 'object' && value !== null)) {
            plainValues = false;
            break;
          }
        }
      }
      if (!plainValues) {
        const text = key(source);
        if (assign === undefined) return texts.get(text);
        texts.set(text, assign);
        return assign;
      }
      const names = fields as string[];
      let level = tuples;
      let at: unknown = names;
      for (let i = 0; i < names.length; i++) {
        let next = level.get(at) as Level | undefined;
        if (!next) {
          if (assign === undefined) return undefined;
          next = new Map();
          level.set(at, next);
        }
        level = next;
        at = source[names[i] as string];
      }
      if (assign === undefined) return level.get(at) as number | undefined;
      level.set(at, assign);
      return assign;
    };
    return {
      get: (source) => lookup(source, undefined),
      set: (source, group) => {
        lookup(source, group);
      },
    };
  };
}

/**
 * @apollo/gateway's `flattenResultsAtPath`: the objects a path points at, lists flattened
 * (its recursive `flatMap`, done with one output list: same elements, same nulls kept).
 */
export function flattenAt(value: unknown, path: ResponsePath): unknown {
  let current = value;
  for (let i = 0; i < path.length; i++) {
    if (current === undefined || current === null) return current;
    const segment = path[i];
    if (segment === '@') {
      if (!Array.isArray(current)) throw new TypeError('value.flatMap is not a function');
      const out: unknown[] = [];
      for (let k = 0; k < current.length; k++) appendAt(current[k], path, i + 1, out);
      return out;
    }
    current = step(current, segment);
  }
  return current;
}

function step(value: unknown, segment: string | number | undefined): unknown {
  if (typeof segment !== 'string') throw new Error(`Unexpected ${typeof segment} found in path`);
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${segment}`);
  const object = value as Row;
  return hasOwn.call(object, segment) ? object[segment] : undefined;
}

/** Appends what `flatMap` would take from one element: the flattened value, a list spread one level. */
function appendAt(value: unknown, path: ResponsePath, from: number, out: unknown[]): void {
  let current = value;
  for (let i = from; i < path.length; i++) {
    if (current === undefined || current === null) {
      out.push(current);
      return;
    }
    const segment = path[i];
    if (segment === '@') {
      if (!Array.isArray(current)) throw new TypeError('value.flatMap is not a function');
      for (let k = 0; k < current.length; k++) appendAt(current[k], path, i + 1, out);
      return;
    }
    current = step(current, segment);
  }
  if (Array.isArray(current)) for (let k = 0; k < current.length; k++) out.push(current[k]);
  else out.push(current);
}
