/**
 * The gateway throughput benchmark, used by the runner (run.ts) and by the CI
 * check (tests/bench/gateway.test.ts): the four subgraphs in one process on
 * the load core, then each gateway in turn alone on the gateway core, its
 * answer checked against the others', warmed up and loaded; gateways
 * alternate their order from round to round.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LOAD_CORE, pinRunner } from '../subscriptions/options.ts';
import { type Child, freePort, startChild } from '../subscriptions/processes.ts';
import { sleep } from '../subscriptions/shared.ts';
import { GATEWAYS, type GatewayUnderTest } from './gateways.ts';
import { type LoadFigures, load } from './load.ts';
import { MIXED_BODIES } from './mixed.ts';
import { NESTED_BODY } from './query.ts';

/** nested: every request the same nested query (the public benchmark); mixed: 57 distinct bodies (mixed.ts). */
export type Mode = 'nested' | 'mixed';
export const MODES: Record<Mode, string[]> = { nested: [NESTED_BODY], mixed: MIXED_BODIES };

import { supergraphFor } from './supergraph.ts';

export interface BenchOptions {
  gateways: string[];
  rounds: number;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  /** The workloads, each measured on the same gateway process in turn (default: nested only). */
  modes?: Mode[];
  /** Writes a V8 CPU profile of each gateway process into DIR/<gateway>/ (`node --cpu-prof`). */
  profileDir?: string;
  log: (text: string) => void;
}

export interface Measurement extends LoadFigures {
  gateway: string;
  mode: Mode;
  round: number;
  /** Subgraph requests per answered client request (deduplication shows here). */
  subgraphCallsPerRequest: number;
}

export interface BenchRun {
  measurements: Measurement[];
  /** Gateways that could not run, with the reason. */
  broken: Map<string, string>;
  /** The checked answer, in bytes of compact JSON. */
  answerBytes: number;
}

const TSX = ['--import', import.meta.resolve('tsx')];

async function subgraphCalls(urls: Record<string, string>): Promise<number> {
  let total = 0;
  for (const url of Object.values(urls)) {
    const stats = (await (await fetch(new URL('/stats', url))).json()) as { requests: number };
    total += stats.requests;
  }
  return total;
}

/** The gateway's answer to the nested query: its raw text (for the load's check) and parsed. */
async function ask(
  url: string,
  request = NESTED_BODY,
): Promise<{ text: string; body: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: request,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { text, body: JSON.parse(text) };
}

/** The first answer to the nested query once the gateway serves (the query itself is the readiness check). */
async function firstAnswer(url: string, child: Child): Promise<Awaited<ReturnType<typeof ask>>> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  for (;;) {
    try {
      return await ask(url);
    } catch (error) {
      const why = exited ? 'exited' : Date.now() > deadline ? 'timed out' : undefined;
      if (why)
        throw new StartError(
          `${child.name} ${why} without answering the query (${(error as Error).message})\n${child.output.slice(-10).join('\n')}`,
        );
    }
    await sleep(250);
  }
}

/** Where two answers first differ, for the error message. */
function firstDifference(a: unknown, b: unknown, at = 'data'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = (a as Record<string, unknown>)[key];
    const right = (b as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${at}.${key}`);
  }
  return `${at}: key order or types differ`;
}

export async function runGatewayBench(options: BenchOptions): Promise<BenchRun> {
  const { log } = options;
  pinRunner();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  // Ours would otherwise share rate limits through Redis, or look for a database.
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  const subgraphs = startChild(
    'subgraphs',
    LOAD_CORE,
    [...TSX, new URL('subgraphs.ts', import.meta.url).pathname],
    env,
  );
  const measurements: Measurement[] = [];
  const broken = new Map<string, string>();
  // The first gateway's answer to each body, which every other gateway's must equal.
  const reference = new Map<string, { gateway: string; data: unknown }>();
  const modes = options.modes ?? ['nested'];
  let supergraphPath: string | undefined;
  try {
    const { urls } = (await subgraphs.next('ready', 60_000)) as unknown as { urls: Record<string, string> };
    supergraphPath = supergraphFor(urls);
    const gateways = options.gateways.map((name) => {
      const gateway = GATEWAYS[name];
      if (!gateway) throw new Error(`unknown gateway "${name}" (known: ${Object.keys(GATEWAYS).join(', ')})`);
      return gateway;
    });
    for (let round = 1; round <= options.rounds; round++) {
      const shift = (round - 1) % gateways.length;
      const order = [...gateways.slice(shift), ...gateways.slice(0, shift)];
      for (const gateway of order) {
        if (broken.has(gateway.name)) continue;
        log(`round ${round}: ${gateway.label}`);
        const port = await freePort();
        const nodeArgs = options.profileDir
          ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.profileDir, gateway.name)}`]
          : [];
        const child = gateway.start({ port, supergraphPath, subgraphUrls: urls, env, nodeArgs });
        try {
          const url = `http://127.0.0.1:${port}/graphql`;
          await firstAnswer(url, child);
          for (const mode of modes) {
            const requests: Array<{ body: string; expected: string }> = [];
            for (const request of MODES[mode]) {
              const { text, body } = await ask(url, request);
              check(gateway, request, body, reference);
              requests.push({ body: request, expected: text });
            }
            log(`  ${mode}:`);
            const figures = await measure(gateway, child, url, requests, urls, options);
            measurements.push({ ...figures, mode, round });
          }
        } catch (error) {
          if (!(error instanceof StartError)) throw error;
          log(`  ${error.message}`);
          broken.set(gateway.name, error.message);
        } finally {
          await child.stop();
        }
      }
    }
    const nested = reference.get(NESTED_BODY)?.data;
    return { measurements, broken, answerBytes: Buffer.byteLength(JSON.stringify(nested ?? null)) };
  } finally {
    await subgraphs.stop();
    if (supergraphPath) rmSync(path.dirname(supergraphPath), { recursive: true, force: true });
  }
}

/** A gateway that cannot serve this graph at all: reported, not fatal. */
class StartError extends Error {}

/** An answer without errors, equal to the first gateway's answer to the same body. */
function check(
  gateway: GatewayUnderTest,
  request: string,
  body: { data?: unknown; errors?: unknown },
  reference: Map<string, { gateway: string; data: unknown }>,
): void {
  const operation = (JSON.parse(request) as { operationName: string }).operationName;
  if (body.errors || !body.data) {
    const errors = (body.errors ?? []) as Array<{ message?: string; path?: unknown[] }>;
    const message = `${gateway.name} answered ${operation} with ${errors.length} error(s), the first "${errors[0]?.message}" at ${errors[0]?.path?.join('.')}`;
    // A peer that cannot serve this graph is reported; ours or the reference failing stops the run.
    throw gateway.mayNotServe ? new StartError(message) : new Error(message);
  }
  const first = reference.get(request);
  if (!first) reference.set(request, { gateway: gateway.name, data: body.data });
  else if (!isDeepStrictEqual(body.data, first.data))
    throw new Error(
      `${gateway.name}'s answer to ${operation} differs from ${first.gateway}'s at ${firstDifference(body.data, first.data)}`,
    );
}

async function measure(
  gateway: GatewayUnderTest,
  child: Child,
  url: string,
  requests: Array<{ body: string; expected: string }>,
  urls: Record<string, string>,
  options: BenchOptions,
): Promise<Omit<Measurement, 'round' | 'mode'>> {
  const settings = { pid: child.pid, connections: options.connections, requests };
  if (options.warmupSeconds > 0) await load(url, { ...settings, seconds: options.warmupSeconds });
  const callsBefore = await subgraphCalls(urls);
  const figures = await load(url, { ...settings, seconds: options.durationSeconds });
  const calls = (await subgraphCalls(urls)) - callsBefore;
  const answered = figures.requestsPerSecond * figures.seconds;
  options.log(
    `  ${figures.requestsPerSecond.toFixed(1)} req/s, p99 ${figures.p99.toFixed(0)} ms, peak RSS ${figures.peakRssMiB.toFixed(0)} MiB, CPU ${figures.cpuPercent.toFixed(0)} %${figures.failures ? `, ${figures.failures} FAILED (first: ${figures.firstFailure})` : ''}`,
  );
  return {
    ...figures,
    gateway: gateway.name,
    subgraphCallsPerRequest: answered ? calls / answered : Number.NaN,
  };
}
