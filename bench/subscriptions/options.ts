/**
 * The runner's settings: its command-line options (see run.ts for the syntax),
 * where its files are, which cores the processes go to, and its log.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---- Options ----

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}
export const gatewayNames = option('gateways', 'kaarst,kaarst-staff,hive,mercurius').split(',');
export const subscriberCounts = option('subscribers', '1000,5000').split(',').map(Number);
export const rounds = Number(option('rounds', '3'));
export const warmupSeconds = Number(option('warmup', '5'));
export const measureSeconds = Number(option('duration', '30'));
export const rate = Number(option('rate', '20'));
export const connectBatch = Number(option('batch', '250'));
export const write = !process.argv.includes('--no-write');
/** The load's subscriber client: raw (default, light) or graphql-ws (see LoadConfig.client). */
export const client = option('client', 'raw') as 'raw' | 'graphql-ws';
if (client !== 'raw' && client !== 'graphql-ws')
  throw new Error(`--client is raw or graphql-ws, not "${client}"`);

// ---- Paths ----

/** bench/subscriptions/ */
export const HERE = path.dirname(fileURLToPath(import.meta.url));
/** bench/: the children's working directory, and where RESULTS.md is. */
export const BENCH = path.resolve(HERE, '..');
const ROOT = path.resolve(BENCH, '..');
export const SUPERGRAPH = path.join(ROOT, 'schema', 'supergraph.graphql');
const TSX = import.meta.resolve('tsx');

/** Node arguments that run a TypeScript file of bench/subscriptions/ through tsx. */
export const tsScript = (file: string) => ['--import', TSX, path.join(HERE, file)];

// ---- Cores ----

export const cores = os.availableParallelism();
export const pinned = cores >= 2 && spawnSync('taskset', ['-V']).status === 0;
export const GATEWAY_CORE = '1';
export const LOAD_CORE = '0';

/** The runner shares core 0 with the subgraphs and the load, so the gateway has core 1 to itself. */
export function pinRunner(): void {
  if (pinned) spawnSync('taskset', ['-a', '-cp', LOAD_CORE, String(process.pid)], { stdio: 'ignore' });
}

// ---- Log ----

const started = Date.now();
export const log = (text: string) => {
  const t = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  console.log(`[${t}s] ${text}`);
};
