/**
 * Builds a Vite client (clients/web, clients/developers) when its dist/ is missing or
 * older than its sources: `npm start`, the bundle and the browser tests call it, so a
 * fresh clone needs no extra command. `typecheck` adds tsc first (the tests want type
 * errors to fail).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];
/** What every client builds in from the shared package (session, urql client, stylesheet). */
const SHARED_UI = path.resolve(import.meta.dirname, '..', 'clients', 'ui', 'src');

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

/** Whether `dir`'s build is missing or older than its sources (and `extraInputs`, e.g. a schema it embeds). */
export function clientBuildIsStale(dir: string, extraInputs: string[] = []): boolean {
  const built = path.join(dir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const inputs = Math.max(
    ...[...INPUTS.map((input) => path.join(dir, input)), SHARED_UI, ...extraInputs].map(newestChange),
  );
  return inputs > statSync(built).mtimeMs;
}

function run(dir: string, tool: string, args: string[]): void {
  const bin = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? `${tool}.cmd` : tool);
  const result = spawnSync(bin, args, { cwd: dir, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0)
    throw new Error(
      `${path.basename(dir)}: ${tool} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`,
    );
}

/** Builds `dir` when stale; returns whether it built. */
export function ensureClientBuilt(
  dir: string,
  options: { typecheck?: boolean; extraInputs?: string[] } = {},
): boolean {
  if (!clientBuildIsStale(dir, options.extraInputs)) return false;
  if (options.typecheck) run(dir, 'tsc', ['-p', 'tsconfig.json', '--noEmit']);
  run(dir, 'vite', ['build', '--logLevel', 'warn']);
  return true;
}
