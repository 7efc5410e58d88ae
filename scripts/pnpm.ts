/** pnpm for the workspace's scripts: as this script was started, else on PATH, else through npx (like bootstrap.mjs). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function pnpmCommand(root: string): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(execPath))) return [process.execPath, execPath];
  if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0) return ['pnpm'];
  const manager = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { packageManager: string }
  ).packageManager;
  return ['npx', '--yes', manager];
}

/** Runs `pnpm <args>` in `root` with the output shown; returns its exit status. */
export function runPnpm(root: string, args: string[]): number | null {
  const [command, ...prefix] = pnpmCommand(root);
  return spawnSync(command as string, [...prefix, ...args], { cwd: root, stdio: 'inherit' }).status;
}
