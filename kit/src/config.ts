import { existsSync } from 'node:fs';
import path from 'node:path';

/** Reads an environment variable; an empty string counts as unset. */
export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function envInt(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const isProduction = () => env('NODE_ENV') === 'production';

/** The workspace root (the folder with pnpm-workspace.yaml) above `from`, or `from` itself. */
export function workspaceRoot(from = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from);
    dir = parent;
  }
}

/** Where the embedded defaults keep their state: HUB_DATA_DIR, else `data/` in the workspace. */
export function dataDir(): string {
  return path.resolve(env('HUB_DATA_DIR') ?? path.join(workspaceRoot(), 'data'));
}
