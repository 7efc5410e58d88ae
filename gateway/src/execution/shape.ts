/**
 * The answer's shape, prepared once per operation: what @apollo/gateway's `computeResponse`
 * (resultShaping.ts) does on every request by walking the federation-internals Operation,
 * done here over plain arrays built from that Operation once. Same rules, same messages:
 * fields in query order, aliases, `__typename` (root types and abstract types from the
 * fetched `__typename`), @skip/@include with variables, fragments by type condition, leaf
 * values checked, nulls in non-null positions propagated to the nearest nullable parent with
 * one INVALID_GRAPHQL error each, unknown or inaccessible `__typename` made null.
 * Only the API schema's names can appear (the Operation is built on it).
 */
import { ERRORS, type Operation } from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';
import {
  COMPOSITE,
  compileSelectionSet,
  LIST,
  NON_NULL,
  NotCompilable,
  type Step,
  type TypeKinds,
  type TypeShape,
  typeKinds,
} from './steps.ts';

export { NotCompilable };

/** The prepared shaper of one operation. */
export interface Shaper {
  /** Shapes the fetched data into the answer; throws where Apollo's post-processing throws. */
  shape(
    input: Record<string, unknown>,
    variables: Record<string, unknown> | undefined,
  ): { data: Record<string, unknown> | null; errors: GraphQLError[] };
}

interface Run {
  variables: Record<string, unknown> | undefined;
  defaults: Record<string, unknown>;
  errors: GraphQLError[];
  kinds: TypeKinds;
  /** The last `update`'s flags (instead of an object per value). */
  invalid: boolean;
  hasErrors: boolean;
}

function conditionValue(run: Run, condition: string | boolean): boolean {
  if (typeof condition === 'boolean') return condition;
  const value =
    run.variables && Object.hasOwn(run.variables, condition)
      ? run.variables[condition]
      : run.defaults[condition];
  if (value === undefined || typeof value !== 'boolean')
    throw new Error(`Unexpected value ${value} for variable $${condition}`);
  return value;
}

function skipped(run: Run, step: Step): boolean {
  return (
    (step.skip !== undefined && conditionValue(run, step.skip)) ||
    (step.include !== undefined && !conditionValue(run, step.include))
  );
}

function describe(path: Array<string | number>, typeText: string, parentType: string): string {
  const element = path[path.length - 1];
  return typeof element === 'string'
    ? `field ${parentType}.${element}`
    : `array element of type ${typeText} at index ${element}`;
}

function fail(run: Run, message: string, path: Array<string | number>): void {
  run.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(path) }));
}

/** Returns true when a null must bubble up to the parent of `output`. */
function applySteps(
  run: Run,
  input: Record<string, unknown>,
  steps: Step[],
  output: Record<string, unknown>,
  path: Array<string | number>,
  parentType: string,
): boolean {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if ((step.skip !== undefined || step.include !== undefined) && skipped(run, step)) continue;
    if (step.field) {
      const name = step.name;
      const outputValue = output[name];
      let inputValue = Object.hasOwn(input, name) ? (input[name] ?? null) : null;
      if (step.typename) {
        if (outputValue === undefined) {
          if (inputValue === null && name !== '__typename') inputValue = input.__typename ?? null;
          const typeName =
            typeof inputValue === 'string' && run.kinds.kindOf(inputValue) !== undefined
              ? inputValue
              : parentType;
          if (run.kinds.kindOf(typeName) !== 'object') return true;
          output[name] = typeName;
        }
        continue;
      }
      path.push(name);
      output[name] = update(run, outputValue, step.type, inputValue, step.sub, path, parentType);
      path.pop();
      if (run.invalid) return true;
    } else {
      const typename = input.__typename;
      if (typename && typeof typename !== 'string')
        throw new Error(`Got unexpected value for __typename: ${typename}`);
      if (step.condition === undefined || step.applies(typename ? (typename as string) : parentType)) {
        if (applySteps(run, input, step.sub, output, path, step.condition ?? parentType)) return true;
      }
    }
  }
  return false;
}

function update(
  run: Run,
  outputValue: unknown,
  type: TypeShape,
  inputValue: unknown,
  sub: Step[] | undefined,
  path: Array<string | number>,
  parentType: string,
): unknown {
  if (outputValue === null || (outputValue !== undefined && !sub)) {
    run.invalid = false;
    run.hasErrors = false;
    return outputValue;
  }
  if (type.kind === NON_NULL) {
    const inner = type.of as TypeShape;
    const updated = update(run, outputValue, inner, inputValue, sub, path, parentType);
    if (updated === null) {
      if (!run.hasErrors)
        fail(run, `Cannot return null for non-nullable ${describe(path, inner.text, parentType)}.`, path);
      run.invalid = true;
      run.hasErrors = true;
      return null;
    }
    run.invalid = false;
    run.hasErrors = false;
    return updated;
  }
  if (inputValue === null) {
    run.invalid = false;
    run.hasErrors = false;
    return null;
  }
  if (type.kind === LIST) {
    if (!Array.isArray(inputValue))
      throw new Error(`Invalid non-list value ${inputValue} returned by subgraph for list type ${type.text}`);
    if (outputValue !== undefined && !Array.isArray(outputValue))
      throw new Error(
        `Invalid non-list value ${outputValue} returned by subgraph for list type ${type.text}`,
      );
    const existing = outputValue as unknown[] | undefined;
    const length = inputValue.length;
    if (existing && existing.length !== length)
      throw new Error(`[${inputValue}].length (${length}) !== [${existing}].length (${existing.length})`);
    const inner = type.of as TypeShape;
    const updated = new Array(length);
    let nullify = false;
    let hasErrors = false;
    for (let index = 0; index < length; index++) {
      path.push(index);
      updated[index] = update(
        run,
        existing ? existing[index] : undefined,
        inner,
        inputValue[index],
        sub,
        path,
        parentType,
      );
      path.pop();
      nullify ||= run.invalid;
      hasErrors ||= run.hasErrors;
    }
    run.invalid = false;
    run.hasErrors = hasErrors;
    return nullify ? null : updated;
  }
  if (type.kind === COMPOSITE) {
    if (typeof inputValue !== 'object')
      throw new Error(
        `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type.text}`,
      );
    if (outputValue !== undefined && typeof outputValue !== 'object')
      throw new Error(
        `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type.text}`,
      );
    const object = inputValue as Record<string, unknown>;
    const typename = object.__typename;
    if (typename !== undefined && typeof typename !== 'string')
      throw new Error(`Invalid non-string value ${typename} for __typename at ${path}`);
    let objectType = type.text;
    if (typename) {
      const kind = run.kinds.kindOf(typename);
      if (kind !== 'object' && kind !== 'abstract') {
        fail(run, `Invalid __typename found for object at ${describe(path, type.text, parentType)}.`, path);
        run.invalid = false;
        run.hasErrors = true;
        return null;
      }
      objectType = typename;
    }
    const output = (outputValue as Record<string, unknown> | undefined) ?? {};
    const bubbled = applySteps(run, object, sub as Step[], output, path, objectType);
    run.invalid = false;
    run.hasErrors = bubbled;
    return bubbled ? null : output;
  }
  if (outputValue !== undefined)
    throw new Error(`Excepted output to be undefined but got ${type.text} for type ${type.text}`);
  const valid = (type.valid as (value: unknown) => boolean)(inputValue);
  if (!valid) fail(run, `Invalid value found for ${describe(path, type.text, parentType)}.`, path);
  run.invalid = false;
  run.hasErrors = !valid;
  return valid ? inputValue : null;
}

/**
 * Prepares the shaper of `operation` (built on the API schema); throws NotCompilable for what
 * it leaves to Apollo (introspection fields, response names an object literal inherits).
 */
export function compileShaper(operation: Operation): Shaper {
  const schema = operation.schema();
  const rootType = schema.schemaDefinition.rootType(operation.rootKind);
  if (!rootType) throw new NotCompilable(`no root type for ${operation.rootKind}`);
  const rootName = rootType.name;
  const steps = compileSelectionSet(schema, operation.selectionSet);
  const defaults = { ...operation.collectDefaultedVariableValues() } as Record<string, unknown>;
  const kinds = typeKinds(schema);
  return {
    shape(input, variables) {
      const run: Run = { variables, defaults, errors: [], kinds, invalid: false, hasErrors: false };
      const data: Record<string, unknown> = {};
      const bubbled = applySteps(run, input, steps, data, [], rootName);
      return { data: bubbled ? null : data, errors: run.errors };
    },
  };
}
