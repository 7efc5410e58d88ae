/**
 * `pnpm bench:gateway`: the gateway throughput benchmark (see bench/RESULTS.md).
 * Options: --gateways apollo,hive,mercurius,kaarst (also hive-jit)  --rounds 3  --warmup 10
 * --duration 30  --connections 50  --no-write (print only)  --profile DIR (a CPU
 * profile per gateway process into DIR/<gateway>/; summarise with gateway/profile.ts)
 * --candidate PATH (a copy of gateway/src/server.ts with a change to measure: adds
 * the gateway `kaarst-candidate`, to name in --gateways)  --modes nested,mixed (default both;
 * see gateway/mixed.ts). Ours with operation and fetch sharing off: `kaarst-unshared`
 * (`kaarst-candidate-unshared` for the candidate), i.e. GATEWAY_SHARING=off.
 */
import path from 'node:path';
import { log } from '../subscriptions/options.ts';
import { type BenchOptions, MODES, type Mode, runGatewayBench } from './bench.ts';
import { summarize, writeReport } from './report.ts';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

if (process.argv.includes('--candidate'))
  process.env.BENCH_CANDIDATE_ENTRY = path.resolve(option('candidate', ''));

const options: BenchOptions = {
  gateways: option('gateways', 'apollo,hive,mercurius,kaarst').split(','),
  rounds: Number(option('rounds', '3')),
  warmupSeconds: Number(option('warmup', '10')),
  durationSeconds: Number(option('duration', '30')),
  connections: Number(option('connections', '50')),
  modes: option('modes', 'nested,mixed')
    .split(',')
    .map((mode) => {
      if (!(mode in MODES))
        throw new Error(`unknown mode "${mode}" (known: ${Object.keys(MODES).join(', ')})`);
      return mode as Mode;
    }),
  ...(process.argv.includes('--profile') ? { profileDir: path.resolve(option('profile', 'profiles')) } : {}),
  log,
};

const run = await runGatewayBench(options);
console.log(process.argv.includes('--no-write') ? summarize(run, options) : writeReport(run, options));
