/**
 * The report of a gateway benchmark run: medians over rounds per gateway,
 * ratios against plain @apollo/gateway, and the settings, printed and written
 * between this runner's markers in bench/RESULTS.md (raw rounds in last-run.json).
 */
import { writeFileSync } from 'node:fs';
import { fmt, median } from '../subscriptions/figures.ts';
import { GATEWAY_CORE, LOAD_CORE, pinned } from '../subscriptions/options.ts';
import { commandLine, machine, writeResults } from '../subscriptions/report.ts';
import type { BenchOptions, BenchRun, Measurement, Mode } from './bench.ts';
import { GATEWAYS } from './gateways.ts';

const VERSIONS =
  '@apollo/gateway 2.14.4, @apollo/server 5.5.1, @apollo/subgraph 2.15.1 (subgraphs), @graphql-hive/gateway 2.15.1, @mercuriusjs/gateway 5.2.0, graphql 16.15.0, autocannon 9.0.0';

interface Row {
  gateway: string;
  mode: Mode;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  rss: number;
  cpu: number;
  cpuMs: number;
  calls: number;
  failures: number;
  timeouts: number;
  rounds: number;
}

function rows(measurements: Measurement[], mode: Mode): Row[] {
  const names = [...new Set(measurements.map((m) => m.gateway))];
  return names.map((gateway) => {
    const mine = measurements.filter((m) => m.gateway === gateway && m.mode === mode);
    const of = (pick: (m: Measurement) => number) => median(mine.map(pick));
    return {
      gateway,
      mode,
      rps: of((m) => m.requestsPerSecond),
      p50: of((m) => m.p50),
      p95: of((m) => m.p95),
      p99: of((m) => m.p99),
      rss: Math.max(...mine.map((m) => m.peakRssMiB)),
      cpu: of((m) => m.cpuPercent),
      // CPU time per answer is steadier than req/s when other work shares the machine.
      cpuMs: of((m) => (10 * m.cpuPercent) / m.requestsPerSecond),
      calls: of((m) => m.subgraphCallsPerRequest),
      failures: mine.reduce((sum, m) => sum + m.failures, 0),
      timeouts: mine.reduce((sum, m) => sum + m.timeouts, 0),
      rounds: mine.length,
    };
  });
}

const ratio = (value: number, base: number | undefined) => (base ? `${(value / base).toFixed(2)}×` : '–');

const MODE_TITLES: Record<Mode, string> = {
  nested: 'Nested mode: every request the same nested query (the public benchmark)',
  mixed:
    'Mixed mode: 57 distinct bodies round robin (11 documents: 7 variants of the nested query × `first` 1–5, 2 user queries × 6 ids, 2 top-product queries × `first` 1–5; bench/gateway/mixed.ts)',
};

export function summarize(run: BenchRun, options: BenchOptions): string {
  const modes = options.modes ?? ['nested'];
  const label = (name: string) => GATEWAYS[name]?.label ?? name;
  const lines = [
    `Command: \`${commandLine('bench:gateway')}\``,
    '',
    `Machine: ${machine()}. Versions: ${VERSIONS}.`,
    pinned
      ? `Pinning: each gateway alone on core ${GATEWAY_CORE} (\`taskset -c ${GATEWAY_CORE}\`); the four subgraphs (one process), autocannon and the runner on core ${LOAD_CORE}.`
      : 'Pinning: none (fewer than 2 cores or no taskset).',
    `Load: autocannon, ${options.connections} connections, modes ${modes.join(', ')} one after the other on the same gateway process (the nested query's answer is ${(run.answerBytes / 1024).toFixed(0)} KiB of JSON), warm-up ${options.warmupSeconds} s then ${options.durationSeconds} s measured per gateway, mode and round; ${options.rounds} round(s), gateway order rotated each round; figures are medians over rounds, peak RSS the highest sample (every 250 ms, process tree); run finished ${new Date().toISOString()}.`,
    ...modes.flatMap((mode) => modeTables(run, mode, label)),
    '',
    'Settings:',
    '',
    ...options.gateways.map((name) => `- ${label(name)}: ${GATEWAYS[name]?.settings ?? ''}`),
  ];
  return lines.join('\n');
}

function modeTables(run: BenchRun, mode: Mode, label: (name: string) => string): string[] {
  const table = rows(run.measurements, mode).filter((row) => row.rounds > 0);
  // Ratios against plain Apollo, or against the first gateway when Apollo was not run.
  const apollo = table.find((row) => row.gateway === 'apollo') ?? table[0];
  const base = apollo ? label(apollo.gateway) : '–';
  return [
    '',
    `${MODE_TITLES[mode]}:`,
    '',
    '| gateway | req/s | p50 ms | p95 ms | p99 ms | peak RSS MiB | gateway CPU % of a core | gateway CPU ms per request | subgraph requests per request | wrong or failed answers | timeouts (60 s) | rounds |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...table.map(
      (row) =>
        `| ${label(row.gateway)} | ${fmt(row.rps)} | ${fmt(row.p50, 0)} | ${fmt(row.p95, 0)} | ${fmt(row.p99, 0)} | ${fmt(row.rss, 0)} | ${fmt(row.cpu, 0)} | ${fmt(row.cpuMs)} | ${fmt(row.calls)} | ${row.failures} | ${row.timeouts} | ${row.rounds} |`,
    ),
    ...[...run.broken].map(
      ([name, why]) => `| ${label(name)} | could not run: ${oneLine(why)} | | | | | | | | | | 0 |`,
    ),
    '',
    `${mode}, against ${base} (req/s: above 1 is faster; latency, memory and CPU: below 1 is better):`,
    '',
    '| gateway | req/s | p50 | p95 | p99 | peak RSS | CPU per request |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...table.map(
      (row) =>
        `| ${label(row.gateway)} | ${ratio(row.rps, apollo?.rps)} | ${ratio(row.p50, apollo?.p50)} | ${ratio(row.p95, apollo?.p95)} | ${ratio(row.p99, apollo?.p99)} | ${ratio(row.rss, apollo?.rss)} | ${ratio(row.cpuMs, apollo?.cpuMs)} |`,
    ),
  ];
}

const oneLine = (text: string) => text.split('\n')[0]?.replaceAll('|', '\\|').slice(0, 300) ?? '';

export function writeReport(run: BenchRun, options: BenchOptions): string {
  const report = summarize(run, options);
  writeResults(report, 'bench/gateway/run.ts');
  writeFileSync(
    new URL('last-run.json', import.meta.url),
    `${JSON.stringify({ command: commandLine('bench:gateway'), machine: machine(), measurements: run.measurements, broken: [...run.broken] }, null, 2)}\n`,
  );
  return report;
}
