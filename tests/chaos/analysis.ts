/**
 * Judges the chaos test's records against the issue's words: no 5xx; what
 * does not need the dead subgraph always succeeds; what needs it gets partial
 * data and SUBGRAPH_UNAVAILABLE within 1 s while it is down; full answers
 * within 5 s of its restart.
 */
import { type OpKind, type OpRecord, TOUCHES_CITIZENS, type Verdict, verdict } from './load.ts';

/** Date.now() of each step of the chaos. */
export interface Timeline {
  loadStart: number;
  redisKilled: number;
  redisBack: number;
  citizensKilled: number;
  citizensSpawned: number;
  /** The restarted citizens answered its readiness probe. */
  citizensReady: number;
  loadEnd: number;
}

export const PARTIAL_LIMIT_MS = 1000;
export const RECOVERY_LIMIT_MS = 5000;

export interface Analysis {
  counts: Record<OpKind, Record<Verdict, number>>;
  total: number;
  violations: string[];
  /** The slowest answer with SUBGRAPH_UNAVAILABLE (from the kill, for one sent before it). */
  maxPartialMs: number;
  partials: number;
  /** From the restarted subgraph's readiness to the end of the first full answer needing it (<= 0: at once). */
  recoveryMs: number | null;
  bookedCodes: string[];
}

const describeOp = (op: OpRecord, timeline: Timeline) =>
  `${op.kind} at +${op.start - timeline.loadStart} ms (${op.end - op.start} ms, HTTP ${op.status}, ` +
  `codes ${JSON.stringify(op.codes)}${op.failure ? `, ${op.failure}` : ''}): ${JSON.stringify(op.data)?.slice(0, 200)}`;

export function analyse(records: OpRecord[], timeline: Timeline): Analysis {
  const kinds: OpKind[] = ['appointments', 'citizens', 'both', 'book', 'book+citizen'];
  const counts = Object.fromEntries(
    kinds.map((k) => [k, { full: 0, partial: 0, wrong: 0 }]),
  ) as Analysis['counts'];
  const violations: string[] = [];
  let maxPartialMs = 0;
  let partials = 0;
  let firstFullAfterKill: OpRecord | undefined;
  const { citizensKilled, citizensSpawned, citizensReady } = timeline;
  const recoveredBy = citizensReady + RECOVERY_LIMIT_MS;

  for (const op of records) {
    const judged = verdict(op);
    counts[op.kind][judged]++;
    const fail = (why: string) => violations.push(`${why}: ${describeOp(op, timeline)}`);
    if (op.status >= 500) fail('HTTP 5xx');
    if (op.status === 0) fail('no HTTP answer');
    if (judged === 'wrong') {
      fail('wrong answer');
      continue;
    }
    if (!TOUCHES_CITIZENS[op.kind]) {
      if (judged !== 'full') fail('an operation not needing citizens was not answered in full');
      continue;
    }
    if (judged === 'partial') {
      partials++;
      // Timed from the kill for an operation already under way then: what it spent on a dead subgraph.
      const waited = op.end - Math.max(op.start, citizensKilled);
      maxPartialMs = Math.max(maxPartialMs, waited);
      if (waited >= PARTIAL_LIMIT_MS) fail(`partial answer took ${PARTIAL_LIMIT_MS} ms or more`);
      if (op.end < citizensKilled) fail('partial answer before citizens was killed');
      if (op.start >= recoveredBy) fail(`partial answer more than ${RECOVERY_LIMIT_MS} ms after the restart`);
    } else {
      // A full answer while no citizens process existed would mean the kill did not happen.
      if (op.start >= citizensKilled && op.end <= citizensSpawned)
        fail('full answer while citizens was dead');
      if (op.start >= citizensKilled && (!firstFullAfterKill || op.end < firstFullAfterKill.end))
        firstFullAfterKill = op;
    }
  }
  const recoveryMs = firstFullAfterKill ? firstFullAfterKill.end - citizensReady : null;
  if (recoveryMs === null) violations.push('no full answer needing citizens after its restart');
  else if (recoveryMs > RECOVERY_LIMIT_MS)
    violations.push(
      `full answers resumed ${recoveryMs} ms after the restart (limit ${RECOVERY_LIMIT_MS} ms)`,
    );
  if (!records.some((op) => TOUCHES_CITIZENS[op.kind] && op.start >= recoveredBy))
    violations.push(`no operation needing citizens ran ${RECOVERY_LIMIT_MS} ms after its restart`);

  return {
    counts,
    total: records.length,
    violations,
    maxPartialMs,
    partials,
    recoveryMs,
    bookedCodes: records.flatMap((op) => (op.bookedCode ? [op.bookedCode] : [])),
  };
}

/** Per kind: median, 95th percentile and slowest duration in ms, for the CI log. */
export function latencyLine(records: OpRecord[]): string {
  const byKind = new Map<OpKind, number[]>();
  for (const op of records) byKind.set(op.kind, [...(byKind.get(op.kind) ?? []), op.end - op.start]);
  return [...byKind]
    .map(([kind, durations]) => {
      const sorted = durations.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return `${kind} ${at(0.5)}/${at(0.95)}/${sorted.at(-1)}`;
    })
    .join(', ');
}

/** One line per kind for the CI log: full/partial/wrong. */
export function countsLine(analysis: Analysis): string {
  return Object.entries(analysis.counts)
    .map(([kind, c]) => `${kind} ${c.full}/${c.partial}/${c.wrong}`)
    .join(', ');
}
