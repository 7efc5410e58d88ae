/**
 * How the federation gateway audit decides one test case, restated (bench/audit/run.ts):
 * the answer's `data` (absent: null) must deep-equal the expected `data` (absent: null;
 * object keys in any order, lists in order); when the case says `errors: true` or `false`,
 * the answer must (or must not) carry a non-empty `errors` list; without `errors` in the case
 * the answer's errors are not looked at. The HTTP status is not looked at either: a 400 with a
 * JSON body is judged by its body, like any other answer.
 */
import { isDeepStrictEqual } from 'node:util';

export interface AuditCase {
  query: string;
  expected: { data?: unknown; errors?: boolean };
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

export type Verdict =
  | {
      pass: true;
      /** The answer's error codes: a pass with errors is one where the case expects errors and no data. */
      codes: string[];
    }
  | {
      pass: false;
      /** What differed: `data`, `errors` / `no errors (expected some)`, both, or `no JSON answer`. */
      reason: string;
      /** The answer's error codes (extensions.code), distinct, in order of appearance. */
      codes: string[];
      /** The first error's message, shortened. */
      message?: string;
      /** The answer as received, shortened (to read why). */
      received?: string;
    };

/** The distinct `extensions.code` values of an answer's errors (`-` for an error without one). */
export function errorCodes(answer: GraphQLAnswer | undefined): string[] {
  const codes = (answer?.errors ?? []).map((error) =>
    typeof error?.extensions?.code === 'string' ? error.extensions.code : '-',
  );
  return [...new Set(codes)];
}

/** The audit's verdict on one answer (undefined: the gateway sent no JSON). */
export function judge(testCase: AuditCase, answer: GraphQLAnswer | undefined): Verdict {
  const codes = errorCodes(answer);
  const message = answer?.errors?.[0]?.message?.slice(0, 200);
  const received = answer === undefined ? undefined : JSON.stringify(answer).slice(0, 400);
  const failed = (reason: string): Verdict => ({
    pass: false,
    reason,
    codes,
    ...(message === undefined ? {} : { message }),
    ...(received === undefined ? {} : { received }),
  });
  if (answer === undefined || typeof answer !== 'object' || answer === null) return failed('no JSON answer');
  const reasons: string[] = [];
  const expectedErrors = testCase.expected.errors;
  if (typeof expectedErrors === 'boolean') {
    const hasErrors = Array.isArray(answer.errors) && answer.errors.length > 0;
    if (hasErrors !== expectedErrors) reasons.push(expectedErrors ? 'no errors (expected some)' : 'errors');
  }
  if (!isDeepStrictEqual(answer.data ?? null, testCase.expected.data ?? null)) reasons.push('data');
  if (reasons.length > 0) return failed(reasons.join(' and '));
  return { pass: true, codes };
}
