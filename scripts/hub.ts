/**
 * `npm start`: the whole hub on one machine. Each subgraph and the gateway run
 * as their own process (as in production), on the embedded database unless
 * DATABASE_URL is set. Ctrl-C stops them all gracefully.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { dataDir, env, envInt, loadHubKeys } from '@kaarst/kit';
import { hubRoot, listSubgraphs, subgraphUrlVariable } from '@kaarst/kit/registry';
import { ensureAppBuilt } from '../clients/app/scripts/ensure-build.ts';
import { ensureDevelopersBuilt } from '../clients/developers/scripts/ensure-build.ts';
import { ensureDisplayBuilt } from '../clients/display/scripts/ensure-build.ts';
import { ensureStaffBuilt } from '../clients/staff/scripts/ensure-build.ts';
import { ensurePortalBuilt } from '../clients/web/scripts/ensure-build.ts';
import { GATEWAY_NODE_OPTIONS } from '../gateway/src/node-options.ts';
import { formatLogLine } from './log-format.ts';

const ROOT = hubRoot(import.meta.dirname);
const TSX = import.meta.resolve('tsx');
const children = new Map<string, ChildProcess>();
let stopping = false;

function start(
  name: string,
  entry: string,
  extraEnv: Record<string, string>,
  nodeOptions: readonly string[] = [],
): ChildProcess {
  const child = spawn(process.execPath, [...nodeOptions, '--import', TSX, entry], {
    cwd: ROOT,
    env: { ...process.env, HUB_DATA_DIR: dataDir(), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: Ctrl-C reaches only this launcher, which stops each service once, in order.
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(formatLogLine(name, line)));
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the hub.`);
      void stopAll(1);
    }
  });
  children.set(name, child);
  return child;
}

async function waitForHealth(name: string, url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopped');
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = [...children.values()].map(
    (child) =>
      new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
      ),
  );
  for (const child of children.values()) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 15_000))]);
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
// Should the launcher die anyway, take the services with it.
process.on('exit', () => {
  for (const child of children.values()) child.kill('SIGKILL');
});

const started = Date.now();
await loadHubKeys(); // creates the embedded keys once, before the services race for them
// The gateway serves the built portal at / and the developers' page at /developers/: build them
// first when their sources changed (seconds; the developers' page with GraphiQL about a minute).
// A failed build leaves the graph running (and an older build, if any, served).
for (const [name, build] of [
  ['web portal', ensurePortalBuilt],
  ["developers' page", ensureDevelopersBuilt],
  ['staff workbench', ensureStaffBuilt],
  ['city display', ensureDisplayBuilt],
  ['Kaarst App', ensureAppBuilt],
] as const) {
  const began = Date.now();
  try {
    if (build()) console.log(`Built the ${name} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`The ${name} was not built; the graph runs without it.\n${(error as Error).message}`);
  }
}
const subgraphs = listSubgraphs(ROOT);
console.log(
  `Starting the Kaarst hub: ${subgraphs.length} subgraphs and the gateway` +
    (env('DATABASE_URL')
      ? ' on DATABASE_URL'
      : ` on the embedded database in ${path.relative(process.cwd(), dataDir()) || '.'}`),
);
const subgraphEnv: Record<string, string> = {};
for (const subgraph of subgraphs) {
  start(subgraph.name, path.join(subgraph.dir, 'src', 'main.ts'), { PORT: String(subgraph.port) });
  subgraphEnv[subgraphUrlVariable(subgraph.name)] = subgraph.url;
}
try {
  await Promise.all(subgraphs.map((s) => waitForHealth(s.name, new URL('/health', s.url).toString())));
  const port = envInt('PORT', 4000);
  start(
    'gateway',
    path.join(ROOT, 'gateway', 'src', 'main.ts'),
    { ...subgraphEnv, PORT: String(port) },
    GATEWAY_NODE_OPTIONS,
  );
  await waitForHealth('gateway', `http://127.0.0.1:${port}/health`);
  console.log(
    [
      '',
      `Kaarst hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Portal:   http://localhost:${port}/`,
      `  Developers: http://localhost:${port}/developers/`,
      `  Staff:    http://localhost:${port}/staff/`,
      `  App:      http://localhost:${port}/app/`,
      `  Display:  http://localhost:${port}/display/?screen=kaarst-rathausplatz#credential=demo-kaarst-rathausplatz`,
      `  GraphQL:  http://localhost:${port}/graphql`,
      `  Health:   http://localhost:${port}/health`,
      '  Demo accounts (password kaarst-demo): anna.schmitz@example.org (citizen), buergerbuero@example.org (staff)',
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
} catch (error) {
  if (!stopping) {
    console.error((error as Error).message);
    await stopAll(1);
  }
}
