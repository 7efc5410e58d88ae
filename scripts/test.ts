/**
 * `npm test`: the static checks (lint, stale supergraph, stale codegen, stale
 * registry outputs, types),
 * then every vitest suite, ending with the line "tests: N passed, N failed".
 * HUB_TEST_SKIP_CHECKS=1 skips the checks and the suites that do not depend on
 * the database or the broker (CI's second pass, on PostgreSQL and Redis: they
 * ran on the embedded defaults already and would only repeat themselves).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hubRoot } from '@kaarst/kit/registry';

const ROOT = hubRoot(import.meta.dirname);
const secondPass = process.env.HUB_TEST_SKIP_CHECKS === '1';
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
// Lists the slowest files of each run (where CI's time goes).
const SLOWEST_REPORTER = path.join(ROOT, 'scripts', 'slowest-files-reporter.ts');
const CHECKS: Array<[string, string, string[]]> = [
  ['lint and format (biome)', bin('biome'), ['check', '.']],
  ['supergraph up to date', bin('tsx'), ['schema/compose.ts', '--check']],
  ['generated code up to date', bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']],
  ['registry outputs up to date', bin('tsx'), ['scripts/registry.ts', '--check']],
  ['types (tsc, strict)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  // The portal's browser code has its own settings (DOM types, Solid's JSX).
  ['types of the web portal (tsc, strict)', bin('tsc'), ['-p', 'clients/web/tsconfig.json', '--noEmit']],
  [
    'types of the developers page (tsc, strict)',
    bin('tsc'),
    ['-p', 'clients/developers/tsconfig.json', '--noEmit'],
  ],
  [
    'types of the staff workbench (tsc, strict)',
    bin('tsc'),
    ['-p', 'clients/staff/tsconfig.json', '--noEmit'],
  ],
  [
    'types of the city displays (tsc, strict)',
    bin('tsc'),
    ['-p', 'clients/display/tsconfig.json', '--noEmit'],
  ],
  ['types of the Kaarst App (tsc, strict)', bin('tsc'), ['-p', 'clients/app/tsconfig.json', '--noEmit']],
];

const failedChecks: string[] = [];
if (!secondPass) {
  for (const [name, command, args] of CHECKS) {
    const started = Date.now();
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === 0) {
      console.log(`check ok   ${name} (${seconds} s)`);
    } else {
      console.log(`check FAIL ${name} (${seconds} s)\n${result.stdout}${result.stderr}`);
      failedChecks.push(name);
    }
  }
}

interface VitestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
}

/**
 * Every failed test and every suite that failed to load, one line each with the first line of
 * its error: printed again just above the summary, because CI shows only the tail of the log.
 */
const failures: string[] = [];
function failuresOf(report: VitestReport): string[] {
  const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0]?.slice(0, 300) ?? '';
  const lines: string[] = [];
  for (const file of report.testResults) {
    const where = path.relative(ROOT, file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failed)
      lines.push(`FAILED ${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (failed.length === 0 && file.status === 'failed')
      lines.push(`FAILED ${where} (suite): ${firstLine(file.message)}`);
  }
  return lines;
}

/** One vitest run with its JSON report (undefined when vitest wrote none) and exit status. */
function vitestReport(args: string[]): { report: VitestReport | undefined; status: number | null } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kaarst-vitest-'));
  const file = path.join(dir, 'report.json');
  const vitest = spawnSync(
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      `--reporter=${SLOWEST_REPORTER}`,
      '--reporter=json',
      `--outputFile.json=${file}`,
      ...args,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  try {
    return { report: JSON.parse(readFileSync(file, 'utf8')) as VitestReport, status: vitest.status };
  } catch {
    console.log('vitest wrote no report');
    return { report: undefined, status: vitest.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Passed, failed and skipped tests of some files of a report. */
function countsOf(files: VitestReport['testResults']): VitestCounts {
  const tests = files.flatMap((file) => file.assertionResults);
  const failedTests = tests.filter((test) => test.status === 'failed').length;
  return {
    passed: tests.filter((test) => test.status === 'passed').length,
    // A suite that fails to load has no failed tests of its own: count it once.
    failed:
      failedTests +
      files.filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'))
        .length,
    skipped: tests.filter(
      (test) => test.status === 'pending' || test.status === 'skipped' || test.status === 'todo',
    ).length,
  };
}

/** At most this many failed files are run once more, alone; more means something is broken. */
const RERUN_AT_MOST = 3;

/**
 * One vitest run, counted. A file with a failure (when at most RERUN_AT_MOST did) runs once more
 * on its own, and its second result counts: on a loaded 2-core machine a timing-sensitive test
 * fails now and then. Whatever passed only the second time is named (FLAKY) above the summary,
 * and a failure both times is a failure.
 */
function runVitest(args: string[]): VitestCounts {
  const { report, status } = vitestReport(args);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const failedFiles = report.testResults.filter((file) => file.status === 'failed');
  if (failedFiles.length === 0 && status !== 0) {
    failures.push('FAILED vitest exited with an error outside any test file');
    return { ...countsOf(report.testResults), failed: Math.max(1, report.numFailedTestSuites) };
  }
  if (failedFiles.length === 0 || failedFiles.length > RERUN_AT_MOST) {
    failures.push(...failuresOf(report));
    return countsOf(report.testResults);
  }
  const firstFailures = failuresOf(report);
  const names = failedFiles.map((file) => path.relative(ROOT, file.name));
  console.log(`running ${names.join(', ')} once more, alone`);
  const rerun = vitestReport([...names, '--maxWorkers', '1']);
  const rest = report.testResults.filter((file) => file.status !== 'failed');
  if (!rerun.report) {
    failures.push(...firstFailures);
    return countsOf(report.testResults);
  }
  const secondFailures = failuresOf(rerun.report);
  failures.push(...secondFailures);
  for (const line of firstFailures)
    if (!secondFailures.some((again) => again.split(':')[0] === line.split(':')[0]))
      failures.push(`FLAKY (passed when its file ran again alone) ${line.replace(/^FAILED /, '')}`);
  const [first, second] = [countsOf(rest), countsOf(rerun.report.testResults)];
  return {
    passed: first.passed + second.passed,
    failed: first.failed + second.failed,
    skipped: first.skipped + second.skipped,
  };
}

/** Suites that use no database and no pubsub, or only their own (a test Redis): once is enough. */
const STORE_INDEPENDENT = [
  'gateway/test/**',
  'kit/test/{auth,common,keys,live,registry,scalars,server,tracing}.test.ts',
  // Pure domain modules (allocation, results, schedules, costs, appliance detection) and clients.
  'subgraphs/{participation/test/results,family/test/allocation,display/test/schedule,transit/test/departures-live}.test.ts',
  'subgraphs/energy/test/{appliances,costs,counters,readings}.test.ts',
  'clients/*/test/**',
  'subgraphs/appointments/test/slots.test.ts',
  'subgraphs/citizens/test/{passwords,sessions-open}.test.ts',
  'tests/bench/**',
  // The web portal in Chromium: its hub's stores are covered by the e2e suites.
  'tests/browser/**',
  'tests/deploy/{manifests,dockerfile,kustomize}.test.ts',
  'tests/{registry,trusted-set}.test.ts',
  // The scaffold in a temporary copy (installs, composes, starts, tests it): once proves it.
  'tests/new-subgraph.test.ts',
  'tests/e2e/{hostile-http,hostile-tokens,limits,trusted-documents,rate-limits}.test.ts',
];

// The chaos test times answers to the second: it runs alone, after everything else.
const CHAOS = 'tests/e2e/chaos.test.ts';
const runs =
  process.argv.length > 2
    ? [process.argv.slice(2)]
    : [
        ['--exclude', CHAOS, ...(secondPass ? STORE_INDEPENDENT.flatMap((glob) => ['--exclude', glob]) : [])],
        [CHAOS, '--maxWorkers', '1'],
      ];
const totals = runs.map(runVitest).reduce(
  (sum, run) => ({
    passed: sum.passed + run.passed,
    failed: sum.failed + run.failed,
    skipped: sum.skipped + run.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const { passed, skipped } = totals;
const failed = totals.failed + failedChecks.length;
for (const line of failures) console.log(line);
if (failedChecks.length) console.log(`failed checks (counted as failed tests): ${failedChecks.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
