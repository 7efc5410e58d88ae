/**
 * The gateways the throughput benchmark compares, each started as one process
 * alone on the gateway core, on the same supergraph (or, for Mercurius, the
 * same subgraphs), with the settings the report prints.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_NODE_OPTIONS } from '../../gateway/src/node-options.ts';
import { GATEWAY_CORE } from '../subscriptions/options.ts';
import { type Child, startChild } from '../subscriptions/processes.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const TSX = require.resolve('tsx');
const HIVE_BIN = path.join(path.dirname(require.resolve('@graphql-hive/gateway')), 'bin.js');

/** Cost limit for ours: the benchmark query's estimate (lists of lists of lists) is far above the default 5000. */
export const KAARST_COST_LIMIT = 1_000_000;

export interface GatewaySetup {
  port: number;
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  env: NodeJS.ProcessEnv;
  /** Node options before the script (e.g. --cpu-prof). */
  nodeArgs: string[];
}

export interface GatewayUnderTest {
  name: string;
  label: string;
  settings: string;
  /** A peer that may be unable to serve this graph: reported as such instead of stopping the run. */
  mayNotServe?: boolean;
  start(setup: GatewaySetup): Child;
}

const tsChild = (
  name: string,
  file: string,
  setup: GatewaySetup,
  extra: NodeJS.ProcessEnv = {},
  nodeOptions: readonly string[] = [],
) =>
  startChild(
    name,
    GATEWAY_CORE,
    [...nodeOptions, ...setup.nodeArgs, '--import', TSX, path.join(HERE, 'gateways', file)],
    {
      ...setup.env,
      ...extra,
      PORT: String(setup.port),
      SUPERGRAPH_PATH: setup.supergraphPath,
      SUBGRAPH_URLS: JSON.stringify(setup.subgraphUrls),
    },
  );

/** Ours is started with the Node options it runs with in production (gateway/src/node-options.ts). */
const OURS = GATEWAY_NODE_OPTIONS;

/** The hive-gateway CLI, one process (its default), with these extra flags. */
const hive = (name: string, setup: GatewaySetup, flags: string[]) =>
  startChild(
    name,
    GATEWAY_CORE,
    [
      ...setup.nodeArgs,
      HIVE_BIN,
      'supergraph',
      setup.supergraphPath,
      '--host',
      '127.0.0.1',
      '--port',
      String(setup.port),
      ...flags,
    ],
    setup.env,
  );

/** BENCH_CANDIDATE_LABEL: what the candidate copy is (e.g. "before issue 28"), for the report. */
const candidateName = () => process.env.BENCH_CANDIDATE_LABEL || 'candidate copy (--candidate)';

/**
 * BENCH_CANDIDATE_NODE_OPTIONS: Node options for the candidate only (e.g. a heap setting to measure);
 * without it the candidate runs with Node's defaults (a copy from before gateway/src/node-options.ts).
 */
const candidateNodeOptions = (): NodeJS.ProcessEnv =>
  process.env.BENCH_CANDIDATE_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_CANDIDATE_NODE_OPTIONS } : {};

export const GATEWAYS: Record<string, GatewayUnderTest> = {
  apollo: {
    name: 'apollo',
    label: 'plain @apollo/gateway 2.14.4 (@apollo/server 5.5.1 standalone)',
    settings:
      '`new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) })` under `startStandaloneServer`, nothing else set (gateways/apollo.ts).',
    start: (setup) => tsChild('apollo', 'apollo.ts', setup),
  },
  'apollo-heap': {
    name: 'apollo-heap',
    label: `plain @apollo/gateway 2.14.4, with our Node options (${GATEWAY_NODE_OPTIONS.join(' ')})`,
    settings: `The same as apollo, started with the Node options ours runs with (${GATEWAY_NODE_OPTIONS.join(' ')}, gateway/src/node-options.ts): what the heap setting alone gives plain Apollo, so that the ratio against ours is not the setting's.`,
    start: (setup) => tsChild('apollo-heap', 'apollo.ts', setup, {}, GATEWAY_NODE_OPTIONS),
  },
  hive: {
    name: 'hive',
    label: 'Hive Gateway 2.15.1 (JS runtime)',
    settings:
      '`hive-gateway supergraph <file> --host 127.0.0.1 --port <p>` with its defaults (1 process: `--fork` defaults to 1; no `--jit`; its default deduplication of identical in-flight subgraph requests is on).',
    start: (setup) => hive('hive', setup, []),
  },
  'hive-jit': {
    name: 'hive-jit',
    label: 'Hive Gateway 2.15.1 (JS runtime, --jit)',
    settings: 'The same CLI with `--jit` (its documented just-in-time compilation of GraphQL documents).',
    start: (setup) => hive('hive-jit', setup, ['--jit']),
  },
  mercurius: {
    name: 'mercurius',
    label: "Mercurius' gateway (@mercuriusjs/gateway 5.2.0, Fastify 5)",
    settings:
      'Registered on Fastify with the four services by URL and its defaults; it composes Federation 1 from their `_service { sdl }` itself (it cannot read a supergraph), so it serves the same graph (gateways/mercurius.ts).',
    mayNotServe: true,
    start: (setup) => tsChild('mercurius', 'mercurius.ts', setup),
  },
  kaarst: {
    name: 'kaarst',
    label: 'Kaarst gateway (ours)',
    settings: `\`createGateway\` from @kaarst/gateway (the working tree) with all its protection on: trusted documents enforced (the query registered as one), operation limits, cost limit, authorization directives, API-key and rate-limit hooks, metrics, a signed context token per request, circuit breakers; keys from \`generateHubKeys\`, \`subgraphUrls\`; one setting changed: LIMIT_COST=${KAARST_COST_LIMIT} (gateways/kaarst.ts); Node started with the options it runs with in production (${GATEWAY_NODE_OPTIONS.join(' ')}, gateway/src/node-options.ts).`,
    start: (setup) => tsChild('kaarst', 'kaarst.ts', setup, { LIMIT_COST: String(KAARST_COST_LIMIT) }, OURS),
  },
  'kaarst-candidate': {
    name: 'kaarst-candidate',
    label: `Kaarst gateway, ${candidateName()}`,
    settings:
      'The same as ours, but `createGateway` loaded from the copy of gateway/src given by `--candidate <dir>/src/server.ts` (BENCH_CANDIDATE_ENTRY): a change measured against the current gateway in the same run.',
    start: (setup) =>
      tsChild('kaarst-candidate', 'kaarst.ts', setup, {
        LIMIT_COST: String(KAARST_COST_LIMIT),
        KAARST_GATEWAY_ENTRY: process.env.BENCH_CANDIDATE_ENTRY ?? '',
        ...candidateNodeOptions(),
      }),
  },
  'kaarst-unshared': {
    name: 'kaarst-unshared',
    label: 'Kaarst gateway (ours), sharing off',
    settings:
      'The same as ours with GATEWAY_SHARING=off: no operation sharing (identical queries in flight each execute) and no fetch sharing (identical subgraph fetches in flight each go out).',
    start: (setup) =>
      tsChild(
        'kaarst-unshared',
        'kaarst.ts',
        setup,
        { LIMIT_COST: String(KAARST_COST_LIMIT), GATEWAY_SHARING: 'off' },
        OURS,
      ),
  },
  'kaarst-unshared-default-heap': {
    name: 'kaarst-unshared-default-heap',
    label: "Kaarst gateway (ours), sharing off, Node's default young generation",
    settings: `The same as kaarst-unshared without the Node options ours runs with (${GATEWAY_NODE_OPTIONS.join(' ')}, gateway/src/node-options.ts): V8's default semi-space size.`,
    start: (setup) =>
      tsChild('kaarst-unshared-default-heap', 'kaarst.ts', setup, {
        LIMIT_COST: String(KAARST_COST_LIMIT),
        GATEWAY_SHARING: 'off',
      }),
  },
  'kaarst-unshared-nodedupe': {
    name: 'kaarst-unshared-nodedupe',
    label: 'Kaarst gateway (ours), sharing off, representation dedupe off',
    settings:
      'The same as kaarst-unshared with GATEWAY_DEDUPE_REPRESENTATIONS=0: every entity representation sent, duplicates included, as @apollo/gateway sends them.',
    start: (setup) =>
      tsChild(
        'kaarst-unshared-nodedupe',
        'kaarst.ts',
        setup,
        {
          LIMIT_COST: String(KAARST_COST_LIMIT),
          GATEWAY_SHARING: 'off',
          GATEWAY_DEDUPE_REPRESENTATIONS: '0',
        },
        OURS,
      ),
  },
  'kaarst-candidate-unshared': {
    name: 'kaarst-candidate-unshared',
    label: `Kaarst gateway, ${candidateName()}, sharing off`,
    settings: 'The candidate copy (--candidate) with GATEWAY_SHARING=off.',
    start: (setup) =>
      tsChild('kaarst-candidate-unshared', 'kaarst.ts', setup, {
        LIMIT_COST: String(KAARST_COST_LIMIT),
        KAARST_GATEWAY_ENTRY: process.env.BENCH_CANDIDATE_ENTRY ?? '',
        GATEWAY_SHARING: 'off',
        ...candidateNodeOptions(),
      }),
  },
};
