/**
 * The Federation 2 authorization directives of the supergraph: @authenticated,
 * @requiresScopes and @policy, on fields and types. @apollo/gateway refuses a
 * supergraph that links them ("for: SECURITY but is unsupported") because it
 * cannot enforce them; the hub enforces them itself (enforce.ts), so it reads
 * them here and hands the gateway the supergraph without them.
 */
import {
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type DirectiveNode,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';

/** What a field or type needs; every part must hold. Lists are OR of AND (as in the directives). */
export interface Requirement {
  authenticated: boolean;
  scopes: string[][];
  policies: string[][];
}

/** By "Type.field" and by "Type". */
export type Requirements = ReadonlyMap<string, Requirement>;

const SECURITY_SPECS = ['authenticated', 'requiresScopes', 'policy'];
const isSecurityLink = (directive: DirectiveNode) =>
  directive.name.value === 'link' &&
  directive.arguments?.some(
    (argument) =>
      argument.name.value === 'url' &&
      argument.value.kind === Kind.STRING &&
      SECURITY_SPECS.some((spec) => (argument.value as { value: string }).value.includes(`/${spec}/`)),
  );

function listOfLists(argument: ConstArgumentNode | undefined): string[][] {
  if (argument?.value.kind !== Kind.LIST) return [];
  return argument.value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.map((v) => (v.kind === Kind.STRING ? v.value : '')) : [],
  );
}

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): Requirement | undefined {
  let found: Requirement | undefined;
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (!SECURITY_SPECS.includes(name)) continue;
    found ??= { authenticated: false, scopes: [], policies: [] };
    if (name === 'authenticated') found.authenticated = true;
    const argument = directive.arguments?.[0];
    if (name === 'requiresScopes') found.scopes.push(...listOfLists(argument));
    if (name === 'policy') found.policies.push(...listOfLists(argument));
  }
  return found;
}

/** Splits a supergraph into what the gateway loads and the authorization it must not lose. */
export function extractAuthorization(supergraphSdl: string): { sdl: string; requirements: Requirements } {
  const requirements = new Map<string, Requirement>();
  const document = parse(supergraphSdl);
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const own = requirementOf(definition.directives as readonly ConstDirectiveNode[]);
    if (own) requirements.set(typeName, own);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        const required = requirementOf(field.directives);
        if (required) requirements.set(`${typeName}.${field.name.value}`, required);
      }
    }
  }
  if (requirements.size === 0) return { sdl: supergraphSdl, requirements };
  const stripped = visit(document, {
    Directive(node) {
      return SECURITY_SPECS.includes(node.name.value) || isSecurityLink(node) ? null : undefined;
    },
    DirectiveDefinition(node) {
      return SECURITY_SPECS.includes(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      return /^(requiresScopes|policy)__/.test(node.name.value) ? null : undefined;
    },
  });
  return { sdl: print(stripped), requirements };
}
