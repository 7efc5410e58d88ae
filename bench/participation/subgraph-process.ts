/**
 * The participation subgraph as production runs it, for the bench: its own process
 * (subgraphs/participation/src/main.ts: migration, outbox publisher, health, metrics) with
 * NODE_ENV=production and production's log level, pinned to core 1 while the bench (the load)
 * keeps core 0, where taskset and two cores are there.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { HubKeys } from '@kaarst/kit';
import { findSubgraph } from '@kaarst/kit/registry';
import { subgraphRequest } from '@kaarst/kit/testing';
import { freePort, stopChild } from '../subscriptions/processes.ts';

const SUBGRAPH_CORE = '1';
const LOAD_CORE = '0';

export interface SubgraphProcess {
  url: string;
  child: ChildProcess;
  /** Where it runs, for the results. */
  placement: string;
  logFile: string;
  /** Until it answers (it migrates its schema first); fails with its last log lines if it exits. */
  ready(timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
  removeData(): void;
}

export async function startSubgraphProcess(options: {
  databaseUrl: string;
  keys: HubKeys;
  profileDir?: string | undefined;
  progress: (line: string) => void;
}): Promise<SubgraphProcess> {
  const pinned = availableParallelism() >= 2 && spawnSync('taskset', ['-V']).status === 0;
  if (pinned) spawnSync('taskset', ['-a', '-cp', LOAD_CORE, String(process.pid)], { stdio: 'ignore' });
  const main = path.join(findSubgraph('participation').dir, 'src', 'main.ts');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kaarst-bench-participation-'));
  const port = await freePort();
  const logFile = path.join(dataDir, 'subgraph.log');
  const url = `http://127.0.0.1:${port}/graphql`;
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const nodeArgs = [
    ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []),
    '--import',
    import.meta.resolve('tsx'),
    main,
  ];
  const child: ChildProcess = spawn(
    pinned ? 'taskset' : process.execPath,
    pinned ? ['-c', SUBGRAPH_CORE, process.execPath, ...nodeArgs] : nodeArgs,
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        HUB_DATA_DIR: dataDir,
        HUB_DEMO_DATA: '0',
        // Production's level (deploy/kubernetes/configmap.yaml): two lines per request, into a file.
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      },
      stdio: ['ignore', openSync(logFile, 'w'), 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  options.progress(
    pinned
      ? `subgraph in its own process on core ${SUBGRAPH_CORE}, load on core ${LOAD_CORE} (taskset)`
      : 'subgraph in its own process, not pinned (fewer than 2 cores or no taskset)',
  );
  const logTail = () => readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');

  return {
    url,
    child,
    placement: pinned
      ? `own process, core ${SUBGRAPH_CORE}; load on core ${LOAD_CORE}`
      : 'own process, not pinned',
    logFile,
    async ready(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (gone) throw new Error(`the participation subgraph exited before serving:\n${logTail()}`);
        try {
          const answer = await subgraphRequest(url, options.keys, null, '{ __typename }');
          if ((answer.data as { __typename?: string } | undefined)?.__typename === 'Query') return;
        } catch {
          // not up yet
        }
        if (Date.now() > deadline)
          throw new Error(`the participation subgraph did not serve within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    stop: () => stopChild(child, exited, 15_000),
    removeData: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
