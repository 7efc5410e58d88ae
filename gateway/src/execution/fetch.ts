/**
 * One Fetch node of a plan, prepared once: the data source is called exactly as
 * @apollo/gateway's `executeFetch` calls it (same request shape, so every check of the
 * HubDataSource runs), and what comes back is merged in place into the results so far.
 * Subgraph errors become the same GraphQLErrors, with the same paths, as Apollo makes them.
 *
 * Entity representations are sent once per fetch (as Apollo Router does; @apollo/gateway sends
 * every duplicate): identical representations (same JSON text; the walker builds each in plan
 * order, so equal entities give equal text, and requires.ts's keyer writes that text without
 * building the representation) go out once, the answer is merged into every owner
 * (their subtrees are then shared objects, which later fetches and the shaper only read or merge
 * into idempotently), and an error at `_entities[i]` is reported once per owner with that owner's
 * index, as Apollo would have reported it for each duplicate. GATEWAY_DEDUPE_REPRESENTATIONS=0
 * turns it off (every representation is sent, as @apollo/gateway sends them).
 */
import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { FetchNode, ResponsePath } from '@apollo/query-planner';
import {
  GraphQLError,
  type GraphQLErrorOptions,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { INCOMING_OPERATION } from '../upstream/apollo-internals.ts';
import { mergeInto } from './merge.ts';
import { compileGroups, compileWalker, type RepresentationGroups, type Walker } from './requires.ts';

type Row = Record<string, unknown>;

/** Where a node's results go: the path so far and the objects it points at. */
export interface Cursor {
  path: ResponsePath;
  data: Row | Row[];
  full: Row;
}

/** What every node of one execution shares. */
export interface ExecutionState {
  services: Record<string, GraphQLDataSource>;
  /** Apollo's request context, handed to the data sources as Apollo hands it. */
  requestContext: {
    request: { variables?: Record<string, unknown> | undefined };
    context: unknown;
    metrics: { nonFtv1ErrorPaths?: Array<{ subgraph: string; path: unknown }> } & Record<string, unknown>;
  };
  errors: Error[];
}

const hasOwn = Object.prototype.hasOwnProperty;

/** @apollo/gateway's `generateHydratedPaths`: the concrete paths a cursor path stands for. */
function hydratedPaths(
  parent: Array<string | number>,
  path: ResponsePath,
  from: number,
  data: unknown,
  out: Array<Array<string | number>>,
): void {
  if (data == null) return;
  const head = path[from];
  if (head == null) {
    out.push(parent.slice());
  } else if (head === '@') {
    if (!Array.isArray(data)) throw new Error('expected array when encountering `@`');
    for (let i = 0; i < data.length; i++) {
      parent.push(i);
      hydratedPaths(parent, path, from + 1, data[i], out);
      parent.pop();
    }
  } else if (typeof head === 'string') {
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        parent.push(i);
        hydratedPaths(parent, path, from, data[i], out);
        parent.pop();
      }
    } else if (hasOwn.call(data, head)) {
      parent.push(head);
      hydratedPaths(parent, path, from + 1, (data as Row)[head], out);
      parent.pop();
    }
  } else {
    throw new Error(`unknown path part "${head}"`);
  }
}

function errorPathFor(
  fetch: FetchNode,
  cursor: Cursor,
): (path: GraphQLErrorOptions['path']) => GraphQLErrorOptions['path'] {
  let hydrated: Array<Array<string | number>> | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!hydrated) {
        hydrated = [];
        hydratedPaths([], cursor.path, 0, cursor.full, hydrated);
      }
      return [...(hydrated[errorPath[1]] ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath.slice()] : undefined;
  };
}

/** @apollo/gateway's `downstreamServiceError`. */
function downstreamError(
  original: GraphQLFormattedError,
  serviceName: string,
  pathOf: (path: GraphQLErrorOptions['path']) => GraphQLErrorOptions['path'],
): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const { extensions } = original;
  const options: GraphQLErrorOptions = {
    originalError: original as Error,
    path: pathOf(original.path),
    extensions: { ...extensions, serviceName },
  };
  const codeDef = errorCodeDef(original as never);
  if (!codeDef && extensions?.code) return new GraphQLError(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

export type FetchRun = (state: ExecutionState, cursor: Cursor) => Promise<void>;

/** GATEWAY_DEDUPE_REPRESENTATIONS: on unless "0" or "off". */
export function dedupeFromEnv(): boolean {
  const setting = process.env.GATEWAY_DEDUPE_REPRESENTATIONS;
  return setting !== '0' && setting !== 'off';
}

/**
 * The errors the subgraph would have sent for the full list: an error at `_entities[d]` of the
 * deduplicated list once per original index holding that representation, in original order
 * (errors without such an index first, unchanged).
 */
function expandErrors(
  errors: readonly GraphQLFormattedError[],
  order: readonly number[],
  distinctCount: number,
): GraphQLFormattedError[] {
  const byDistinct = new Map<number, GraphQLFormattedError[]>();
  const out: GraphQLFormattedError[] = [];
  for (const error of errors) {
    const index = error.path?.[1];
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < distinctCount) {
      const list = byDistinct.get(index);
      if (list) list.push(error);
      else byDistinct.set(index, [error]);
    } else out.push(error);
  }
  if (byDistinct.size === 0) return out;
  for (let i = 0; i < order.length; i++) {
    const list = byDistinct.get(order[i] as number);
    if (!list) continue;
    for (const error of list) {
      const path = error.path as ReadonlyArray<string | number>;
      out.push({ ...error, path: [path[0] as string, i, ...path.slice(2)] });
    }
  }
  return out;
}

/** Prepares a Fetch node; throws for what it leaves to Apollo (rewrites of inputs or outputs). */
export function compileFetch(
  fetch: FetchNode,
  supergraph: GraphQLSchema,
  dedupe: boolean = dedupeFromEnv(),
): FetchRun {
  if (fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length)
    throw new Error('rewrites');
  const walk: Walker | undefined = fetch.requires ? compileWalker(supergraph, fetch.requires) : undefined;
  const groupsFor: (() => RepresentationGroups) | undefined = fetch.requires
    ? compileGroups(supergraph, fetch.requires)
    : undefined;
  const usages = fetch.variableUsages ?? [];
  const { serviceName } = fetch;

  async function send(
    state: ExecutionState,
    cursor: Cursor,
    variables: Row,
    expand?: (errors: readonly GraphQLFormattedError[]) => readonly GraphQLFormattedError[],
  ): Promise<Row | null | undefined> {
    const service = state.services[serviceName] as GraphQLDataSource;
    const { requestContext } = state;
    const response = await service.process({
      kind: INCOMING_OPERATION,
      request: { query: fetch.operation, variables, operationName: fetch.operationName, http: undefined },
      incomingRequestContext: requestContext as never,
      context: requestContext.context as never,
      document: fetch.operationDocumentNode,
      pathInIncomingRequest: cursor.path,
    } as never);
    if (response.errors) {
      // `expand` returns a new list: the response stays as received (fetch sharing may share it).
      const errors = expand ? expand(response.errors) : response.errors;
      const pathOf = errorPathFor(fetch, cursor);
      for (const error of errors) state.errors.push(downstreamError(error, serviceName, pathOf));
      if (!response.extensions?.ftv1) {
        const paths = errors.map((error) => ({ subgraph: serviceName, path: error.path }));
        const metrics = requestContext.metrics;
        if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...paths);
        else metrics.nonFtv1ErrorPaths = paths;
      }
    }
    return response.data as Row | null | undefined;
  }

  return async (state, cursor) => {
    if (!state.services[serviceName]) throw new Error(`Couldn't find service with name "${serviceName}"`);
    const data = cursor.data;
    let entities: Row[];
    if (Array.isArray(data)) {
      entities = [];
      for (let i = 0; i < data.length; i++) if (data[i] != null) entities.push(data[i] as Row);
    } else {
      entities = [data];
    }
    if (entities.length < 1) return;
    const variables: Row = Object.create(null);
    const provided = state.requestContext.request.variables;
    for (let i = 0; i < usages.length; i++) {
      const name = usages[i] as string;
      if (provided && hasOwn.call(provided, name) && typeof provided[name] !== 'undefined')
        variables[name] = provided[name];
    }
    if (!walk) {
      const received = await send(state, cursor, variables);
      for (let i = 0; i < entities.length; i++) mergeInto(entities[i] as Row, received);
      return;
    }
    if (!dedupe) return sendAll(state, cursor, variables, entities, walk);
    const representations: Row[] = [];
    // Per entity sent (in Apollo's order): the entity and which distinct representation is its.
    const owners: Row[] = [];
    const order: number[] = [];
    // Entities by the text of their representation (requires.ts): only a new one is walked.
    const seen = (groupsFor as () => RepresentationGroups)();
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as Row;
      // One object met at several positions (a subtree shared by an earlier merge) is an owner at
      // each: merging the same answer into it again changes nothing (merge.ts).
      let distinct = seen.get(entity);
      if (distinct === undefined) {
        const representation = walk(entity);
        if (!representation?.__typename) {
          // The same text stands for the same representation: every entity with it is left out.
          seen.set(entity, -1);
          continue;
        }
        distinct = representations.length;
        seen.set(entity, distinct);
        representations.push(representation);
      } else if (distinct < 0) continue;
      owners.push(entity);
      order.push(distinct);
    }
    if (representations.length < 1) return;
    if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
    const distinctCount = representations.length;
    const received = await send(
      state,
      cursor,
      { ...variables, representations },
      order.length === distinctCount ? undefined : (errors) => expandErrors(errors, order, distinctCount),
    );
    const list = entityList(received, distinctCount);
    if (!list) return;
    // An answer without __typename takes its owners' (the first owner of each: they share the text).
    for (let i = 0; i < order.length; i++) {
      const entity = list[order[i] as number] as Row | null;
      if (entity && !entity.__typename) entity.__typename = (owners[i] as Row).__typename;
    }
    for (let i = 0; i < owners.length; i++) mergeInto(owners[i] as Row, list[order[i] as number]);
  };

  /** Every representation sent, duplicates included, as @apollo/gateway sends them. */
  async function sendAll(
    state: ExecutionState,
    cursor: Cursor,
    variables: Row,
    entities: Row[],
    walk: Walker,
  ): Promise<void> {
    const representations: Row[] = [];
    const owners: Row[] = [];
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as Row;
      const representation = walk(entity);
      if (representation?.__typename) {
        representations.push(representation);
        owners.push(entity);
      }
    }
    if (representations.length < 1) return;
    if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
    const received = await send(state, cursor, { ...variables, representations });
    const list = entityList(received, representations.length);
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const entity = list[i] as Row | null;
      const owner = owners[i] as Row;
      if (entity && !entity.__typename) entity.__typename = owner.__typename;
      mergeInto(owner, entity);
    }
  }
}

/** `data._entities` of an entity fetch's answer, checked as Apollo checks it. */
function entityList(received: Row | null | undefined, expected: number): unknown[] | undefined {
  if (!received) return undefined;
  const list = received._entities;
  if (!(list && Array.isArray(list))) throw new Error('Expected "data._entities" in response to be an array');
  if (list.length !== expected) throw new Error(`Expected "data._entities" to contain ${expected} elements`);
  return list;
}
