/**
 * The compile-time half of the answer shaper (shape.ts): the API schema's types and the
 * operation's selections turned, once per operation, into plain arrays of steps (fields with
 * their response names, conditions and type shapes; fragments with their type conditions),
 * so that shaping a request walks arrays instead of the federation-internals Operation.
 */
import {
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isUnionType,
  type OutputType,
  type Schema,
  type SelectionSet,
  Variable,
} from '@apollo/federation-internals';

export const NON_NULL = 0;
export const LIST = 1;
export const COMPOSITE = 2;
const LEAF = 3;

/** One level of a field's type, outermost first. */
export interface TypeShape {
  kind: typeof NON_NULL | typeof LIST | typeof COMPOSITE | typeof LEAF;
  /** The level's type as GraphQL prints it (messages). */
  text: string;
  of: TypeShape | undefined;
  /** LEAF: whether a value is valid for it (federation-internals' isValidLeafValue). */
  valid: ((value: unknown) => boolean) | undefined;
}

/** @skip / @include: a constant, a variable's name, or absent. */
type Condition = boolean | string | undefined;

interface FieldStep {
  field: true;
  name: string;
  skip: Condition;
  include: Condition;
  typename: boolean;
  type: TypeShape;
  sub: Step[] | undefined;
}

interface FragmentStep {
  field: false;
  skip: Condition;
  include: Condition;
  /** The type condition's name; undefined: none (applies always). */
  condition: string | undefined;
  applies: (typeName: string) => boolean;
  sub: Step[];
}

export type Step = FieldStep | FragmentStep;

/** Why an operation cannot be shaped here (the caller falls back to Apollo's executor). */
export class NotCompilable extends Error {}

const integerText = /^-?(?:0|[1-9][0-9]*)$/;

function leafCheck(schema: Schema, type: OutputType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isInt = type === schema.intType();
  const isId = type === schema.idType();
  const isFloat = type === schema.floatType();
  const enumValues = isEnumType(type) ? new Set(type.values.map((value) => value.name)) : undefined;
  return (value) => {
    if (typeof value === 'boolean') return isBoolean;
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (isInt || isId) return integerText.test(String(value));
      return isFloat;
    }
    if (typeof value === 'string') {
      if (enumValues) return enumValues.has(value);
      return !isBoolean && !isInt && !isFloat;
    }
    return false;
  };
}

function typeShape(schema: Schema, type: OutputType): TypeShape {
  const text = type.toString();
  if (isNonNullType(type))
    return { kind: NON_NULL, text, of: typeShape(schema, type.ofType), valid: undefined };
  if (isListType(type)) return { kind: LIST, text, of: typeShape(schema, type.ofType), valid: undefined };
  if (isCompositeType(type)) return { kind: COMPOSITE, text, of: undefined, valid: undefined };
  return { kind: LEAF, text, of: undefined, valid: leafCheck(schema, type) };
}

function conditionOf(
  element: { appliedDirectivesOf(definition: unknown): Array<{ arguments(): { if?: unknown } }> },
  definition: unknown,
): Condition {
  const directive = element.appliedDirectivesOf(definition)[0];
  if (!directive) return undefined;
  const value = directive.arguments().if;
  if (value instanceof Variable) return value.name;
  if (typeof value === 'boolean') return value;
  throw new NotCompilable(`unexpected if: ${String(value)}`);
}

/** Names an output object must not take as plain properties (an object literal inherits them). */
function safeName(name: string): string {
  if (name in Object.prototype) throw new NotCompilable(`response name ${name}`);
  return name;
}

export interface TypeKinds {
  /** 'object' | 'abstract' | 'other' | undefined (no such type in the API schema), by type name. */
  kindOf(name: string): 'object' | 'abstract' | 'other' | undefined;
}

export function typeKinds(schema: Schema): TypeKinds {
  const known = new Map<string, 'object' | 'abstract' | 'other' | undefined>();
  return {
    kindOf(name) {
      if (known.has(name)) return known.get(name);
      const type = schema.type(name);
      const kind = !type
        ? undefined
        : isObjectType(type)
          ? 'object'
          : isInterfaceType(type) || isUnionType(type)
            ? 'abstract'
            : 'other';
      // Type names come from the subgraphs' answers: remember the schema's own only.
      if (type) known.set(name, kind);
      return kind;
    },
  };
}

export function compileSelectionSet(schema: Schema, selectionSet: SelectionSet): Step[] {
  const steps: Step[] = [];
  for (const selection of selectionSet.selections()) {
    const element = selection.element as never;
    const skip = conditionOf(element, schema.skipDirective());
    const include = conditionOf(element, schema.includeDirective());
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      if (field.definition.isSchemaIntrospectionField()) throw new NotCompilable('introspection');
      const name = safeName(field.responseName());
      const type = typeShape(schema, field.definition.type as OutputType);
      steps.push({
        field: true,
        name,
        skip,
        include,
        typename: field.name === '__typename',
        type,
        sub: selection.selectionSet ? compileSelectionSet(schema, selection.selectionSet) : undefined,
      });
    } else {
      const condition = selection.element.typeCondition;
      const known = new Map<string, boolean>();
      steps.push({
        field: false,
        skip,
        include,
        condition: condition?.name,
        applies: (typeName) => {
          let answer = known.get(typeName);
          if (answer === undefined) {
            const type = schema.type(typeName);
            answer = !!type && !!condition && isSubtype(condition, type as never);
            if (type) known.set(typeName, answer);
          }
          return answer;
        },
        sub: compileSelectionSet(schema, selection.selectionSet),
      });
    }
  }
  return steps;
}
