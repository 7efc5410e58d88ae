/**
 * `pnpm new:subgraph <name>`: a working subgraph folder from the template (scripts/new-subgraph/
 * template): SDL, resolvers, a domain module, Prisma schema and first migration, seed, a test, a
 * README, and its registry entry with the next free port. Then what follows from it: the registry
 * outputs (`pnpm registry`), `pnpm install` (skipped with --no-install), its Prisma client, the
 * supergraph (`pnpm compose`) and codegen. Nothing else needs an edit: `npm start` starts it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hubRoot, listSubgraphs } from '@kaarst/kit/registry';
import { runPnpm } from './pnpm.ts';
import { syncRegistryOutputs } from './registry-outputs.ts';

const ROOT = hubRoot(import.meta.dirname);
const TEMPLATE = path.join(import.meta.dirname, 'new-subgraph', 'template');
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Names the hub uses itself (the gateway's Deployment and Service, the Kubernetes base). */
const RESERVED = ['gateway', 'subgraph', 'subgraphs', 'kit'];

function fail(message: string): never {
  console.error(`new:subgraph: ${message}`);
  process.exit(1);
}

function checkName(name: string | undefined): string {
  if (!name) fail('usage: pnpm new:subgraph <name> [--no-install]   (e.g. pnpm new:subgraph parking)');
  if (!NAME.test(name) || name.length > 40)
    fail(`"${name}": lower-case letters and digits, words joined by "-", at most 40 characters`);
  if (RESERVED.includes(name)) fail(`"${name}" is a name the hub uses itself`);
  if (existsSync(path.join(ROOT, 'subgraphs', name))) fail(`subgraphs/${name} exists already`);
  return name;
}

/** The version of `dependency` the workspace's packages pin already (one version everywhere). */
function workspaceVersion(dependency: string): string {
  const folders = ['kit', ...readdirSync(path.join(ROOT, 'subgraphs')).map((name) => `subgraphs/${name}`)];
  for (const folder of folders) {
    const file = path.join(ROOT, folder, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
    const version = pkg.dependencies?.[dependency] ?? pkg.devDependencies?.[dependency];
    if (version && !version.startsWith('workspace:')) return version;
  }
  fail(`no package of the workspace uses ${dependency}: the template needs it`);
}

/** The template's package.json with the name, port and the workspace's versions filled in. */
function packageJson(text: string, port: number): string {
  const pkg = JSON.parse(text) as {
    hub: { port: number };
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  pkg.hub.port = port;
  for (const deps of [pkg.dependencies, pkg.devDependencies])
    for (const [dependency, version] of Object.entries(deps))
      if (!version.startsWith('workspace:')) deps[dependency] = workspaceVersion(dependency);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function writeFolder(name: string, port: number): string {
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const words: Record<string, string> = {
    __name__: name,
    __camelName__: camel,
    __Name__: camel.charAt(0).toUpperCase() + camel.slice(1),
    __port__: String(port),
    // The first migration, named as `prisma migrate` names them: UTC time, then a name.
    __migration__: `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${name.replaceAll('-', '_')}`,
  };
  const fill = (text: string) => text.replace(/__[a-zA-Z]+__/g, (word) => words[word] ?? word);
  const dir = path.join(ROOT, 'subgraphs', name);
  for (const entry of readdirSync(TEMPLATE, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(TEMPLATE, path.join(entry.parentPath, entry.name));
    const target = path.join(dir, fill(file));
    const text = fill(readFileSync(path.join(TEMPLATE, file), 'utf8'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file === 'package.json' ? packageJson(text, port) : text);
  }
  return dir;
}

/** Runs a step; stops with its output when it fails. */
function step(title: string, command: string, args: string[], cwd = ROOT): void {
  console.log(`new:subgraph: ${title}`);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) fail(`${title} failed:\n${result.stdout}${result.stderr}`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'no-install': { type: 'boolean', default: false } },
});
const name = checkName(positionals[0]);
const port = Math.max(4000, ...listSubgraphs(ROOT).map((s) => s.port)) + 1;
const dir = writeFolder(name, port);
console.log(`new:subgraph: wrote subgraphs/${name} (port ${port})`);
const { stale } = syncRegistryOutputs(ROOT, false);
for (const file of stale) console.log(`new:subgraph: wrote ${file}`);
if (!values['no-install'] && runPnpm(ROOT, ['install']) !== 0) fail('pnpm install failed');
const bin = (tool: string) => path.join(ROOT, 'node_modules', '.bin', tool);
// The names filled in change line lengths: the project's formatter lays the files out again.
step('formatting (biome)', bin('biome'), ['format', '--write', path.relative(ROOT, dir)]);
const prisma = createRequire(path.join(dir, 'package.json')).resolve('prisma/build/index.js');
step('its Prisma client (prisma generate)', process.execPath, [prisma, 'generate'], dir);
step('the supergraph (pnpm compose)', bin('tsx'), ['schema/compose.ts']);
step('typed resolvers and documents (pnpm codegen)', bin('graphql-codegen'), ['--config', 'codegen.ts']);
console.log(
  [
    '',
    `subgraphs/${name} is ready: \`npm start\` starts it on port ${port}, \`pnpm vitest run subgraphs/${name}\` tests it.`,
    'Next: its real schema.graphql, prisma/schema/schema.prisma (a new migration), src/ and test/; its README;',
    'package.json "description" (and "hub": restRoutes, secrets, kubernetes when needed, then `pnpm registry`).',
  ].join('\n'),
);
