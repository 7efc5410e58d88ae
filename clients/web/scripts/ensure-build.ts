/**
 * Builds the portal (Vite) when clients/web/dist is missing or older than its
 * sources: `npm start` and the browser tests call it, so a fresh clone needs no
 * extra command. `typecheck` adds tsc first (the tests want type errors to fail).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(WEB_DIR, 'dist');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

export function portalBuildIsStale(): boolean {
  const built = path.join(DIST_DIR, 'index.html');
  if (!existsSync(built)) return true;
  const inputs = Math.max(...INPUTS.map((input) => newestChange(path.join(WEB_DIR, input))));
  return inputs > statSync(built).mtimeMs;
}

function run(tool: string, args: string[]): void {
  const bin = path.join(WEB_DIR, 'node_modules', '.bin', process.platform === 'win32' ? `${tool}.cmd` : tool);
  const result = spawnSync(bin, args, {
    cwd: WEB_DIR,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0)
    throw new Error(`web portal: ${tool} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** Builds when stale; returns whether it built. */
export function ensurePortalBuilt(options: { typecheck?: boolean } = {}): boolean {
  if (!portalBuildIsStale()) return false;
  if (options.typecheck) run('tsc', ['-p', 'tsconfig.json', '--noEmit']);
  run('vite', ['build', '--logLevel', 'warn']);
  return true;
}
