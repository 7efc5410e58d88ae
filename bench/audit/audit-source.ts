/**
 * The federation gateway audit's checkout (github.com/graphql-hive/federation-gateway-audit,
 * kept OUTSIDE this repository): checked, its server's dependencies installed once (under
 * /work/install.lock's flock when flock exists), and its server started. The server serves, per
 * test suite, the subgraphs (GraphQL Yoga), the composed supergraph (`/<suite>/supergraph`, its
 * subgraph URLs pointing back at the server) and the test cases (`/<suite>/tests`); `/ids` lists
 * the suites. Nothing of the audit is imported into this process: it runs as a child.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOAD_CORE } from '../subscriptions/options.ts';
import { type Child, freePort, startChild } from '../subscriptions/processes.ts';
import { sleep } from '../subscriptions/shared.ts';
import type { AuditCase } from './judge.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = import.meta.resolve('tsx');
const INSTALL_LOCK = process.env.BENCH_INSTALL_LOCK ?? '/work/install.lock';

export const HOW_TO_GET =
  'Check it out outside this repository, e.g. `git clone https://github.com/graphql-hive/federation-gateway-audit /work/audit-src`, then `pnpm bench:audit --audit /work/audit-src`.';

/** The absolute checkout path, or an error that says what is missing and how to get it. */
export function auditCheckout(given: string | undefined): string {
  if (!given)
    throw new Error(`--audit <path> is required: the federation gateway audit's checkout. ${HOW_TO_GET}`);
  const dir = path.resolve(given);
  for (const file of ['package.json', 'package-lock.json', 'src/cli.ts', 'src/test-suites'])
    if (!existsSync(path.join(dir, file)))
      throw new Error(`--audit ${dir} is not the federation gateway audit (no ${file}). ${HOW_TO_GET}`);
  const name = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name;
  if (name !== '@graphql-hive/federation-gateway-audit')
    throw new Error(
      `--audit ${dir}: package.json names "${name}", not @graphql-hive/federation-gateway-audit`,
    );
  return dir;
}

/** The checkout's version and, when it is a git work tree, its commit. */
export function auditVersion(dir: string): { version: string; commit?: string } {
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  if (!existsSync(path.join(dir, '.git'))) return { version };
  const git = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? { version, commit: git.stdout.trim() } : { version };
}

/** Runs an install command in `cwd` under the install lock (so two installs never overlap). */
function locked(command: string, args: string[], cwd: string, log: (line: string) => void): void {
  const haveFlock = spawnSync('flock', ['--version']).status === 0;
  const [file, argv] = haveFlock ? ['flock', [INSTALL_LOCK, command, ...args]] : [command, args];
  log(`  ${haveFlock ? `flock ${INSTALL_LOCK} ` : ''}${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(file, argv, { cwd, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`);
}

/**
 * Installs what the audit's server needs, if it is not there yet: its production dependencies
 * from its own lockfile (`npm ci --omit=dev --ignore-scripts`; its dev dependencies are the
 * other vendors' gateways, and one of them, wgc, is not on the registry mirror here), then
 * graphql, which it lists only as a dev and peer dependency, at the version its lockfile pins
 * (`npm pack` from the registry, unpacked into its node_modules: `npm install` would re-resolve
 * the dev tree).
 */
export function installAudit(dir: string, log: (line: string) => void): void {
  const modules = path.join(dir, 'node_modules');
  if (!existsSync(path.join(modules, 'fets')) || !existsSync(path.join(modules, 'graphql-yoga')))
    locked('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], dir, log);
  if (!existsSync(path.join(modules, 'graphql', 'package.json'))) {
    const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as {
      packages?: Record<string, { version?: string }>;
    };
    const version = lock.packages?.['node_modules/graphql']?.version;
    if (!version) throw new Error(`${dir}/package-lock.json pins no graphql version`);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'audit-graphql-'));
    try {
      locked('npm', ['pack', `graphql@${version}`, '--silent'], tmp, log);
      const target = path.join(modules, 'graphql');
      spawnSync('mkdir', ['-p', target]);
      const untar = spawnSync(
        'tar',
        ['-xzf', path.join(tmp, `graphql-${version}.tgz`), '-C', target, '--strip-components=1'],
        { stdio: 'inherit' },
      );
      if (untar.status !== 0) throw new Error(`could not unpack graphql@${version} into ${target}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

export interface AuditServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  suites(): Promise<string[]>;
  supergraph(suite: string): Promise<string>;
  cases(suite: string): Promise<AuditCase[]>;
  child: Child;
  stop(): Promise<void>;
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Starts the audit's own server (`src/cli.ts serve`) through this workspace's tsx, on a free
 * port, on the load core (the gateways get the other). Node 20 lacks Promise.withResolvers, which the audit's server
 * uses (it targets Node 24): with-resolvers.ts adds it first when missing.
 */
export async function startAuditServer(dir: string): Promise<AuditServer> {
  const port = await freePort();
  const child = startChild(
    'audit-server',
    LOAD_CORE,
    [
      '--import',
      TSX,
      '--import',
      path.join(HERE, 'with-resolvers.ts'),
      path.join(dir, 'src', 'cli.ts'),
      'serve',
      '--port',
      String(port),
    ],
    process.env,
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.process.exitCode !== null)
      throw new Error(`the audit's server exited:\n${child.output.join('\n')}`);
    try {
      if ((await fetch(`${origin}/_health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`the audit's server did not answer:\n${child.output.join('\n')}`);
    await sleep(250);
  }
  return {
    origin,
    child,
    suites: async () => (await (await get(`${origin}/ids`)).json()) as string[],
    supergraph: async (suite) => (await get(`${origin}/${suite}/supergraph`)).text(),
    cases: async (suite) => (await (await get(`${origin}/${suite}/tests`)).json()) as AuditCase[],
    stop: () => child.stop(),
  };
}
