/**
 * Child processes for the chaos test: the hub's services, each started as in
 * production (`node --import tsx <main.ts>`), so that one can be killed with
 * SIGKILL and started again on the same port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../harness.ts';

/** Lines each process keeps for the report of a failed run. */
const KEPT_LINES = 300;

const running = new Set<ChildProcess>();
// Should the test process die anyway, take the children with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** One child process that can be started, killed and started again with the same command. */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  readonly lines: string[] = [];
  /** Exits nobody asked for (a crash), with their code or signal. */
  readonly unexpectedExits: string[] = [];
  private expectingExit = false;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * Scheduling priority of the next start (nice, 0..19). On one small machine a
   * restarting service's start-up (compiling, migrating) would otherwise take
   * the CPU from the gateway under test; in production it runs elsewhere.
   */
  niceness = 0;

  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    if (this.alive) throw new Error(`${this.name} is already running`);
    this.expectingExit = false;
    // nice execs the command: the child's pid is the service's own, so signals reach it.
    const [command, args] =
      this.niceness > 0
        ? ['nice', ['-n', String(this.niceness), this.command, ...this.args]]
        : [this.command, this.args];
    const child = spawn(command as string, args as string[], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        this.lines.push(line.length > 500 ? `${line.slice(0, 500)}…` : line);
        if (this.lines.length > KEPT_LINES) this.lines.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        if (!this.expectingExit) this.unexpectedExits.push(`${this.name}: ${signal ?? `exit code ${code}`}`);
        this.lines.push(`[chaos] ${this.name} exited (${signal ?? code})`);
        resolve();
      });
    });
  }

  /** Sends `signal` and waits for the exit (SIGKILL after `graceMs` if it does not come). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
    if (!this.alive) return;
    this.expectingExit = true;
    this.child?.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  tail(count = 40): string {
    return this.lines.slice(-count).join('\n');
  }
}

/** Environment for the children: ours, without anything that would point them elsewhere. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(SUBGRAPH_.*_URL|.*DATABASE_URL|REDIS_URL|PUBSUB_NAMESPACE|PORT|HOST|VITEST.*|HUB_.*)$/.test(key))
      continue;
    env[key] = value;
  }
  return { ...env, LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn', ...extra };
}

/** A hub service (a subgraph or the gateway) as its own Node process. */
export function serviceProcess(name: string, entry: string, env: Record<string, string>): ManagedProcess {
  return new ManagedProcess(
    name,
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, entry)],
    childEnv(env),
  );
}

/** Polls `url` until it answers 200; fails early when `process` exits. */
export async function waitForHttp(url: string, owner: ManagedProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!owner.alive) throw new Error(`${owner.name} exited while starting:\n${owner.tail()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${owner.name} was not ready at ${url} within ${timeoutMs} ms:\n${owner.tail()}`);
}
