/**
 * `pnpm new:subgraph` in a temporary copy of the workspace: the new folder composes, type-checks,
 * starts as `npm start` starts a subgraph, and passes its own test, and no file outside it changed
 * but generated ones. The copy shares this workspace's installed packages through links (its own
 * workspace packages link inside the copy), so no install runs: --no-install, and the new
 * subgraph's dependencies are linked where Node finds them, from what its package.json declares.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { listSubgraphs } from '@kaarst/kit/registry';
import { testDatabase } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from './harness.ts';

const NAME = 'parking-lots';
/** Files a new subgraph may change outside its folder: all generated. */
const GENERATED = [
  /^schema\/(supergraph|api)\.graphql$/,
  /^deploy\/package\.json$/,
  /^deploy\/Dockerfile$/,
  /^deploy\/kubernetes\/subgraphs\//,
  /\/generated\//,
];

/** The workspace's files (tracked, or new and not ignored), as a clone would have them. */
function workspaceFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout;
  return listed.split('\0').filter((file) => file && existsSync(path.join(ROOT, file)));
}

/** Links `from`'s node_modules into `to`: workspace packages by the same relative link, the rest to here. */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    if (entry.startsWith('@') && lstatSync(source).isDirectory()) {
      linkNodeModules(source, path.join(to, entry));
      continue;
    }
    const link = lstatSync(source).isSymbolicLink() ? readlinkSync(source) : undefined;
    const target = link && path.resolve(from, link);
    const workspacePackage =
      target?.startsWith(ROOT + path.sep) && !target.includes(`${path.sep}node_modules`);
    symlinkSync(workspacePackage ? (link as string) : source, path.join(to, entry));
  }
}

function snapshot(dir: string, files: string[]): Map<string, string> {
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

function run(copy: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

describe('pnpm new:subgraph', () => {
  let copy = '';
  let files: string[] = [];
  let before: Map<string, string>;
  let scaffold: { status: number | null; output: string };
  const bin = (tool: string) => path.join(copy, 'node_modules', '.bin', tool);

  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'kaarst-new-subgraph-'));
    files = workspaceFiles();
    for (const file of files) cpSync(path.join(ROOT, file), path.join(copy, file));
    const packages = ['.', 'kit', 'gateway', 'tests', 'deploy', 'bench', 'clients', 'subgraphs'].flatMap(
      (dir) =>
        ['clients', 'subgraphs'].includes(dir)
          ? readdirSync(path.join(ROOT, dir)).map((name) => path.join(dir, name))
          : [dir],
    );
    for (const dir of packages) {
      if (existsSync(path.join(ROOT, dir, 'node_modules')))
        linkNodeModules(path.join(ROOT, dir, 'node_modules'), path.join(copy, dir, 'node_modules'));
    }
    // The new subgraph's dependencies (its template's package.json), where Node looks above its folder.
    const template = JSON.parse(
      readFileSync(path.join(ROOT, 'scripts', 'new-subgraph', 'template', 'package.json'), 'utf8'),
    ) as Record<'dependencies' | 'devDependencies', Record<string, string>>;
    const shared = path.join(copy, 'subgraphs', 'node_modules');
    for (const dependency of Object.keys({ ...template.dependencies, ...template.devDependencies })) {
      const link = path.join(shared, dependency);
      mkdirSync(path.dirname(link), { recursive: true });
      const installed = listSubgraphs(ROOT)
        .map((s) => path.join(s.dir, 'node_modules', dependency))
        .find((candidate) => existsSync(candidate));
      if (dependency === '@kaarst/kit')
        symlinkSync(path.relative(path.dirname(link), path.join(copy, 'kit')), link);
      else if (installed) symlinkSync(installed, link);
      else throw new Error(`no subgraph has ${dependency} installed`);
    }
    before = snapshot(copy, files);
    scaffold = run(copy, bin('tsx'), ['scripts/new-subgraph.ts', NAME, '--no-install']);
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('writes the folder, its registry entry with the next free port, and composes it', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    const [entry] = listSubgraphs(copy).filter((s) => s.name === NAME);
    const others = listSubgraphs(ROOT).map((s) => s.port);
    expect(entry?.port).toBe(Math.max(...others) + 1);
    const supergraph = readFileSync(path.join(copy, 'schema', 'supergraph.graphql'), 'utf8');
    expect(supergraph).toContain(`@join__graph(name: "${NAME}", url: "${entry?.url}")`);
    expect(readFileSync(path.join(copy, 'schema', 'api.graphql'), 'utf8')).toContain('parkingLotsEntries');
    for (const check of [
      ['schema/compose.ts', '--check'],
      ['scripts/registry.ts', '--check'],
    ]) {
      const result = run(copy, bin('tsx'), check);
      expect(result.status, result.output).toBe(0);
    }
  });

  it('changes no file outside its folder but generated ones', () => {
    const after = snapshot(copy, files);
    const changed = files.filter((file) => before.get(file) !== after.get(file));
    expect(changed.filter((file) => !GENERATED.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(changed).toContain('schema/supergraph.graphql');
  });

  it('is lint-clean and type-checks (strict)', () => {
    const lint = run(copy, bin('biome'), ['check', `subgraphs/${NAME}`]);
    expect(lint.status, lint.output).toBe(0);
    writeFileSync(
      path.join(copy, 'tsconfig.new.json'),
      JSON.stringify({ extends: './tsconfig.json', include: [`subgraphs/${NAME}`] }),
    );
    const types = run(copy, bin('tsc'), ['-p', 'tsconfig.new.json', '--noEmit']);
    expect(types.status, types.output).toBe(0);
  }, 180_000);

  it('starts as `npm start` starts a subgraph, answers /health, and stops on SIGTERM', async () => {
    const port = await freePort();
    const database = testDatabase(NAME);
    const env = {
      ...process.env,
      PORT: String(port),
      HUB_DATA_DIR: path.join(copy, 'data'),
      ...(database.databaseUrl ? { PARKING_LOTS_DATABASE_URL: database.databaseUrl } : {}),
    };
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('subgraphs', NAME, 'src', 'main.ts')],
      { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 120_000;
      let healthy = false;
      while (!healthy && Date.now() < deadline && child.exitCode === null) {
        healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (!healthy) await new Promise((r) => setTimeout(r, 300));
      }
      expect(healthy, output).toBe(true);
      child.kill('SIGTERM');
      expect(await exited, output).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await database.dispose();
    }
  }, 180_000);

  it('passes its own test', () => {
    const result = run(copy, bin('vitest'), ['run', `subgraphs/${NAME}`]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Tests\s+\S*3 passed/);
  }, 240_000);
});
