/**
 * The runner's child processes: spawning one (pinned to a core with taskset
 * when the machine allows), reading its JSON-line messages, waiting for the
 * next one of a kind, and stopping it; plus a free port and a readiness check
 * for the gateways.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { BENCH, log, pinned } from './options.ts';
import { type ChildMessage, sleep } from './shared.ts';

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  messages: ChildMessage[];
  /** Last lines of stderr and non-JSON stdout, for error reports. */
  output: string[];
  exited: Promise<number | null>;
  next(type: ChildMessage['type'] | 'phase', timeoutMs: number, phase?: string): Promise<ChildMessage>;
  stop(): Promise<void>;
}

export function startChild(name: string, core: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const command = pinned ? 'taskset' : process.execPath;
  const argv = pinned ? ['-c', core, process.execPath, ...args] : args;
  const child = spawn(command, argv, { cwd: BENCH, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const messages: ChildMessage[] = [];
  const output: string[] = [];
  const waiters: Array<() => void> = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    let message: ChildMessage | undefined;
    try {
      message = JSON.parse(line) as ChildMessage;
    } catch {
      keep(line);
    }
    if (!message || typeof message !== 'object' || !('type' in message)) {
      if (message) keep(line); // a log line (pino)
      return;
    }
    if (message.type === 'error') keep(message.message);
    if (message.type === 'progress') log(`  ${name.startsWith('load') ? '' : `${name}: `}${message.text}`);
    messages.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let consumed = 0;
  const result: Child = {
    name,
    process: child,
    pid: child.pid as number,
    messages,
    output,
    exited,
    async next(type, timeoutMs, phase) {
      const deadline = Date.now() + timeoutMs;
      let gone = false;
      void exited.then(() => {
        gone = true;
        for (const wake of waiters.splice(0)) wake();
      });
      for (;;) {
        while (consumed < messages.length) {
          const message = messages[consumed++] as ChildMessage;
          if (message.type === 'error') throw new Error(`${name}: ${message.message}`);
          if (message.type === type && (!phase || (message.type === 'phase' && message.phase === phase)))
            return message;
        }
        const left = deadline - Date.now();
        if (gone || left <= 0) {
          throw new Error(
            `${name}: ${gone ? 'exited' : 'timed out'} waiting for ${phase ?? type}\n${output.join('\n')}`,
          );
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left).unref();
        });
      }
    },
    stop: () => stopChild(child, exited, 5000),
  };
  return result;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child has exited. */
export async function stopChild(
  child: ChildProcess,
  exited: Promise<unknown>,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Until the gateway answers `{ __typename }` over HTTP (or its process ends). */
export async function waitForGraphQL(
  url: string,
  child: Child,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${child.name} exited before serving:\n${child.output.join('\n')}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await response.json()) as { data?: { __typename?: string } };
      if (response.ok && body.data?.__typename === 'Query') return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`${child.name} did not serve within ${timeoutMs} ms:\n${child.output.join('\n')}`);
    await sleep(250);
  }
}
