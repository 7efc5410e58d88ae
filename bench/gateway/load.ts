/**
 * One load phase against a gateway: autocannon with a fixed number of
 * connections sending the nested query (or, in the mixed mode, a list of
 * bodies round robin over all connections) for a while, every answer compared
 * with the gateway's own checked answer to that body, and the gateway's peak
 * RSS and CPU time read from /proc meanwhile.
 */
import autocannon from 'autocannon';
import { cpuSeconds, processTree, rssBytes } from '../subscriptions/shared.ts';

export interface LoadFigures {
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, or whose body differed from the checked answer, and socket errors. */
  failures: number;
  /** What the first failure was (status and the start of the body, or the socket error), for the log. */
  firstFailure?: string;
  /** Requests without an answer within TIMEOUT_SECONDS (overload, not a wrong answer). */
  timeouts: number;
  peakRssMiB: number;
  /** Gateway CPU time over the phase, in % of one core. */
  cpuPercent: number;
}

/** As long as k6's default (the public benchmark's load tool): a slow answer is measured, not dropped. */
const TIMEOUT_SECONDS = 60;

/**
 * The answer equals the expected one, byte for byte, except where autocannon itself broke it:
 * it decodes each TCP chunk of a body to text on its own (`body += chunk`), so a UTF-8 character
 * whose bytes arrive in two chunks comes out as replacement characters (U+FFFD) on our side,
 * whatever the gateway sent (seen: "ä" at the 64 KiB boundary of the mixed mode's answers). Such a
 * place counts as equal when the expected answer has one non-ASCII character there; everything
 * else must match exactly.
 */
export function sameAnswer(got: string, expected: string): boolean {
  if (got === expected) return true;
  let i = 0;
  let j = 0;
  while (i < got.length && j < expected.length) {
    if (got[i] === expected[j]) {
      i++;
      j++;
    } else if (got[i] === '\uFFFD' && (expected.codePointAt(j) ?? 0) > 0x7f) {
      while (got[i] === '\uFFFD') i++;
      j += (expected.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    } else return false;
  }
  return i === got.length && j === expected.length;
}

/** Where an answer first differs from the expected one: both around that place. */
function whereDifferent(got: string, expected: string): string {
  let at = 0;
  while (at < got.length && got[at] === expected[at]) at++;
  const from = Math.max(0, at - 60);
  return `at ${at} of ${got.length} (expected ${expected.length}): got …${got.slice(from, at + 120)}… expected …${expected.slice(from, at + 120)}…`;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);

export async function load(
  url: string,
  options: {
    pid: number;
    seconds: number;
    connections: number;
    /** The bodies to send, each with the answer it must get; one body: every request sends it. */
    requests: Array<{ body: string; expected: string }>;
  },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failures = 0;
  const { requests } = options;
  const single = requests.length === 1 ? requests[0] : undefined;
  // Mixed: the next body for whichever connection sends next; its index rides in the connection's context.
  let next = 0;
  let mismatches = 0;
  let firstFailure: string | undefined;
  const note = (what: string) => {
    firstFailure ??= what.slice(0, 600);
  };
  const mixed: Partial<autocannon.Options> = single
    ? {
        body: single.body,
        verifyBody: (body) => {
          const right = sameAnswer(String(body), single.expected);
          if (!right) note(`wrong answer: ${whereDifferent(String(body), single.expected)}`);
          return right;
        },
      }
    : {
        requests: [
          {
            setupRequest: (request, context) => {
              const index = next++ % requests.length;
              (context as { index?: number }).index = index;
              return { ...request, body: requests[index]?.body as string };
            },
            onResponse: (status, body, context) => {
              const index = (context as { index: number }).index;
              const expected = requests[index]?.expected ?? '';
              if (status >= 200 && status < 300 && !sameAnswer(String(body), expected)) {
                mismatches++;
                note(`wrong answer to body ${index}: ${whereDifferent(String(body), expected)}`);
              }
            },
          },
        ],
      };
  let peakRss = 0;
  const sample = () => {
    peakRss = Math.max(peakRss, rssBytes(processTree(options.pid)));
  };
  const cpuBefore = cpuSeconds(processTree(options.pid));
  const timer = setInterval(sample, 250);
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        connections: options.connections,
        duration: options.seconds,
        timeout: TIMEOUT_SECONDS,
        ...mixed,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('reqError', (error) => note(`request error: ${(error as Error).message}`));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else {
        failures++;
        note(`HTTP ${status}`);
      }
    });
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const cpu = cpuSeconds(processTree(options.pid)) - cpuBefore;
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    requestsPerSecond: (latencies.length - result.mismatches - mismatches) / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: failures + result.mismatches + mismatches + result.errors - result.timeouts,
    ...(firstFailure ? { firstFailure } : {}),
    timeouts: result.timeouts,
    peakRssMiB: peakRss / 2 ** 20,
    cpuPercent: (100 * cpu) / seconds,
  };
}
