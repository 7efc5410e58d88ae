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

/** @apollo/gateway's `flattenResultsAtPath`: the objects a path points at, lists flattened. */
export function flattenAt(value: unknown, path: ResponsePath, from = 0): unknown {
  if (from === path.length) return value;
  if (value === undefined || value === null) return value;
  const current = path[from];
  if (current === '@') return (value as unknown[]).flatMap((element) => flattenAt(element, path, from + 1));
  if (typeof current !== 'string') throw new Error(`Unexpected ${typeof current} found in path`);
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${current}`);
  const object = value as Row;
  return flattenAt(hasOwn.call(object, current) ? object[current] : undefined, path, from + 1);
}
