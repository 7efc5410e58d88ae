/**
 * The hub for a test: the subgraphs it asks for, each on a throw-away database, and the gateway
 * on the committed supergraph, all on free ports. Subgraphs are found by name in the registry
 * (subgraphs/<name>/package.json, "hub"); operations are the typed documents from codegen.
 *
 *   const hub = await startHub();                              DEFAULT_SUBGRAPHS only
 *   const hub = await startHub({ subgraphs: ['council'] });    the defaults and council
 *   const hub = await startHub({ subgraphs: 'all' });          every registered subgraph
 *   hub.subgraph('appointments')                               a started one: url, db, database, app, close()
 *   hub.subgraphs                                              all started ones, by name
 *   startHub({ subgraphOptions: { appointments: { port } } })  start options of one subgraph
 *   await subgraphDefinition('citizens')                       its SubgraphDefinition, to start it alone
 *
 * The others are not started: the gateway finds nothing at their URL and answers
 * SUBGRAPH_UNAVAILABLE for their fields. Each started subgraph costs a database and its seed.
 * The gateway trusts every client's documents, the test operations of clients/contract too (as
 * if a staff app shipped them); production trusts the shipped clients' only:
 * `gateway: { trustedDocuments: { enforce: true, files: SHIPPED_DOCUMENTS } }` is that set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { IssueApiKeyDocument, SignInDocument } from '@kaarst/contract';
import { createGateway, type GatewayOptions, type RunningGateway } from '@kaarst/gateway';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type StartSubgraphOptions } from '@kaarst/kit';
import {
  clientDocuments,
  findSubgraph,
  hubRoot,
  listSubgraphs,
  loadSubgraphDefinition,
} from '@kaarst/kit/registry';
import { type GraphQLResponse, startTestSubgraph } from '@kaarst/kit/testing';
import { print } from 'graphql';

export const ROOT = hubRoot(import.meta.dirname);
export const SUPERGRAPH = path.join(ROOT, 'schema', 'supergraph.graphql');
export const DEMO_PASSWORD = 'kaarst-demo';
export const ANNA = 'anna.schmitz@example.org';
export const STAFF = 'buergerbuero@example.org';
/** The documents production trusts: those of the clients the hub ships. */
export const SHIPPED_DOCUMENTS = clientDocuments(ROOT)
  .filter((client) => client.shipped)
  .map((client) => client.file);

/** Started by every test hub. */
export const DEFAULT_SUBGRAPHS: readonly string[] = [
  'citizens', // sign-in: every suite signs someone in
  'appointments', // the booking flows most suites exercise
];
const NOT_STARTED = 'http://127.0.0.1:1/graphql';

export interface TestHub {
  url: string;
  keys: HubKeys;
  gateway: RunningGateway;
  /** The started subgraphs, by name. */
  subgraphs: ReadonlyMap<string, RunningSubgraph<unknown>>;
  /** A started subgraph by name; throws when this hub did not start it. */
  subgraph(name: string): RunningSubgraph<unknown>;
  /** Runs a typed document through the gateway; `token` signs the request in. */
  execute<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    token?: string,
  ): Promise<GraphQLResponse<R>>;
  /** Runs a raw query string through the gateway. */
  request<R = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<R>>;
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /** Subgraphs to start besides DEFAULT_SUBGRAPHS, by name, or 'all' registered ones. */
  subgraphs?: readonly string[] | 'all';
  /** Start options per started subgraph, e.g. a fixed database to test restarts, or a fixed port. */
  subgraphOptions?: Record<string, StartSubgraphOptions>;
  keys?: HubKeys;
  supergraphPath?: string;
  /** Further gateway options, e.g. subscriptionRetryAttempts. */
  gateway?: Partial<GatewayOptions>;
}

/** A subgraph's definition by its registry name, for tests that start it on their own (startTestSubgraph). */
export const subgraphDefinition = (name: string) => loadSubgraphDefinition(findSubgraph(name));

/** The names a hub starts: the defaults and the asked ones, in registry order; unknown names throw. */
function startedNames(options: TestHubOptions): string[] {
  const registered = listSubgraphs().map((s) => s.name);
  const asked =
    options.subgraphs === 'all' ? registered : [...DEFAULT_SUBGRAPHS, ...(options.subgraphs ?? [])];
  const configured = Object.keys(options.subgraphOptions ?? {});
  const unknown = [...asked, ...configured].filter((name) => !registered.includes(name));
  if (unknown.length) throw new Error(`no subgraph ${unknown.join(', ')} (known: ${registered.join(', ')})`);
  const idle = configured.filter((name) => !asked.includes(name));
  if (idle.length) throw new Error(`subgraphOptions names ${idle.join(', ')}, which this hub does not start`);
  return registered.filter((name) => asked.includes(name));
}

export async function postGraphQL<R>(
  url: string,
  body: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<R>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<R>, 'status'>) };
}

export async function startHub(options: TestHubOptions = {}): Promise<TestHub> {
  const keys = options.keys ?? (await generateHubKeys());
  const names = startedNames(options);
  // One account event log for this hub's subgraphs (a deletion reaches each of them), no other hub's.
  const eventsDir = mkdtempSync(path.join(tmpdir(), 'kaarst-hub-events-'));
  const shared = {
    keys,
    accountEvents: { dir: eventsDir, stream: `kaarst-test:${path.basename(eventsDir)}`, pollMs: 200 },
  };
  const starts = await Promise.allSettled(
    names.map(async (name) =>
      startTestSubgraph(await subgraphDefinition(name), { ...shared, ...options.subgraphOptions?.[name] }),
    ),
  );
  const subgraphs = new Map<string, RunningSubgraph<unknown>>();
  for (const start of starts) if (start.status === 'fulfilled') subgraphs.set(start.value.name, start.value);
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    // Those that did start are closed again, so a failed start leaves no server or database behind.
    await Promise.all([...subgraphs.values()].map((running) => running.close()));
    rmSync(eventsDir, { recursive: true, force: true });
    throw failed.reason;
  }
  const gateway = await createGateway({
    supergraphPath: options.supergraphPath ?? SUPERGRAPH,
    keys,
    // Not started: nothing listens there (the gateway answers SUBGRAPH_UNAVAILABLE for their fields).
    subgraphUrls: Object.fromEntries(
      listSubgraphs().map(({ name }) => [name, subgraphs.get(name)?.url ?? NOT_STARTED]),
    ),
    ...options.gateway,
    trustedDocuments: {
      files: clientDocuments(ROOT).map((client) => client.file),
      ...options.gateway?.trustedDocuments,
    },
  });
  const url = await gateway.listen(0, '127.0.0.1');
  const request = <R>(query: string, variables?: Record<string, unknown>, token?: string) =>
    postGraphQL<R>(url, { query, variables }, token);
  const hub: TestHub = {
    url,
    keys,
    gateway,
    subgraphs,
    subgraph(name) {
      const running = subgraphs.get(name);
      if (!running)
        throw new Error(`this test hub did not start ${name} (startHub({ subgraphs: ['${name}'] }))`);
      return running;
    },
    request,
    // As the portal sends them: the document id codegen gave it (the gateway knows the text).
    execute: (document, variables, token) => {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
      if (!hash) return request(print(document), variables as Record<string, unknown> | undefined, token);
      return postGraphQL(
        url,
        { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        token,
      );
    },
    async signIn(email, password = DEMO_PASSWORD) {
      const result = await hub.execute(SignInDocument, { email, password });
      if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.token;
    },
    async close() {
      await gateway.close();
      await Promise.all([...subgraphs.values()].map((running) => running.close()));
      rmSync(eventsDir, { recursive: true, force: true });
    },
  };
  return hub;
}

/** Issues an API key to the signed-in holder of `token` (self-service) and returns the key. */
export async function issueApiKey(hub: TestHub, token: string, name = 'test app', ratePerMinute?: number) {
  const result = await hub.execute(
    IssueApiKeyDocument,
    { input: { name, ...(ratePerMinute ? { ratePerMinute } : {}) } },
    token,
  );
  if (!result.data) throw new Error(`issueApiKey failed: ${JSON.stringify(result.errors)}`);
  return { key: result.data.issueApiKey.key, id: result.data.issueApiKey.apiKey.id };
}

/** The error codes of a response, in order. */
export const codes = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

/** A port free right now on loopback, for a service that must come back on the same address. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Subgraph fetches the gateway has made so far (from its /metrics): shows whether a subgraph was asked. */
export async function subgraphFetchCount(hub: TestHub): Promise<number> {
  const text = await (await fetch(new URL('/metrics', hub.url))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('hub_subgraph_fetch_duration_seconds_count{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
