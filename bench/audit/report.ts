/** The federation audit's results as bench/audit/last-run.json keeps them, and the block for bench/RESULTS.md. */

export interface Failure {
  /** The audit's test id, `<suite>_<index>`. */
  id: string;
  reason: string;
  codes: string[];
  message?: string;
  /** The answer, shortened. */
  received?: string;
}

export interface SuiteResult {
  suite: string;
  tests: number;
  /** Passed tests by gateway. */
  passed: Record<string, number>;
  failures: Record<string, Failure[]>;
  /** Passed tests whose answer carried errors (cases that expect an error and no data), by gateway. */
  passedWithErrors: Record<string, Array<{ id: string; codes: string[] }>>;
}

export interface AuditRun {
  command: string;
  started: string;
  finished: string;
  node: string;
  audit: { version: string; commit?: string };
  gateways: Array<{ name: string; label: string; settings: string }>;
  suites: SuiteResult[];
}

/** Test ids `gateway` fails and `reference` passes (in the suites both ran). */
export function lostAgainst(run: AuditRun, gateway: string, reference: string): string[] {
  return run.suites.flatMap((suite) => {
    const theirs = new Set((suite.failures[reference] ?? []).map((failure) => failure.id));
    return (suite.failures[gateway] ?? []).map((failure) => failure.id).filter((id) => !theirs.has(id));
  });
}

const totals = (run: AuditRun, gateway: string) => {
  const tests = run.suites.reduce((sum, suite) => sum + suite.tests, 0);
  const passed = run.suites.reduce((sum, suite) => sum + (suite.passed[gateway] ?? 0), 0);
  const suitesPassed = run.suites.filter((suite) => suite.passed[gateway] === suite.tests).length;
  return { tests, passed, suitesPassed };
};

const describeFailure = (failure: Failure) => {
  const codes = failure.codes.length > 0 ? `, ${failure.codes.join('/')}` : '';
  return `\`${failure.id}\` (${failure.reason}${codes})`;
};

export function renderReport(run: AuditRun): string {
  const names = run.gateways.map((gateway) => gateway.name);
  const lines: string[] = [];
  const audit = `@graphql-hive/federation-gateway-audit ${run.audit.version}${run.audit.commit ? ` (commit ${run.audit.commit.slice(0, 7)})` : ''}`;
  lines.push(`Command: \`${run.command}\``);
  lines.push('');
  lines.push(
    `Run ${run.started.slice(0, 16).replace('T', ' ')}–${run.finished.slice(11, 16)} UTC, Node ${run.node}, ${audit}. One test = one query sent once; passed when \`data\` equals the expected data and, where the case says so, errors are (or are not) present (the audit's rule, bench/audit/judge.ts).`,
  );
  lines.push('');
  lines.push(`| gateway | tests passed | of | suites fully passed | of |`);
  lines.push('|---|---:|---:|---:|---:|');
  for (const gateway of run.gateways) {
    const t = totals(run, gateway.name);
    lines.push(
      `| ${gateway.label} (\`${gateway.name}\`) | ${t.passed} | ${t.tests} | ${t.suitesPassed} | ${run.suites.length} |`,
    );
  }
  lines.push('');
  lines.push(`| suite | tests | ${names.map((name) => `\`${name}\``).join(' | ')} |`);
  lines.push(`|---|---:|${names.map(() => '---:').join('|')}|`);
  for (const suite of run.suites) {
    const cells = names.map((name) => {
      const passed = suite.passed[name] ?? 0;
      return passed === suite.tests ? String(passed) : `**${passed}**`;
    });
    lines.push(`| ${suite.suite} | ${suite.tests} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push('Failing tests (reason, error codes):');
  lines.push('');
  for (const name of names) {
    const failures = run.suites.flatMap((suite) => suite.failures[name] ?? []);
    if (failures.length > 30) {
      const byReason = new Map<string, number>();
      for (const failure of failures) {
        const key = `${failure.reason}${failure.codes.length ? `, ${failure.codes.join('/')}` : ''}`;
        byReason.set(key, (byReason.get(key) ?? 0) + 1);
      }
      const summary = [...byReason].map(([key, count]) => `${count} × ${key}`).join('; ');
      lines.push(`- \`${name}\`: ${failures.length} (${summary}); ids in bench/audit/last-run.json`);
    } else {
      lines.push(
        `- \`${name}\`: ${failures.length === 0 ? 'none' : failures.map(describeFailure).join(', ')}`,
      );
    }
  }
  lines.push('');
  lines.push('Passed with an error answer (the case expects errors and no data), error codes:');
  lines.push('');
  for (const name of names) {
    const passes = run.suites.flatMap((suite) => suite.passedWithErrors[name] ?? []);
    const text = passes.map((pass) => `\`${pass.id}\` (${pass.codes.join('/')})`).join(', ');
    lines.push(`- \`${name}\`: ${passes.length}${passes.length > 0 ? `: ${text}` : ''}`);
  }
  if (names.includes('apollo')) {
    lines.push('');
    for (const name of names.filter((n) => n !== 'apollo')) {
      const lost = lostAgainst(run, name, 'apollo');
      const gained = lostAgainst(run, 'apollo', name);
      lines.push(
        `- \`${name}\` against Apollo: fails ${lost.length} test(s) Apollo passes${lost.length > 0 && lost.length <= 30 ? ` (${lost.join(', ')})` : ''}; passes ${gained.length} Apollo fails${gained.length > 0 ? ` (${gained.join(', ')})` : ''}.`,
      );
    }
  }
  lines.push('');
  lines.push('Settings of each gateway:');
  lines.push('');
  for (const gateway of run.gateways)
    lines.push(`- ${gateway.label} (\`${gateway.name}\`): ${gateway.settings}`);
  return lines.join('\n');
}
