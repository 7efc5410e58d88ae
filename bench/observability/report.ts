/** The observability benchmark's report: medians per configuration and ratios to "off". */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median } from '../subscriptions/figures.ts';
import { GATEWAY_CORE, LOAD_CORE } from '../subscriptions/options.ts';
import { commandLine, machine, writeResults } from '../subscriptions/report.ts';

export interface Measurement {
  configuration: string;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx and answers that differ from the expected one. */
  failures: number;
  /** OTLP/HTTP posts the collector stand-in received while measuring. */
  otlpPosts: number;
}

interface Settings {
  suite: string;
  rounds: number;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  pinned: boolean;
  write: boolean;
}

export async function writeReport(measurements: Measurement[], settings: Settings): Promise<void> {
  const configurations = [...new Set(measurements.map((m) => m.configuration))];
  const medianOf = (configuration: string, key: keyof Measurement) =>
    median(measurements.filter((m) => m.configuration === configuration).map((m) => m[key] as number));
  const [first = ''] = configurations;
  const baseline = medianOf(first, 'requestsPerSecond');
  const lines = [
    `Command: \`${commandLine('bench:observability')}\``,
    '',
    `Machine: ${machine()}. ${
      settings.pinned
        ? `Gateway alone on core ${GATEWAY_CORE} (taskset); both subgraphs, the load (autocannon, in the runner) and the collector stand-in on core ${LOAD_CORE}.`
        : 'Not pinned.'
    } Subgraphs on ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'embedded PGlite'}.`,
    '',
    `Query (both subgraphs, signed-in citizen): \`me { displayName appointments { code start } }\`; ` +
      `${settings.connections} connections, warm-up ${settings.warmupSeconds} s, measured ${settings.durationSeconds} s, ` +
      `${settings.rounds} rounds with the order rotated, medians over rounds. Every answer is compared with the expected body.`,
    '',
    `| configuration | req/s | × ${first} | req/s by round | p50 ms | p90 ms | p99 ms | failures | OTLP posts |`,
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
    ...configurations.map((configuration) => {
      const rps = medianOf(configuration, 'requestsPerSecond');
      const byRound = measurements
        .filter((m) => m.configuration === configuration)
        .sort((a, b) => a.round - b.round)
        .map((m) => fmt(m.requestsPerSecond, 0))
        .join(', ');
      return `| ${configuration} | ${fmt(rps, 0)} | ${fmt(rps / baseline, 2)} | ${byRound} | ${fmt(medianOf(configuration, 'p50'), 0)} | ${fmt(medianOf(configuration, 'p90'), 0)} | ${fmt(medianOf(configuration, 'p99'), 0)} | ${measurements
        .filter((m) => m.configuration === configuration)
        .reduce((sum, m) => sum + m.failures, 0)} | ${fmt(medianOf(configuration, 'otlpPosts'), 0)} |`;
    }),
  ];
  const report = lines.join('\n');
  console.log(`\n${report}\n`);
  if (!settings.write) return;
  writeResults(
    report,
    settings.suite === 'observability'
      ? 'bench/observability/run.ts'
      : `bench/observability/run.ts --suite ${settings.suite}`,
  );
  const here = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(
    path.join(here, settings.suite === 'observability' ? 'last-run.json' : `last-run-${settings.suite}.json`),
    `${JSON.stringify({ command: commandLine('bench:observability'), machine: machine(), measurements }, null, 2)}\n`,
  );
}
