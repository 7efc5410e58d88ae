/**
 * One phase of the benchmark: one gateway under one subscriber count. Starts
 * the gateway, reads its idle memory, runs the load process against it, and
 * samples the gateway's CPU and memory (/proc) over the measured window.
 */
import { fmt, median, pct } from './figures.ts';
import type { GatewayUnderTest } from './gateways-under-test.ts';
import {
  client,
  connectBatch,
  LOAD_CORE,
  log,
  measureSeconds,
  rate,
  tsScript,
  warmupSeconds,
} from './options.ts';
import { type Child, freePort, startChild, waitForGraphQL } from './processes.ts';
import {
  type ChildMessage,
  cpuSeconds,
  type LoadConfig,
  type LoadResult,
  processTree,
  rssBytes,
  sleep,
} from './shared.ts';

export interface PhaseResult {
  gateway: string;
  round: number;
  subscribers: number;
  error?: string;
  load?: LoadResult;
  rssIdle?: number;
  rssConnected?: number;
  rssLoaded?: number;
  rssPeak?: number;
  gatewayCpuSeconds?: number;
  windowSeconds?: number;
  loadCpuSeconds?: number;
  subgraphsCpuSeconds?: number;
  gatewayProcesses?: number;
}

export async function runPhase(
  gateway: GatewayUnderTest,
  subscribers: number,
  round: number,
  env: NodeJS.ProcessEnv,
  urls: { appointments: string },
  firstDay: number,
  subgraphsPid: number,
): Promise<PhaseResult & { lastDay: number }> {
  const result: PhaseResult = { gateway: gateway.name, round, subscribers };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  log(`round ${round} · ${gateway.name} · ${subscribers} subscribers: starting the gateway`);
  const child = gateway.start(port, env);
  let load: Child | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    await waitForGraphQL(url, child, 90_000);
    await sleep(3000);
    const idle: number[] = [];
    for (let i = 0; i < 3; i++) {
      idle.push(rssBytes(processTree(child.pid)));
      await sleep(500);
    }
    result.rssIdle = median(idle);
    log(`  gateway up; idle RSS ${(result.rssIdle / 2 ** 20).toFixed(0)} MiB; connecting subscribers`);

    const config: LoadConfig = {
      gatewayUrl: url,
      appointmentsUrl: urls.appointments,
      subscribers,
      kind: gateway.kind,
      rate,
      warmupSeconds,
      measureSeconds,
      firstDay,
      connectBatch,
      client,
    };
    load = startChild(`load:${gateway.name}`, LOAD_CORE, tsScript('load.ts'), {
      ...env,
      BENCH_LOAD: JSON.stringify(config),
    });
    await load.next('phase', 180_000, 'connected');
    result.rssConnected = rssBytes(processTree(child.pid));
    await load.next('phase', 60_000, 'measure-start');
    const tree = processTree(child.pid);
    result.gatewayProcesses = tree.length;
    const cpu0 = cpuSeconds(tree);
    const load0 = cpuSeconds([load.pid]);
    const sub0 = cpuSeconds([subgraphsPid]);
    const t0 = performance.now();
    const samples: number[] = [];
    sampler = setInterval(() => samples.push(rssBytes(processTree(child.pid))), 1000);
    await load.next('phase', (measureSeconds + 30) * 1000, 'measure-end');
    clearInterval(sampler);
    result.windowSeconds = (performance.now() - t0) / 1000;
    result.gatewayCpuSeconds = cpuSeconds(processTree(child.pid)) - cpu0;
    result.loadCpuSeconds = cpuSeconds([load.pid]) - load0;
    result.subgraphsCpuSeconds = cpuSeconds([subgraphsPid]) - sub0;
    result.rssLoaded = median(samples);
    result.rssPeak = Math.max(...samples);
    const done = (await load.next('result', 90_000)) as Extract<ChildMessage, { type: 'result' }>;
    result.load = done.result;
    const l = done.result;
    log(
      `  done: p50 ${fmt(l.latency.p50)} ms, p99 ${fmt(l.latency.p99)} ms ` +
        `(subgraph publish p50 ${fmt(l.publish.p50)} ms; gateway hop p50 ${fmt(l.hop.p50)}, p99 ${fmt(l.hop.p99)} ms), ` +
        `delivered ${l.delivered}/${l.expected}, ${fmt(l.achievedRate)} events/s, ${fmt(l.deliveriesPerSecond, 0)} deliveries/s, ` +
        `gateway CPU ${((100 * result.gatewayCpuSeconds) / result.windowSeconds).toFixed(0)} %, ` +
        `RSS +${fmt((result.rssConnected - result.rssIdle) / subscribers / 1024)} KiB/subscriber connected, ` +
        `+${fmt((result.rssLoaded - result.rssIdle) / subscribers / 1024)} under load; ` +
        `core 0: subgraphs ${pct(result.subgraphsCpuSeconds, result.windowSeconds)} %, load ${pct(result.loadCpuSeconds, result.windowSeconds)} %`,
    );
    if (l.badEvents > 0)
      log(`  ${l.badEvents} events with errors or missing fields, first: ${l.firstBadEvent}`);
    if (l.outOfOrder > 0) log(`  ${l.outOfOrder} events arrived twice or out of order at a subscriber`);
    if (l.endedEarly > 0) log(`  ${l.endedEarly} subscriptions ended early, first: ${l.firstEndReason}`);
    if (l.failedBookings > 0) log(`  ${l.failedBookings} bookings failed, first: ${l.firstFailure}`);
    return { ...result, lastDay: l.lastDay + 1 };
  } catch (error) {
    clearInterval(sampler);
    result.error = (error as Error).message;
    log(`  FAILED: ${result.error.split('\n').slice(0, 12).join('\n    ')}`);
    return { ...result, lastDay: firstDay + 400 };
  } finally {
    await load?.stop();
    await child.stop();
    await sleep(1000);
  }
}
