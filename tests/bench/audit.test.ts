/**
 * The federation audit runner's judgement and bookkeeping (bench/audit), without the audit:
 * `pnpm bench:audit` needs a checkout of it and is never run by the tests.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../bench/audit/judge.ts';
import { type AuditRun, lostAgainst, renderReport } from '../../bench/audit/report.ts';

const query = '{ a }';

describe('federation audit: judging an answer as the audit does', () => {
  it('compares data deeply, keys in any order, lists in order', () => {
    const testCase = { query, expected: { data: { a: [{ x: 1, y: 'b' }, { x: 2 }] } } };
    expect(judge(testCase, { data: { a: [{ y: 'b', x: 1 }, { x: 2 }] } })).toEqual({ pass: true, codes: [] });
    expect(judge(testCase, { data: { a: [{ x: 2 }, { y: 'b', x: 1 }] } })).toMatchObject({
      pass: false,
      reason: 'data',
    });
    expect(judge(testCase, { data: { a: [{ x: 1, y: 'b', z: null }, { x: 2 }] } }).pass).toBe(false);
    expect(judge(testCase, { data: { a: [{ x: '1', y: 'b' }, { x: 2 }] } }).pass).toBe(false);
  });

  it('ignores errors unless the case says errors: true or false', () => {
    const refused = {
      data: null,
      errors: [{ message: 'no', extensions: { code: 'PERSISTED_QUERY_NOT_TRUSTED' } }],
    };
    // No `errors` in the case: only data counts, and data null is not the expected data.
    expect(
      judge({ query, expected: { data: { a: 1 } } }, { data: { a: 1 }, errors: refused.errors }),
    ).toEqual({
      pass: true,
      codes: ['PERSISTED_QUERY_NOT_TRUSTED'],
    });
    expect(judge({ query, expected: { data: { a: 1 } } }, refused)).toMatchObject({
      pass: false,
      reason: 'data',
      codes: ['PERSISTED_QUERY_NOT_TRUSTED'],
      message: 'no',
    });
    // errors: true with no data: any error answer passes, a refusal too.
    expect(judge({ query, expected: { errors: true } }, refused).pass).toBe(true);
    expect(judge({ query, expected: { errors: true } }, { data: null })).toMatchObject({
      pass: false,
      reason: 'no errors (expected some)',
    });
    expect(
      judge({ query, expected: { data: { a: 1 }, errors: false } }, { data: { a: 1 }, errors: [] }).pass,
    ).toBe(true);
    expect(judge({ query, expected: { data: { a: 1 }, errors: false } }, refused)).toMatchObject({
      reason: 'errors and data',
    });
  });

  it('fails an answer that is not JSON, and names errors without a code', () => {
    expect(judge({ query, expected: { data: null } }, undefined)).toMatchObject({
      pass: false,
      reason: 'no JSON answer',
    });
    expect(judge({ query, expected: { data: { a: 1 } } }, { errors: [{ message: 'x' }] })).toMatchObject({
      codes: ['-'],
    });
  });
});

describe('federation audit: the report', () => {
  const run: AuditRun = {
    command: 'pnpm bench:audit --audit /x',
    started: '2026-12-07T04:00:00.000Z',
    finished: '2026-12-07T04:10:00.000Z',
    node: 'v20.20.2',
    audit: { version: '0.0.3' },
    gateways: [
      { name: 'apollo', label: 'Apollo', settings: 'defaults' },
      { name: 'ours', label: 'Ours', settings: 'checks off' },
    ],
    suites: [
      {
        suite: 's1',
        tests: 3,
        passed: { apollo: 2, ours: 1 },
        failures: {
          apollo: [{ id: 's1_2', reason: 'data', codes: [] }],
          ours: [
            { id: 's1_0', reason: 'data', codes: ['INTERNAL_SERVER_ERROR'] },
            { id: 's1_2', reason: 'data', codes: [] },
          ],
        },
        passedWithErrors: { apollo: [], ours: [] },
      },
      {
        suite: 's2',
        tests: 1,
        passed: { apollo: 0, ours: 1 },
        failures: { apollo: [{ id: 's2_0', reason: 'data', codes: [] }], ours: [] },
        passedWithErrors: { apollo: [], ours: [{ id: 's2_0', codes: ['X'] }] },
      },
    ],
  };

  it('lists the tests one gateway loses against the other', () => {
    expect(lostAgainst(run, 'ours', 'apollo')).toEqual(['s1_0']);
    expect(lostAgainst(run, 'apollo', 'ours')).toEqual(['s2_0']);
  });

  it('totals passes per gateway and names every failing id', () => {
    const report = renderReport(run);
    expect(report).toContain('| Apollo (`apollo`) | 2 | 4 | 0 | 2 |');
    expect(report).toContain('| Ours (`ours`) | 2 | 4 | 1 | 2 |');
    expect(report).toContain('| s1 | 3 | **2** | **1** |');
    expect(report).toContain('- `ours`: `s1_0` (data, INTERNAL_SERVER_ERROR), `s1_2` (data)');
    expect(report).toContain(
      '- `ours` against Apollo: fails 1 test(s) Apollo passes (s1_0); passes 1 Apollo fails (s2_0).',
    );
  });
});
