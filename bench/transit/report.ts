import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.resolve(here, '../RESULTS.md');
const BEGIN = '<!-- bench:transit:begin -->';
const END = '<!-- bench:transit:end -->';

interface Results {
  at: string;
  machine: { cpu?: string; cores: number; node: string; loadavg: number[] };
  database: string;
  feed: { stops: number; trips: number; stopTimes: number; zipMb: number };
  import: { ms: number; maxRssMb: number; heapLimitMb: number | null };
  timetable: { loadMs: number; heapMb: number; patterns?: number; connections?: number; footpaths: number };
  queries: Record<
    string,
    { count: number; median: number; p99: number; max: number; found: number; meanTransfers: number }
  >;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/**
 * Rewrites the generated part of the transit section in bench/RESULTS.md, and
 * last-run.json beside this file; the run before (the last-run.json found)
 * stands beside the new figures.
 */
export function writeResults(results: Results) {
  const lastRun = path.join(here, 'last-run.json');
  const previous: Results | null = existsSync(lastRun) ? JSON.parse(readFileSync(lastRun, 'utf8')) : null;
  writeFileSync(lastRun, `${JSON.stringify(results, null, 2)}\n`);
  const before = (name: string, pick: (q: Results['queries'][string]) => number) => {
    const q = previous?.queries[name];
    return q ? ms(pick(q)) : '–';
  };
  const rows = Object.entries(results.queries).map(
    ([name, q]) =>
      `| ${name} | ${q.count} | ${before(name, (p) => p.median)} | **${ms(q.median)}** | ${before(name, (p) => p.p99)} | **${ms(q.p99)}** | ${ms(q.max)} | ${q.found} | ${q.meanTransfers.toFixed(2)} |`,
  );
  const structure = results.timetable.patterns
    ? `| patterns / footpaths | ${results.timetable.patterns.toLocaleString('en')} / ${results.timetable.footpaths.toLocaleString('en')} |`
    : `| connections / footpaths | ${(results.timetable.connections ?? 0).toLocaleString('en')} / ${results.timetable.footpaths.toLocaleString('en')} |`;
  const generated = [
    BEGIN,
    `Last run ${results.at.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.cpu} (${results.machine.cores} cores, load ${results.machine.loadavg.map((n) => n.toFixed(1)).join(' / ')}), Node ${results.machine.node}, ${results.database}.`,
    previous
      ? `Previous run (beside it, "before"): ${previous.at.slice(0, 16).replace('T', ' ')} UTC, load ${previous.machine.loadavg.map((n) => n.toFixed(1)).join(' / ')}.`
      : '',
    '',
    `Feed: ${results.feed.stops.toLocaleString('en')} stops, ${results.feed.trips.toLocaleString('en')} trips, ${results.feed.stopTimes.toLocaleString('en')} stop_times (zip ${results.feed.zipMb.toFixed(1)} MB).`,
    '',
    '| step | figure |',
    '|---|---|',
    `| import (check + store, own process) | ${(results.import.ms / 1000).toFixed(1)} s |`,
    `| peak RSS of the importing process | ${results.import.maxRssMb.toFixed(0)} MB${results.import.heapLimitMb ? ` (V8 old space capped at ${results.import.heapLimitMb} MB)` : ''} |`,
    `| timetable load from the database | ${(results.timetable.loadMs / 1000).toFixed(1)} s, ${results.timetable.heapMb.toFixed(0)} MB heap |`,
    structure,
    '',
    '| journeys | queries | median ms before | median ms | p99 ms before | p99 ms | max ms | found | mean transfers |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
  const current = readFileSync(RESULTS, 'utf8');
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`bench/RESULTS.md lacks the ${BEGIN} ... ${END} markers`);
  writeFileSync(RESULTS, current.slice(0, start) + generated + current.slice(end + END.length));
}
