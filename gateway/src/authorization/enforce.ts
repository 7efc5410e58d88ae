/**
 * Enforces @authenticated, @requiresScopes and @policy before any subgraph is
 * asked, with Apollo Router's semantics: the fields the caller may not see are
 * taken out of the operation, the rest runs, and each removed field comes back
 * null with an UNAUTHENTICATED (no caller) or FORBIDDEN error at its path;
 * a null in a non-null position spreads to the nearest nullable parent, as
 * GraphQL's own errors do. Record ownership stays the subgraphs' job.
 */
import { createHash } from 'node:crypto';
import type { Viewer } from '@kaarst/kit/common';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Requirement, Requirements } from './requirements.ts';

export type DenialCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A field taken out: its response path with each step's type, and why. */
export interface RemovedField {
  segments: Array<{ key: string; type: GraphQLOutputType }>;
  code: DenialCode;
}

/** Kept in place of a selection set that lost every field (a selection set cannot be empty). */
export const PLACEHOLDER = 'hubAuthorizationPlaceholder';

/** The scopes a caller holds: its roles, and role:department for staff (e.g. staff:buergerbuero). */
export function viewerScopes(viewer: Viewer | null): Set<string> {
  if (!viewer) return new Set();
  const scopes = new Set<string>(viewer.roles);
  if (viewer.department) for (const role of viewer.roles) scopes.add(`${role}:${viewer.department}`);
  return scopes;
}

/** Named policies the gateway can decide from the caller alone; an unknown policy never holds. */
const POLICIES: Record<string, (viewer: Viewer) => boolean> = {
  'department-staff': (viewer) => viewer.roles.includes('staff') && Boolean(viewer.department),
};

export function denial(requirement: Requirement | undefined, viewer: Viewer | null): DenialCode | null {
  if (!requirement) return null;
  const needsSignIn =
    requirement.authenticated || requirement.scopes.length > 0 || requirement.policies.length > 0;
  if (!needsSignIn) return null;
  if (!viewer) return 'UNAUTHENTICATED';
  const scopes = viewerScopes(viewer);
  const anyOf = (alternatives: string[][], holds: (item: string) => boolean) =>
    alternatives.length === 0 || alternatives.some((all) => all.every(holds));
  const allowed =
    anyOf(requirement.scopes, (scope) => scopes.has(scope)) &&
    anyOf(requirement.policies, (policy) => POLICIES[policy]?.(viewer) ?? false);
  return allowed ? null : 'FORBIDDEN';
}

const placeholder: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER },
  name: { kind: Kind.NAME, value: '__typename' },
};

/**
 * The operation without the fields the caller may not see (fragments inlined,
 * so that each field has one path), or null when nothing had to go.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: Requirements,
  viewer: Viewer | null,
): { document: DocumentNode; operation: OperationDefinitionNode; removed: RemovedField[] } | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const removed: RemovedField[] = [];

  const filter = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    path: RemovedField['segments'],
  ): SelectionSetNode => {
    const kept: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!field) {
          kept.push(selection); // __typename and the like
          continue;
        }
        const segments = [...path, { key: selection.alias?.value ?? name, type: field.type }];
        const named = getNamedType(field.type);
        const code =
          denial(requirements.get(`${parent.name}.${name}`), viewer) ??
          denial(requirements.get(named.name), viewer);
        if (code) {
          removed.push({ segments, code });
          continue;
        }
        kept.push(
          selection.selectionSet && isCompositeType(named)
            ? { ...selection, selectionSet: filter(selection.selectionSet, named, segments) }
            : selection,
        );
        continue;
      }
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      if (!condition || !isCompositeType(condition)) continue;
      kept.push({
        kind: Kind.INLINE_FRAGMENT,
        ...(fragment.typeCondition ? { typeCondition: fragment.typeCondition } : {}),
        directives: selection.directives ?? [],
        selectionSet: filter(fragment.selectionSet, condition, path),
      });
    }
    return { kind: Kind.SELECTION_SET, selections: kept.length > 0 ? kept : [placeholder] };
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const selectionSet = filter(operation.selectionSet, root, []);
  if (removed.length === 0) return null;
  const filtered: OperationDefinitionNode = { ...operation, selectionSet };
  return { document: { kind: Kind.DOCUMENT, definitions: [filtered] }, operation: filtered, removed };
}

/** A plan-cache key of its own for the filtered document (plans must not leak across callers). */
export const documentHash = (document: DocumentNode) =>
  createHash('sha256').update(print(document)).digest('hex');

type Data = Record<string, unknown>;

/** Sets null at the end of `segments` below `parent`; true when `parent` itself must become null. */
function nullAt(parent: Data, segments: RemovedField['segments'], index: number): boolean {
  const { key, type } = segments[index] as RemovedField['segments'][number];
  if (index === segments.length - 1) {
    parent[key] = null;
    return isNonNullType(type);
  }
  const child = parent[key];
  if (child === null || child === undefined) return false;
  if (nullInValue(child, type, segments, index + 1)) {
    parent[key] = null;
    return isNonNullType(type);
  }
  return false;
}

function nullInValue(
  value: unknown,
  type: GraphQLOutputType,
  segments: RemovedField['segments'],
  next: number,
): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = value as unknown[];
    const itemType = inner.ofType as GraphQLOutputType;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === null || items[i] === undefined) continue;
      if (nullInValue(items[i], itemType, segments, next)) {
        if (isNonNullType(itemType)) return true;
        items[i] = null;
      }
    }
    return false;
  }
  return nullAt(value as Data, segments, next);
}

function dropPlaceholders(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) dropPlaceholders(item);
  else if (value && typeof value === 'object') {
    const record = value as Data;
    delete record[PLACEHOLDER];
    for (const child of Object.values(record)) dropPlaceholders(child);
  }
}

const MESSAGES: Record<DenialCode, string> = {
  UNAUTHENTICATED: 'Sign in to see this field.',
  FORBIDDEN: 'You may not see this field.',
};

/** The answer as if the removed fields had failed: nulls where they were, one error each. */
export function applyRemovals(
  data: Data | null | undefined,
  removed: RemovedField[],
): {
  data: Data | null;
  errors: Array<{ message: string; path: string[]; extensions: { code: DenialCode } }>;
} {
  let result: Data | null = data ?? null;
  if (result) {
    dropPlaceholders(result);
    for (const { segments } of removed) {
      if (result && nullAt(result, segments, 0)) result = null;
    }
  }
  const errors = removed.map(({ segments, code }) => ({
    message: MESSAGES[code],
    path: segments.map((segment) => segment.key),
    extensions: { code },
  }));
  return { data: result, errors };
}
