/**
 * `pnpm bench:audit`: The Guild's federation gateway audit (github.com/graphql-hive/federation-gateway-audit)
 * run against our gateway and plain Apollo Gateway (issue 28: "the federation audit must not lose a
 * test"). On demand only, not in CI; the audit is a checkout outside this repository, never a
 * dependency of it.
 *
 *   pnpm bench:audit --audit /work/audit-src [--gateways apollo,kaarst-checks-off,kaarst]
 *     [--suites requires-with-argument,keys-mashup] [--candidate <dir>/src/server.ts] [--no-write] [--strict]
 *     [--json <file>]  (the run's JSON there too, e.g. with --no-write for a look at a few suites)
 *
 * It installs the audit's server once (audit-source.ts, under the install lock), starts it, and for
 * each suite writes the suite's supergraph to a file, starts each gateway on it (gateways.ts), sends
 * each test case's query once and judges the answer as the audit does (judge.ts), then stops the
 * gateway. Test ids are the audit's own: `<suite>_<index>`. Results: bench/audit/last-run.json and
 * the generated block in bench/RESULTS.md (issue 28's section). Gateways: apollo, kaarst-checks-off,
 * kaarst-checks-off-unshared (sharing off too), kaarst (checks on, production settings),
 * kaarst-registered (checks on, the suite's documents registered), kaarst-candidate-checks-off (with --candidate). --strict: exit 1 when ours with checks
 * off (or the candidate) fails a test that Apollo passes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from '../subscriptions/options.ts';
import { freePort, waitForGraphQL } from '../subscriptions/processes.ts';
import { writeResults } from '../subscriptions/report.ts';
import { auditCheckout, auditVersion, installAudit, startAuditServer } from './audit-source.ts';
import { AUDIT_GATEWAYS } from './gateways.ts';
import { type AuditCase, type GraphQLAnswer, judge, type Verdict } from './judge.ts';
import { type AuditRun, type Failure, lostAgainst, renderReport, type SuiteResult } from './report.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const auditDir = auditCheckout(option('audit'));
if (process.argv.includes('--candidate')) {
  const entry = option('candidate');
  if (!entry) throw new Error('--candidate needs the path of a copy of gateway/src/server.ts');
  process.env.BENCH_CANDIDATE_ENTRY = path.resolve(entry);
}
const gatewayNames = (option('gateways') ?? 'apollo,kaarst-checks-off,kaarst').split(',');
for (const name of gatewayNames)
  if (!AUDIT_GATEWAYS[name])
    throw new Error(`unknown gateway "${name}" (known: ${Object.keys(AUDIT_GATEWAYS).join(', ')})`);
if (gatewayNames.includes('kaarst-candidate-checks-off') && !process.env.BENCH_CANDIDATE_ENTRY)
  throw new Error('kaarst-candidate-checks-off needs --candidate <dir>/src/server.ts');
const onlySuites = option('suites')?.split(',');

/** One query as the audit sends it: POST, JSON, 10 s at most; undefined when no JSON came back. */
async function ask(url: string, query: string): Promise<GraphQLAnswer | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    });
    return (await response.json()) as GraphQLAnswer;
  } catch {
    return undefined;
  }
}

/** One gateway on one suite: every case's verdict, or every case failed when it did not serve. */
async function runSuite(
  gatewayName: string,
  supergraphPath: string,
  documentsPath: string,
  cases: AuditCase[],
): Promise<Verdict[]> {
  const gateway = AUDIT_GATEWAYS[gatewayName] as (typeof AUDIT_GATEWAYS)[string];
  const child = gateway.start({ port: await freePort(), supergraphPath, documentsPath });
  try {
    const ready = await child.next('ready', 60_000);
    const url = String((ready as { url?: unknown }).url); // the child's ready message carries its URL
    await waitForGraphQL(url, child, 30_000);
    const verdicts: Verdict[] = [];
    for (const testCase of cases) verdicts.push(judge(testCase, await ask(url, testCase.query)));
    return verdicts;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .slice(0, 6)
      .join(' | ');
    return cases.map((): Verdict => ({ pass: false, reason: 'gateway did not serve', codes: [], message }));
  } finally {
    await child.stop();
  }
}

const started = new Date();
log(`federation audit at ${auditDir}; gateways: ${gatewayNames.join(', ')}`);
installAudit(auditDir, log);
const server = await startAuditServer(auditDir);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kaarst-audit-'));
const suites: SuiteResult[] = [];
try {
  const all = await server.suites();
  const unknown = (onlySuites ?? []).filter((suite) => !all.includes(suite));
  if (unknown.length > 0)
    throw new Error(`unknown suite(s) ${unknown.join(', ')} (known: ${all.join(', ')})`);
  const chosen = onlySuites ? all.filter((suite) => onlySuites.includes(suite)) : all;
  log(`audit server at ${server.origin}: ${all.length} suites, running ${chosen.length}`);
  for (const [n, suite] of chosen.entries()) {
    const supergraphPath = path.join(tmp, `${suite}.graphql`);
    writeFileSync(supergraphPath, await server.supergraph(suite));
    const result: SuiteResult = { suite, tests: 0, passed: {}, failures: {}, passedWithErrors: {} };
    for (const name of gatewayNames) {
      // Fetched per gateway, as each audit run does: `mutations` draws a fresh request id per
      // fetch, and its subgraph refuses a category id it has seen (the server keeps its state).
      const cases = await server.cases(suite);
      if (result.tests !== 0 && cases.length !== result.tests)
        throw new Error(`${suite}: ${cases.length} cases for ${name}, ${result.tests} before`);
      result.tests = cases.length;
      const documentsPath = path.join(tmp, `${suite}.${name}.documents.json`);
      writeFileSync(documentsPath, JSON.stringify(cases.map((testCase) => testCase.query)));
      const verdicts = await runSuite(name, supergraphPath, documentsPath, cases);
      result.passed[name] = verdicts.filter((verdict) => verdict.pass).length;
      result.failures[name] = verdicts.flatMap((verdict, index): Failure[] => {
        if (verdict.pass) return [];
        const { pass: _, ...failure } = verdict;
        return [{ id: `${suite}_${index}`, ...failure }];
      });
      result.passedWithErrors[name] = verdicts.flatMap((verdict, index) =>
        verdict.pass && verdict.codes.length > 0 ? [{ id: `${suite}_${index}`, codes: verdict.codes }] : [],
      );
    }
    suites.push(result);
    const line = gatewayNames.map((name) => `${name} ${result.passed[name]}/${result.tests}`).join(', ');
    log(`[${n + 1}/${chosen.length}] ${suite} (${result.tests} tests): ${line}`);
  }
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}

const run: AuditRun = {
  command: `pnpm bench:audit ${process.argv.slice(2).join(' ')}`,
  started: started.toISOString(),
  finished: new Date().toISOString(),
  node: process.version,
  audit: auditVersion(auditDir),
  gateways: gatewayNames.map((name) => {
    const { label, settings } = AUDIT_GATEWAYS[name] as (typeof AUDIT_GATEWAYS)[string];
    return { name, label, settings };
  }),
  suites,
};
const report = renderReport(run);
const json = option('json');
if (json) writeFileSync(path.resolve(json), `${JSON.stringify(run, null, 2)}\n`);
if (!process.argv.includes('--no-write')) {
  writeFileSync(path.join(HERE, 'last-run.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeResults(report, 'bench/audit/run.ts');
}
console.log(report);
const lost = ['kaarst-checks-off', 'kaarst-checks-off-unshared', 'kaarst-candidate-checks-off'].flatMap(
  (name) =>
    gatewayNames.includes(name) && gatewayNames.includes('apollo') ? lostAgainst(run, name, 'apollo') : [],
);
if (process.argv.includes('--strict') && lost.length > 0) {
  console.error(`Ours fails ${lost.length} test(s) that Apollo passes: ${lost.join(', ')}`);
  process.exitCode = 1;
}
