/**
 * The whole hub for a test: every subgraph on throw-away databases and the
 * gateway on the committed supergraph, all on free ports. Operations are the
 * typed contract documents from codegen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { appointmentsSubgraph } from '@kaarst/appointments';
import { citizensSubgraph } from '@kaarst/citizens';
import { IssueApiKeyDocument, SignInDocument } from '@kaarst/contract';
import { councilSubgraph } from '@kaarst/council';
import { createGateway, type GatewayOptions, type RunningGateway } from '@kaarst/gateway';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type StartSubgraphOptions } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph } from '@kaarst/kit/testing';
import { passSubgraph } from '@kaarst/pass';
import { requestsSubgraph } from '@kaarst/requests';
import { transitSubgraph } from '@kaarst/transit';
import { print } from 'graphql';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUPERGRAPH = path.join(ROOT, 'schema', 'supergraph.graphql');
export const DEMO_PASSWORD = 'kaarst-demo';
export const ANNA = 'anna.schmitz@example.org';
export const STAFF = 'buergerbuero@example.org';

export interface TestHub {
  url: string;
  keys: HubKeys;
  gateway: RunningGateway;
  citizens: RunningSubgraph<unknown>;
  appointments: RunningSubgraph<unknown>;
  /** Started only when `subgraphs` asks for them. */
  council: RunningSubgraph<unknown> | undefined;
  requests: RunningSubgraph<unknown> | undefined;
  transit: RunningSubgraph<unknown> | undefined;
  pass: RunningSubgraph<unknown> | undefined;
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

export type OptionalSubgraph = 'council' | 'requests' | 'transit' | 'pass';
export const ALL_SUBGRAPHS: OptionalSubgraph[] = ['council', 'requests', 'transit', 'pass'];
const CORE_SUBGRAPHS: OptionalSubgraph[] = [];
const NOT_STARTED = 'http://127.0.0.1:1/graphql';

export interface TestHubOptions {
  /** Per-subgraph database settings, e.g. a fixed embedded folder to test restarts. */
  citizens?: StartSubgraphOptions;
  appointments?: StartSubgraphOptions;
  council?: StartSubgraphOptions;
  requests?: StartSubgraphOptions;
  transit?: StartSubgraphOptions;
  pass?: StartSubgraphOptions;
  /**
   * Which subgraphs to start besides citizens and appointments (default none):
   * each costs a database and its migrations, and most tests need only the two.
   */
  subgraphs?: OptionalSubgraph[];
  keys?: HubKeys;
  supergraphPath?: string;
  /** Further gateway options, e.g. subscriptionRetryAttempts. */
  gateway?: Partial<GatewayOptions>;
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
  const wanted = new Set(options.subgraphs ?? CORE_SUBGRAPHS);
  // One account event log for this hub's subgraphs (a deletion reaches each of them), no other hub's.
  const eventsDir = mkdtempSync(path.join(tmpdir(), 'kaarst-hub-events-'));
  const shared = {
    keys,
    accountEvents: { dir: eventsDir, stream: `kaarst-test:${path.basename(eventsDir)}`, pollMs: 200 },
  };
  const optional = <T>(name: OptionalSubgraph, start: () => Promise<T>) =>
    wanted.has(name) ? start() : Promise.resolve(undefined);
  const [citizens, appointments, council, requests, transit, pass] = await Promise.all([
    startTestSubgraph(citizensSubgraph, { ...shared, ...options.citizens }),
    startTestSubgraph(appointmentsSubgraph, { ...shared, ...options.appointments }),
    optional('council', () => startTestSubgraph(councilSubgraph, { ...shared, ...options.council })),
    optional('requests', () => startTestSubgraph(requestsSubgraph, { ...shared, ...options.requests })),
    optional('transit', () => startTestSubgraph(transitSubgraph, { ...shared, ...options.transit })),
    optional('pass', () => startTestSubgraph(passSubgraph, { ...shared, ...options.pass })),
  ]);
  const gateway = await createGateway({
    supergraphPath: options.supergraphPath ?? SUPERGRAPH,
    keys,
    subgraphUrls: {
      citizens: citizens.url,
      appointments: appointments.url,
      // Not started: nothing listens there (the gateway answers SUBGRAPH_UNAVAILABLE for their fields).
      council: council?.url ?? NOT_STARTED,
      requests: requests?.url ?? NOT_STARTED,
      transit: transit?.url ?? NOT_STARTED,
      pass: pass?.url ?? NOT_STARTED,
    },
    ...options.gateway,
  });
  const url = await gateway.listen(0, '127.0.0.1');
  const request = <R>(query: string, variables?: Record<string, unknown>, token?: string) =>
    postGraphQL<R>(url, { query, variables }, token);
  const hub: TestHub = {
    url,
    keys,
    gateway,
    citizens: citizens as RunningSubgraph<unknown>,
    appointments: appointments as RunningSubgraph<unknown>,
    council: council as RunningSubgraph<unknown> | undefined,
    requests: requests as RunningSubgraph<unknown> | undefined,
    transit: transit as RunningSubgraph<unknown> | undefined,
    pass: pass as RunningSubgraph<unknown> | undefined,
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
      await Promise.all([
        citizens.close(),
        appointments.close(),
        council?.close(),
        requests?.close(),
        transit?.close(),
        pass?.close(),
      ]);
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
