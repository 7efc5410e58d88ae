/**
 * `pnpm bundle [--out <dir>]`: the production bundle the container image copies
 * (default `dist/hub/`). `pnpm deploy --prod` of the runtime package (deploy/)
 * puts it and its workspace packages (gateway, subgraphs, kit) with their
 * production dependencies into one self-contained folder; `node <dir>/bin/hub.mjs
 * <role>` runs it. Also in it: the Prisma clients (generated in the bundle),
 * the migrations, the prisma CLI, the supergraph, and `subgraphs/<name>` links
 * to the subgraph packages, where the registry (@kaarst/kit/registry) finds them.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  capabilityPrismaSources,
  clientDocuments,
  hubRoot,
  listSubgraphs,
  prismaFragmentName,
} from '@kaarst/kit/registry';
import { APP_DIST_DIR, ensureAppBuilt } from '../clients/app/scripts/ensure-build.ts';
import { DEVELOPERS_DIST_DIR, ensureDevelopersBuilt } from '../clients/developers/scripts/ensure-build.ts';
import { DISPLAY_DIST_DIR, ensureDisplayBuilt } from '../clients/display/scripts/ensure-build.ts';
import { ensureStaffBuilt, STAFF_DIST_DIR } from '../clients/staff/scripts/ensure-build.ts';
import { DIST_DIR, ensurePortalBuilt } from '../clients/web/scripts/ensure-build.ts';
import { runPnpm } from './pnpm.ts';

const ROOT = hubRoot(import.meta.dirname);
const { values } = parseArgs({ options: { out: { type: 'string', default: path.join('dist', 'hub') } } });
const OUT = path.resolve(ROOT, values.out as string);
const ENTRIES = listSubgraphs(ROOT);
const SUBGRAPHS = ENTRIES.map((subgraph) => subgraph.name);
const started = Date.now();

function step(message: string): void {
  console.log(`bundle [${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

function fail(message: string): never {
  console.error(`bundle FAILED: ${message}`);
  process.exit(1);
}

function pnpm(...args: string[]): void {
  const status = runPnpm(ROOT, args);
  if (status !== 0) fail(`pnpm ${args.join(' ')} exited with ${status}`);
}

function duSize(dir: string): string {
  const result = spawnSync('du', ['-sh', dir], { encoding: 'utf8' });
  return result.status === 0 ? (result.stdout.split('\t')[0] ?? '?') : '?';
}

// pnpm deploy takes the runtime package's dependencies: they must name every subgraph.
const runtimeDependencies = Object.keys(
  (
    JSON.parse(readFileSync(path.join(ROOT, 'deploy', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies,
);
const notShipped = SUBGRAPHS.filter((name) => !runtimeDependencies.includes(`@kaarst/${name}`));
if (notShipped.length) fail(`deploy/package.json lacks ${notShipped.join(', ')}: run \`pnpm registry\``);

step(`1/6 pnpm deploy --prod of @kaarst/runtime into ${OUT}`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(path.dirname(OUT), { recursive: true });
// --legacy: pnpm 10 deploys without it only with inject-workspace-packages,
// which would turn every workspace link in development into a copy.
pnpm('--filter', '@kaarst/runtime', '--prod', 'deploy', '--legacy', OUT);

// Generated inside the bundle, by its own prisma CLI from its own schema (the
// workspace's clients are git-ignored and may be stale or missing).
step(`2/6 generating the Prisma clients in the bundle (${SUBGRAPHS.join(', ')})`);
const prismaCli = path.join(OUT, 'node_modules', 'prisma', 'build', 'index.js');
for (const name of SUBGRAPHS) {
  const dir = realpathSync(path.join(OUT, 'node_modules', '@kaarst', name));
  rmSync(path.join(dir, 'src', 'generated', 'prisma'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
  });
  if (result.status !== 0) fail(`prisma generate in ${name}: ${result.stdout}${result.stderr}`);
}
mkdirSync(path.join(OUT, 'subgraphs'));
for (const name of SUBGRAPHS) {
  symlinkSync(path.join('..', 'node_modules', '@kaarst', name), path.join(OUT, 'subgraphs', name));
}

step('3/6 adding the supergraph, the trusted documents (the shipped clients’ operations) and the portal');
mkdirSync(path.join(OUT, 'schema'));
cpSync(path.join(ROOT, 'schema', 'supergraph.graphql'), path.join(OUT, 'schema', 'supergraph.graphql'));
// Production trusts what the shipped clients send, nothing else (clients/<name>/package.json "hub").
const shipped = clientDocuments(ROOT).filter((client) => client.shipped);
const trusted = Object.assign({}, ...shipped.map((client) => JSON.parse(readFileSync(client.file, 'utf8'))));
if (!Object.keys(trusted).length) fail('no trusted documents: run pnpm codegen');
writeFileSync(path.join(OUT, 'schema', 'persisted-documents.json'), `${JSON.stringify(trusted, null, 2)}\n`);

// The web portal, served by the gateway at / (gateway/src/http/web-portal.ts finds <bundle>/web).
ensurePortalBuilt();
cpSync(DIST_DIR, path.join(OUT, 'web'), { recursive: true });
// The developers' page, the staff workbench and the city displays (<bundle>/<name>, served at
// /<name>/), without their source maps.
for (const [name, build, dist] of [
  ['developers', ensureDevelopersBuilt, DEVELOPERS_DIST_DIR],
  ['staff', ensureStaffBuilt, STAFF_DIST_DIR],
  ['display', ensureDisplayBuilt, DISPLAY_DIST_DIR],
  ['app', ensureAppBuilt, APP_DIST_DIR],
] as const) {
  build();
  cpSync(dist, path.join(OUT, name), { recursive: true, filter: (file) => !file.endsWith('.map') });
}

step('4/6 pruning: the workspace packages’ tests, links that lead out of the bundle');
const workspacePackages = path.join(OUT, 'node_modules', '@kaarst');
for (const name of readdirSync(workspacePackages)) {
  rmSync(path.join(realpathSync(path.join(workspacePackages, name)), 'test'), {
    recursive: true,
    force: true,
  });
}
// pnpm hoists the deployed package itself into node_modules/.pnpm/node_modules as a link to its
// source folder: outside the bundle (and absent in the image). Nothing imports it.
for (const entry of readdirSync(path.join(OUT, 'node_modules'), { recursive: true, withFileTypes: true })) {
  if (!entry.isSymbolicLink()) continue;
  const link = path.join(entry.parentPath, entry.name);
  const target = path.resolve(entry.parentPath, readlinkSync(link));
  if (!target.startsWith(OUT + path.sep)) {
    console.log(`  removing ${path.relative(OUT, link)} -> ${target}`);
    unlinkSync(link);
  }
}

step('5/6 checking the contents');
const required = [
  'bin/hub.mjs',
  'src/hub.ts',
  'schema/supergraph.graphql',
  'schema/persisted-documents.json',
  'web/index.html',
  'developers/index.html',
  'staff/index.html',
  'display/index.html',
  'app/index.html',
  'app/sw.js',
  'node_modules/tsx/package.json',
  'node_modules/prisma/build/index.js',
  'node_modules/@kaarst/gateway/src/main.ts',
  'node_modules/@kaarst/kit/src/index.ts',
  // the SDL of the kit's capabilities, joined to the subgraphs' own at start (subgraphTypeDefs)
  'node_modules/@kaarst/kit/sdl/audit.graphql',
  // read by the family subgraph's seed (demo data): the sample house coordinates
  'node_modules/@kaarst/family/sample/hauskoordinaten-kaarst-beispiel.txt',
  ...ENTRIES.flatMap(({ name, capabilities }) => [
    `subgraphs/${name}/package.json`,
    `node_modules/@kaarst/${name}/src/main.ts`,
    `node_modules/@kaarst/${name}/src/generated/prisma/client.ts`,
    // its Prisma schema folder: its own schema and its capabilities' tables (written by pnpm registry)
    `node_modules/@kaarst/${name}/prisma/schema/schema.prisma`,
    ...capabilityPrismaSources({ capabilities }).map(
      ({ capability }) => `node_modules/@kaarst/${name}/prisma/schema/${prismaFragmentName(capability)}`,
    ),
    `node_modules/@kaarst/${name}/prisma/migrations/migration_lock.toml`,
    `node_modules/@kaarst/${name}/prisma.config.ts`,
    `node_modules/@kaarst/${name}/schema.graphql`,
  ]),
];
const missing = required.filter((file) => !existsSync(path.join(OUT, file)));
if (missing.length) fail(`missing from the bundle: ${missing.join(', ')}`);
// Every third-party package must be the version the workspace lockfile pins (and the tests ran with).
const lockfile = readFileSync(path.join(ROOT, 'pnpm-lock.yaml'), 'utf8');
const drifted = readdirSync(path.join(OUT, 'node_modules', '.pnpm'))
  .filter((dir) => dir !== 'node_modules' && !dir.startsWith('@kaarst+') && !dir.endsWith('.yaml'))
  .map((dir) => (/^(@?[^@]+)@([^_]+)/.exec(dir.replace('+', '/')) ?? []).slice(1, 3).join('@'))
  .filter((id) => !id || !(lockfile.includes(`\n  ${id}:`) || lockfile.includes(`\n  '${id}':`)));
if (drifted.length) fail(`packages not pinned by pnpm-lock.yaml: ${drifted.join(', ')}`);

step('6/6 smoke test: node bin/hub.mjs --help');
const help = spawnSync(process.execPath, [path.join(OUT, 'bin', 'hub.mjs'), '--help'], {
  cwd: OUT,
  encoding: 'utf8',
  env: { PATH: process.env.PATH ?? '' },
});
// The usage lists the registry's subgraphs: the bundle finds them through subgraphs/.
if (help.status !== 0 || !['gateway', ...SUBGRAPHS].every((role) => help.stdout.includes(`  ${role} `))) {
  fail(`bin/hub.mjs --help exited with ${help.status}:\n${help.stdout}${help.stderr}`);
}

const shown = OUT.startsWith(ROOT + path.sep) ? path.relative(ROOT, OUT) : OUT;
step(`done: ${shown} (${duSize(OUT)}); run it with node ${path.join(shown, 'bin', 'hub.mjs')} <role>`);
