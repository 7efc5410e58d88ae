#!/usr/bin/env node
// `npm start` and `npm test` on a machine with only Node and npm: installs the
// workspace with pnpm 10 from the npm registry (no corepack, no global
// install), generates the Prisma clients, then hands over to the TypeScript
// entry point. Plain JavaScript without dependencies, since nothing is
// installed yet when it runs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = 'pnpm@10.34.9';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = { start: 'scripts/hub.ts', test: 'scripts/test.ts' };
const command = process.argv[2];
const win = process.platform === 'win32';

if (!ENTRY[command]) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(ENTRY).join('|')}>`);
  process.exit(2);
}
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`The Kaarst hub needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: win });
  if (result.status !== 0) {
    console.error(`\n"${cmd} ${args.join(' ')}" failed (${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
const pnpm = (...args) => run(win ? 'npx.cmd' : 'npx', ['--yes', PNPM, ...args]);

// What the installed node_modules and generated clients depend on.
function inputsHash() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['kit', 'gateway', 'tests', 'subgraphs', 'clients', 'patches']) {
    const dir = path.join(ROOT, group);
    if (!existsSync(dir)) continue;
    if (existsSync(path.join(dir, 'package.json'))) files.push(path.join(group, 'package.json'));
    for (const entry of readdirSync(dir)) {
      if (existsSync(path.join(dir, entry, 'package.json')))
        files.push(path.join(group, entry, 'package.json'));
      // The Prisma schema is a folder: the subgraph's own schema.prisma and its capabilities' fragments.
      const schema = path.join(dir, entry, 'prisma', 'schema');
      if (existsSync(schema))
        for (const file of readdirSync(schema).filter((name) => name.endsWith('.prisma')))
          files.push(path.join(group, entry, 'prisma', 'schema', file));
      if (group === 'patches') files.push(path.join(group, entry));
    }
  }
  for (const file of files.sort()) hash.update(file).update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}

const stampFile = path.join(ROOT, 'node_modules', '.kaarst-install-stamp');
// The benchmarks' peers (other gateways) are large: `npm start` goes without them;
// `npm test` installs them for the gateway benchmark's correctness check (tests/bench).
const withBench = command === 'test';
const hash = inputsHash();
const wanted = withBench ? `${hash}+bench` : hash;
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (stamp !== wanted && stamp !== `${hash}+bench`) {
  console.log(`Installing dependencies with ${PNPM} (the first run takes a minute or two)...`);
  pnpm('install', '--frozen-lockfile', ...(withBench ? [] : ['--filter=!@kaarst/bench']));
  console.log('Generating database clients...');
  pnpm('run', 'generate');
  writeFileSync(stampFile, wanted);
}

// Ctrl-C reaches the whole process group; the entry point shuts its services down.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const child = spawn(process.execPath, ['--import', 'tsx', ENTRY[command], ...process.argv.slice(3)], {
  cwd: ROOT,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
