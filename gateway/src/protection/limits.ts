/**
 * Limits on what one operation may ask, checked before anything is planned or
 * fetched: depth, aliases, root fields, directives and tokens of the document,
 * and a cost estimate from list sizes. Each has its own error code, so a
 * client can tell which limit it hit; all answer HTTP 400.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { envInt } from '@kaarst/kit/common';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  parse,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { refusal, TOO_MANY_TOKENS } from './refusals.ts';

export interface OperationLimits {
  /** Nesting of selections (fragments counted where they are spread). */
  depth: number;
  aliases: number;
  /** Fields selected at the top of one operation. */
  rootFields: number;
  directives: number;
  /** Lexical tokens in the document (the parser stops there: huge documents cost nothing). */
  tokens: number;
  /** Estimated cost: each object field 1, times the list sizes above it (see `listSize`). */
  cost: number;
  /** Size assumed for a list field without a `first`/`limit`/`last` argument. */
  listSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  depth: 10,
  aliases: 20,
  rootFields: 10,
  directives: 20,
  tokens: 2000,
  cost: 5000,
  listSize: 20,
};

/** The stable codes of the limits, in `extensions.code`. */
export const LimitCode = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  rootFields: 'TOO_MANY_ROOT_FIELDS',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: TOO_MANY_TOKENS,
  cost: 'QUERY_TOO_COSTLY',
} as const;

/** LIMIT_DEPTH, LIMIT_ALIASES, LIMIT_ROOT_FIELDS, LIMIT_DIRECTIVES, LIMIT_TOKENS, LIMIT_COST, LIMIT_LIST_SIZE. */
export function limitsFromEnv(): OperationLimits {
  return {
    depth: envInt('LIMIT_DEPTH', DEFAULT_LIMITS.depth),
    aliases: envInt('LIMIT_ALIASES', DEFAULT_LIMITS.aliases),
    rootFields: envInt('LIMIT_ROOT_FIELDS', DEFAULT_LIMITS.rootFields),
    directives: envInt('LIMIT_DIRECTIVES', DEFAULT_LIMITS.directives),
    tokens: envInt('LIMIT_TOKENS', DEFAULT_LIMITS.tokens),
    cost: envInt('LIMIT_COST', DEFAULT_LIMITS.cost),
    listSize: envInt('LIMIT_LIST_SIZE', DEFAULT_LIMITS.listSize),
  };
}

export const limitError = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code } });

/** graphql-armor reports through onReject; we report our own error with the limit's code. */
const reportAs =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(limitError(code, error.message.replace(/^Syntax Error: /, '')));
  };

/** Fields at the top of each operation, through fragments spread there. */
function rootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number =>
      selectionSet.selections.reduce((sum, selection) => {
        if (selection.kind === Kind.FIELD) return sum + (selection.name.value.startsWith('__') ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet, seen);
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
        if (!fragment || seen.has(name)) return sum;
        return sum + count(fragment.selectionSet, new Set([...seen, name]));
      }, 0);
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Set());
        if (found > limit)
          context.reportError(
            limitError(LimitCode.rootFields, `Root field limit of ${limit} exceeded, found ${found}.`),
          );
      },
    };
  };
}

/** Validation rules for the limits on the document's shape. */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, ignoreIntrospection: true };
  return [
    maxDepthRule({ ...common, n: limits.depth, onReject: [reportAs(LimitCode.depth)] }),
    // __typename aliases too (graphql-armor lets them pass by default): they are the classic alias bomb.
    maxAliasesRule({ ...common, n: limits.aliases, allowList: [], onReject: [reportAs(LimitCode.aliases)] }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [reportAs(LimitCode.directives)] }),
    rootFieldsRule(limits.rootFields),
  ] as ValidationRule[];
}

/**
 * "Type.field" -> what its subgraph declared with `@listSize` (Federation 2.9): the size it
 * assumes, and the arguments that slice it (e.g. `days: 1` gives one element per day).
 */
export type ListSizes = ReadonlyMap<string, { assumedSize?: number; slicingArguments?: string[] }>;

/** The `@listSize(assumedSize:, slicingArguments:)` of each field in a supergraph (kept there by composition). */
export function listSizesOf(supergraphSdl: string): ListSizes {
  const sizes = new Map<string, { assumedSize?: number; slicingArguments?: string[] }>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'listSize');
      if (!directive) continue;
      const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
      const assumed = argument('assumedSize');
      const slicing = argument('slicingArguments');
      const declared: { assumedSize?: number; slicingArguments?: string[] } = {};
      if (assumed?.kind === Kind.INT) declared.assumedSize = Number(assumed.value);
      if (slicing?.kind === Kind.LIST)
        declared.slicingArguments = slicing.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
      else if (slicing?.kind === Kind.STRING) declared.slicingArguments = [slicing.value];
      if (declared.assumedSize !== undefined || declared.slicingArguments?.length)
        sizes.set(`${definition.name.value}.${field.name.value}`, declared);
    }
  }
  return sizes;
}

/**
 * The size a list field will have: its `first`/`limit`/`last` argument or a slicing argument
 * its subgraph declared (the largest given), else the size its subgraph declared for it, else
 * the assumed size.
 */
function listSizeEstimator(assumed: number, declared: ListSizes) {
  return ({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const type = getNullableType((field as GraphQLField<unknown, unknown>).type);
    const own = isLeafType(getNamedType(type)) ? 0 : 1;
    if (!isListType(type)) return own + childComplexity;
    const listSize = declared.get(`${parent.name}.${field.name}`);
    const slicing = (listSize?.slicingArguments ?? [])
      .map((name) => args[name])
      .filter((value): value is number => typeof value === 'number');
    const requested = [args.first, args.limit, args.last].find((value) => typeof value === 'number');
    const size =
      typeof requested === 'number'
        ? Math.max(requested, 0)
        : slicing.length > 0
          ? Math.max(...slicing, 0)
          : (listSize?.assumedSize ?? assumed);
    return size * (own + childComplexity);
  };
}

/** The estimated cost of the operation with its variables (as the limit counts it). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: OperationLimits,
  declared: ListSizes = new Map(),
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [listSizeEstimator(limits.listSize, declared)],
  });
}

/** Estimates remembered per document (for as many operation name and variable sets). */
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost limit needs the variables (a `first: $n`), so it runs once the
 * operation is resolved, still before planning.
 */
export function costLimitPlugin(limits: OperationLimits, declared: () => ListSizes): ApolloServerPlugin {
  // Apollo Server keeps one parsed document per query text, so its estimate is computed once per
  // schema, declared list sizes, operation and variables, not on every execution (issue 28).
  const costs = new WeakMap<
    DocumentNode,
    { schema: GraphQLSchema; sizes: ListSizes; byInput: Map<string, number> }
  >();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          if (isIntrospectionOnly(document)) return;
          const sizes = declared();
          let known = costs.get(document);
          if (!known || known.schema !== schema || known.sizes !== sizes) {
            known = { schema, sizes, byInput: new Map() };
            costs.set(document, known);
          }
          const input = `${operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let cost = known.byInput.get(input);
          if (cost === undefined) {
            cost = operationCost(
              schema,
              document,
              request.variables,
              operationName ?? undefined,
              limits,
              sizes,
            );
            // Bounded: a caller sending ever new variables gets each estimated, not remembered.
            if (known.byInput.size < COSTS_PER_DOCUMENT) known.byInput.set(input, cost);
          }
          if (cost > limits.cost)
            throw refusal(LimitCode.cost, `Query cost limit of ${limits.cost} exceeded, estimated ${cost}.`);
        },
      };
    },
  };
}

function isIntrospectionOnly(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && (selection as FieldNode).name.value.startsWith('__'),
      ),
  );
}
