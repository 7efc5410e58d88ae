/**
 * The gateways the federation audit runs against, each started per suite as one process on
 * that suite's supergraph (its subgraph URLs point at the audit's server).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_CORE } from '../subscriptions/options.ts';
import { type Child, startChild } from '../subscriptions/processes.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface AuditGatewaySetup {
  port: number;
  supergraphPath: string;
  /** A JSON file with the suite's query documents (registered by the `-registered` variant). */
  documentsPath: string;
}

export interface AuditGateway {
  name: string;
  label: string;
  settings: string;
  start(setup: AuditGatewaySetup): Child;
}

const child = (name: string, file: string, setup: AuditGatewaySetup, extra: NodeJS.ProcessEnv = {}) =>
  startChild(name, GATEWAY_CORE, ['--import', TSX, file], {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    ...extra,
    PORT: String(setup.port),
    SUPERGRAPH_PATH: setup.supergraphPath,
  });

const ours = (name: string, setup: AuditGatewaySetup, extra: NodeJS.ProcessEnv) =>
  child(name, path.join(HERE, 'gateways', 'kaarst.ts'), setup, extra);

/** The candidate copy of gateway/src (`--candidate <dir>/src/server.ts`), for a change measured beside ours. */
const candidate = (): NodeJS.ProcessEnv => ({
  KAARST_GATEWAY_ENTRY: process.env.BENCH_CANDIDATE_ENTRY ?? '',
});

export const AUDIT_GATEWAYS: Record<string, AuditGateway> = {
  apollo: {
    name: 'apollo',
    label: 'plain @apollo/gateway 2.14.4 (@apollo/server 5.5.1 standalone)',
    settings:
      '`new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) })` under `startStandaloneServer`, nothing else set (bench/gateway/gateways/apollo.ts, the same launcher as bench:gateway).',
    start: (setup) => child('apollo', path.join(HERE, '..', 'gateway', 'gateways', 'apollo.ts'), setup),
  },
  'kaarst-checks-off': {
    name: 'kaarst-checks-off',
    label: 'ours, checks off',
    settings:
      '`createGateway({ checks: false })` (GATEWAY_CHECKS=off, as issue 28 and bench:protection use it): no operation limits or cost limit, no authorization directives, trusted documents not enforced, no API keys or rate limits; sharing and everything else at their defaults (bench/audit/gateways/kaarst.ts).',
    start: (setup) => ours('kaarst-checks-off', setup, { AUDIT_CHECKS: 'off' }),
  },
  'kaarst-checks-off-unshared': {
    name: 'kaarst-checks-off-unshared',
    label: 'ours, checks off, sharing off',
    settings:
      'The same as `kaarst-checks-off` with GATEWAY_SHARING=off (no operation or fetch sharing), the configuration issue 28 measures execution in.',
    start: (setup) =>
      ours('kaarst-checks-off-unshared', setup, { AUDIT_CHECKS: 'off', GATEWAY_SHARING: 'off' }),
  },
  kaarst: {
    name: 'kaarst',
    label: 'ours, checks on (production settings)',
    settings:
      "`createGateway` with every check on and trusted documents enforced, as in production; only the readiness ping `{ __typename }` is registered, none of the audit's documents, so an anonymous caller's unregistered document is refused before planning.",
    start: (setup) => ours('kaarst', setup, {}),
  },
  'kaarst-registered': {
    name: 'kaarst-registered',
    label: "ours, checks on, the suite's documents registered",
    settings:
      "The same as `kaarst`, with the suite's queries registered as trusted documents (like a registered client's): what the other checks (default limits: depth 10, cost 5000, list size 20, …) do to the audit's queries.",
    start: (setup) => ours('kaarst-registered', setup, { AUDIT_DOCUMENTS: setup.documentsPath }),
  },
  'kaarst-candidate-checks-off': {
    name: 'kaarst-candidate-checks-off',
    label: 'candidate copy (--candidate), checks off',
    settings:
      "The same as `kaarst-checks-off`, with `createGateway` loaded from the copy given by `--candidate <dir>/src/server.ts` (e.g. another worktree's gateway/src): a change checked against the audit beside ours.",
    start: (setup) => ours('kaarst-candidate-checks-off', setup, { AUDIT_CHECKS: 'off', ...candidate() }),
  },
};
