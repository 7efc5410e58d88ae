/**
 * The schema reference, built from the SDL when the page is built (vite.config.ts):
 * types, fields, arguments and descriptions from the client-facing schema
 * (schema/api.graphql), and which authorization directive protects what from the
 * supergraph (schema/supergraph.graphql), where composition keeps @authenticated,
 * @requiresScopes and @policy.
 */
import {
  buildSchema,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  Kind,
  parse,
  print,
} from 'graphql';
import type { ReferenceField, ReferenceType } from '../src/reference-model.ts';

const PROTECTING = new Set(['authenticated', 'requiresScopes', 'policy']);

/** "Type" and "Type.field" -> the protecting directives written there. */
export function protections(supergraphSdl: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (key: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const printed = (directives ?? []).filter((d) => PROTECTING.has(d.name.value)).map((d) => print(d));
    if (printed.length) found.set(key, [...(found.get(key) ?? []), ...printed]);
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    note(definition.name.value, definition.directives);
    for (const field of definition.fields ?? [])
      note(`${definition.name.value}.${field.name.value}`, field.directives);
  }
  return found;
}

const ROOTS = ['Query', 'Mutation', 'Subscription'];

function kindOf(type: GraphQLNamedType): ReferenceType['kind'] {
  if (isObjectType(type)) return 'object';
  if (isInputObjectType(type)) return 'input';
  if (isEnumType(type)) return 'enum';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  return 'scalar';
}

const optional = (text: string | null | undefined) => (text ? { description: text } : {});

function field(
  owner: string,
  f: GraphQLField<unknown, unknown> | GraphQLInputField,
  protection: Map<string, string[]>,
): ReferenceField {
  const args = 'args' in f ? f.args : [];
  return {
    name: f.name,
    type: String(f.type),
    ...optional(f.description),
    args: args.map((a) => ({
      name: a.name,
      type: String(a.type),
      ...optional(a.description),
      ...(a.astNode?.defaultValue ? { defaultValue: print(a.astNode.defaultValue) } : {}),
    })),
    protection: protection.get(`${owner}.${f.name}`) ?? [],
    ...(f.deprecationReason ? { deprecated: f.deprecationReason } : {}),
  };
}

/** Every type of the API schema but the built-in ones: the roots first, then by name. */
export function buildReference(apiSdl: string, supergraphSdl: string): ReferenceType[] {
  const schema = buildSchema(apiSdl);
  const protection = protections(supergraphSdl);
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)),
  );
  const rank = (name: string) => (ROOTS.includes(name) ? ROOTS.indexOf(name) : ROOTS.length);
  types.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  return types.map((type) => ({
    name: type.name,
    kind: kindOf(type),
    ...optional(type.description),
    fields:
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.values(type.getFields()).map((f) => field(type.name, f, protection))
        : [],
    values: isEnumType(type)
      ? type.getValues().map((v) => v.name)
      : isUnionType(type)
        ? type.getTypes().map((t) => t.name)
        : [],
    protection: protection.get(type.name) ?? [],
  }));
}
