/**
 * The gateways the benchmark compares: how each one is started (alone on the
 * gateway core), which subscription its subscribers use, and the label and
 * settings the report prints for it.
 */

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GATEWAY_CORE, HERE, SUPERGRAPH, tsScript } from './options.ts';
import { type Child, startChild } from './processes.ts';
import type { LoadConfig } from './shared.ts';

/** The hive-gateway CLI (bin.js beside the package's entry point). */
const HIVE_BIN = fileURLToPath(new URL('bin.js', import.meta.resolve('@graphql-hive/gateway')));

export interface GatewayUnderTest {
  name: string;
  label: string;
  kind: LoadConfig['kind'];
  settings: string;
  start(port: number, env: NodeJS.ProcessEnv): Child;
}

export const GATEWAYS: Record<string, GatewayUnderTest> = {
  kaarst: {
    name: 'kaarst',
    label: 'Kaarst gateway (ours)',
    kind: 'public',
    settings:
      '`createGateway` from @kaarst/gateway as `npm start` builds it (Apollo Gateway 2.14 + Apollo Server 5 on Fastify, graphql-ws on /graphql), supergraph schema/supergraph.graphql with `subgraphUrls`; LOG_LEVEL=warn; run with tsx.',
    start: (port, env) =>
      startChild('kaarst', GATEWAY_CORE, tsScript('gateways/kaarst.ts'), { ...env, PORT: String(port) }),
  },
  'kaarst-staff': {
    name: 'kaarst-staff',
    label: 'Kaarst gateway (ours), staff subscription',
    kind: 'staff',
    settings:
      'The same gateway; subscribers send a staff session token in connection_init and subscribe to `appointmentBooked`, whose `citizen { displayName }` is an entity fetch into the citizens subgraph per event.',
    start: (port, env) =>
      startChild('kaarst-staff', GATEWAY_CORE, tsScript('gateways/kaarst.ts'), {
        ...env,
        PORT: String(port),
      }),
  },
  // The same gateway at another commit (e.g. main), checked out and installed in
  // BENCH_BASELINE_DIR: "before" beside "after" in one run.
  'kaarst-baseline': {
    name: 'kaarst-baseline',
    label: 'Kaarst gateway, baseline checkout',
    kind: 'public',
    settings:
      "The same `gateways/kaarst.ts`, run from the checkout in BENCH_BASELINE_DIR with that checkout's own @kaarst/gateway (and node_modules); the subgraphs and the load are this checkout's.",
    start: (port, env) => {
      const dir = env.BENCH_BASELINE_DIR;
      if (!dir)
        throw new Error('kaarst-baseline needs BENCH_BASELINE_DIR (a checkout of the baseline, installed)');
      const tsx = createRequire(path.join(dir, 'bench', 'package.json')).resolve('tsx');
      return startChild(
        'kaarst-baseline',
        GATEWAY_CORE,
        [
          '--import',
          pathToFileURL(tsx).href,
          path.join(dir, 'bench', 'subscriptions', 'gateways', 'kaarst.ts'),
        ],
        { ...env, PORT: String(port) },
      );
    },
  },
  hive: {
    name: 'hive',
    label: 'Hive Gateway 2.15.1 (JS runtime)',
    kind: 'public',
    settings:
      'The `hive-gateway supergraph schema/supergraph.graphql --host 127.0.0.1 --port <p> -c gateways/hive.config.ts` CLI with its defaults (1 worker, no --jit, polling 10 s); set in the config: subgraph URLs, the static `x-hub-context` header, and subscriptions to subgraphs over graphql-ws (`kind: "ws"`, the token in connection_init); LOG_LEVEL=warn in its environment.',
    start: (port, env) =>
      startChild(
        'hive',
        GATEWAY_CORE,
        [
          HIVE_BIN,
          'supergraph',
          SUPERGRAPH,
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--config-path',
          path.join(HERE, 'gateways', 'hive.config.ts'),
        ],
        env,
      ),
  },
  mercurius: {
    name: 'mercurius',
    label: "Mercurius' gateway (@mercuriusjs/gateway 5.2.0)",
    kind: 'public',
    settings:
      '`@mercuriusjs/gateway` registered on Fastify 5 with `subscription: true` and two services (url, wsUrl, the static `x-hub-context` as header and as connection_init payload); everything else default; run with tsx.',
    start: (port, env) =>
      startChild('mercurius', GATEWAY_CORE, tsScript('gateways/mercurius.ts'), {
        ...env,
        PORT: String(port),
      }),
  },
};
