/**
 * The report of a run: the markdown tables printed at the end and written
 * between the markers of bench/RESULTS.md, and every phase raw in
 * bench/subscriptions/last-run.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmt, median, pct } from './figures.ts';
import { GATEWAYS, type GatewayUnderTest } from './gateways-under-test.ts';
import {
  BENCH,
  GATEWAY_CORE,
  gatewayNames,
  HERE,
  LOAD_CORE,
  measureSeconds,
  pinned,
  rate,
  rounds,
  subscriberCounts,
  warmupSeconds,
} from './options.ts';
import type { PhaseResult } from './phase.ts';

export function commandLine(script = 'bench:subscriptions'): string {
  const args = process.argv.slice(2);
  return `pnpm --filter @kaarst/bench ${script}${args.length ? ` ${args.join(' ')}` : ''}`;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${os.release()}, Node ${process.version}`;
}

export function summarize(results: PhaseResult[], broken: Map<string, string>): string {
  const lines: string[] = [];
  lines.push(`Command: \`${commandLine()}\``);
  lines.push('');
  lines.push(`Machine: ${machine()}.`);
  lines.push(
    pinned
      ? `Pinning: each gateway alone on core ${GATEWAY_CORE} (\`taskset -c ${GATEWAY_CORE}\`); subgraphs, load and runner on core ${LOAD_CORE}.`
      : 'Pinning: none (fewer than 2 cores or no taskset).',
  );
  lines.push(
    `Load: ${rate} bookings/s (so ${rate} events/s on the topic), warm-up ${warmupSeconds} s (and until every subscriber had an event), ` +
      `then ${measureSeconds} s measured; ${rounds} round(s), gateways alternating; figures are medians over rounds; run finished ${new Date().toISOString()}.`,
  );
  lines.push('');
  lines.push(
    '| gateway | subscribers | p50 ms | p99 ms | hop p50 ms | hop p99 ms | delivered in time | events/s | deliveries/s | gateway CPU % of a core | CPU µs per delivery | idle RSS MiB | RSS connected MiB | RSS under load MiB | KiB per subscriber | subscribers per GiB | KiB per subscriber under load | core 0 busy % | rounds |',
  );
  lines.push(
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  type Row = {
    p50: number;
    p99: number;
    perSubscriber: number;
    cpu: number;
    cpuPerDelivery: number;
    hop50: number;
    hop99: number;
  };
  const rows = new Map<string, Row>();
  for (const subscribers of subscriberCounts) {
    for (const name of gatewayNames) {
      const gateway = GATEWAYS[name] as GatewayUnderTest;
      const ok = results.filter(
        (r) => r.gateway === name && r.subscribers === subscribers && !r.error && r.load,
      ) as Array<Required<PhaseResult>>;
      if (ok.length === 0) {
        const why =
          broken.get(name) ?? results.find((r) => r.gateway === name && r.subscribers === subscribers)?.error;
        lines.push(`| ${gateway.label} | ${subscribers} | could not run: see below |${' |'.repeat(16)} 0 |`);
        if (why) broken.set(name, why);
        continue;
      }
      const m = (f: (r: Required<PhaseResult>) => number) => median(ok.map(f));
      const perSubscriber = m((r) => (r.rssConnected - r.rssIdle) / r.load.connected);
      const row: Row = {
        p50: m((r) => r.load.latency.p50),
        p99: m((r) => r.load.latency.p99),
        perSubscriber,
        cpu: m((r) => r.gatewayCpuSeconds / r.windowSeconds),
        cpuPerDelivery: m(
          (r) => (r.gatewayCpuSeconds / Math.max(1, r.load.deliveriesPerSecond * r.windowSeconds)) * 1e6,
        ),
        hop50: m((r) => r.load.hop.p50),
        hop99: m((r) => r.load.hop.p99),
      };
      rows.set(`${name}:${subscribers}`, row);
      lines.push(
        `| ${gateway.label} | ${subscribers} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${fmt(row.hop50)} | ${fmt(row.hop99)} | ` +
          `${fmt(100 * m((r) => r.load.delivered / Math.max(1, r.load.expected)), 1)} % | ${fmt(m((r) => r.load.achievedRate))} | ` +
          `${fmt(
            m((r) => r.load.deliveriesPerSecond),
            0,
          )} | ` +
          `${fmt(100 * row.cpu, 0)} | ${fmt(row.cpuPerDelivery, 1)} | ${fmt(m((r) => r.rssIdle) / 2 ** 20, 0)} | ` +
          `${fmt(m((r) => r.rssConnected) / 2 ** 20, 0)} | ${fmt(m((r) => r.rssLoaded) / 2 ** 20, 0)} | ` +
          `${fmt(perSubscriber / 1024, 1)} | ${fmt(2 ** 30 / perSubscriber, 0)} | ` +
          `${fmt(m((r) => (r.rssLoaded - r.rssIdle) / r.load.connected) / 1024, 1)} | ` +
          `${fmt((100 * m((r) => (r.loadCpuSeconds + r.subgraphsCpuSeconds) / r.windowSeconds)) as number, 0)} | ${ok.length} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    'Ratios against our gateway on the same public subscription (peer ÷ ours; above 1 means the peer is slower or heavier):',
  );
  lines.push('');
  lines.push(
    '| gateway | subscribers | p50 latency | p99 latency | p50 hop | p99 hop | memory per subscriber | gateway CPU per delivery |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const subscribers of subscriberCounts) {
    const ours = rows.get(`kaarst:${subscribers}`);
    for (const name of gatewayNames) {
      if (name === 'kaarst') continue;
      const row = rows.get(`${name}:${subscribers}`);
      if (!ours || !row) continue;
      lines.push(
        `| ${(GATEWAYS[name] as GatewayUnderTest).label} | ${subscribers} | ${fmt(row.p50 / ours.p50, 2)} | ${fmt(row.p99 / ours.p99, 2)} | ` +
          `${fmt(row.hop50 / ours.hop50, 2)} | ${fmt(row.hop99 / ours.hop99, 2)} | ` +
          `${fmt(row.perSubscriber / ours.perSubscriber, 2)} | ${fmt(row.cpuPerDelivery / ours.cpuPerDelivery, 2)} |`,
      );
    }
  }
  lines.push('');
  lines.push('Per phase (every round):');
  lines.push('');
  lines.push(
    '| round | gateway | subscribers | p50 ms | p99 ms | hop p50 ms | hop p99 ms | delivered / expected | batched repeats | bad events | failed bookings | booking p50 ms | createdAt → response p50 ms | gateway CPU s | subgraphs CPU % | load CPU % | RSS idle → load MiB | load event-loop p99 ms | error |',
  );
  lines.push(
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    const l = r.load;
    lines.push(
      `| ${r.round} | ${r.gateway} | ${r.subscribers} | ${fmt(l?.latency.p50)} | ${fmt(l?.latency.p99)} | ${fmt(l?.hop.p50)} | ${fmt(l?.hop.p99)} | ` +
        `${l ? `${l.delivered} / ${l.expected}` : '–'} | ${l?.staleEvents ?? '–'} | ${l?.badEvents ?? '–'} | ${l ? l.failedBookings + l.skippedBookings : '–'} | ` +
        `${fmt(l?.mutation.p50)} | ${fmt(l?.createdToResponse.p50)} | ` +
        `${fmt(r.gatewayCpuSeconds)} | ${pct(r.subgraphsCpuSeconds, r.windowSeconds)} | ${pct(r.loadCpuSeconds, r.windowSeconds)} | ${r.rssIdle ? `${fmt(r.rssIdle / 2 ** 20, 0)} → ${fmt((r.rssLoaded ?? 0) / 2 ** 20, 0)}` : '–'} | ` +
        `${fmt(l?.loadLoopDelayP99Ms)} | ${r.error ? r.error.split('\n')[0]?.slice(0, 160).replaceAll('|', '\\|') : ''} |`,
    );
  }
  if (broken.size > 0) {
    lines.push('');
    lines.push('Could not run:');
    lines.push('');
    for (const [name, why] of broken) {
      lines.push(`- ${(GATEWAYS[name] as GatewayUnderTest).label}:`);
      lines.push('');
      lines.push('  ```');
      for (const line of why.split('\n').slice(0, 14)) lines.push(`  ${line}`);
      lines.push('  ```');
    }
  }
  lines.push('');
  lines.push('Settings of each gateway:');
  lines.push('');
  for (const name of gatewayNames) {
    const g = GATEWAYS[name] as GatewayUnderTest;
    lines.push(`- ${g.label}: ${g.settings}`);
  }
  return lines.join('\n');
}

/**
 * Replaces one runner's generated part of bench/RESULTS.md (between markers
 * naming the runner's entry point), keeping what was written around it.
 */
export function writeResults(report: string, runner = 'bench/subscriptions/run.ts') {
  const BEGIN = `<!-- generated by ${runner}: begin -->`;
  const END = `<!-- generated by ${runner}: end -->`;
  const file = path.join(BENCH, 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = previous.indexOf(BEGIN);
  const end = previous.indexOf(END);
  const generated = `${BEGIN}\n${report}\n${END}`;
  const next =
    start >= 0 && end > start
      ? `${previous.slice(0, start)}${generated}${previous.slice(end + END.length)}`
      : `${previous.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}

/** Every phase of the run as measured, for a closer look than the tables give. */
export function writeLastRun(results: PhaseResult[]) {
  writeFileSync(
    path.join(HERE, 'last-run.json'),
    `${JSON.stringify({ command: commandLine(), machine: machine(), results }, null, 2)}\n`,
  );
}
