/**
 * Summarises V8 CPU profiles (`node --cpu-prof`, written by `pnpm bench:gateway
 * --profile DIR`, one folder per gateway): the share of samples by package
 * (self time) and the top functions by self time.
 *
 * `tsx gateway/profile.ts DIR/kaarst [DIR/apollo ...] [--top 25] [--last 20] [--windows]` (--last:
 * only the samples of the last 20 s, the measured load, leaving start-up and warm-up out;
 * --windows: only the samples inside the spans listed in DIR/windows.json, `[{ name, from, to }]`
 * in µs of the monotonic clock V8's profiles use, as bench/participation writes it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A span of the monotonic clock (µs), as the profile's own timestamps count. */
export interface ProfileWindow {
  name: string;
  from: number;
  to: number;
}

/**
 * Samples per node, of the whole profile, of its last `seconds` only (the load, not the
 * start-up), or of the samples inside `windows`.
 */
function hitsOf(profile: Profile, seconds?: number, windows?: ProfileWindow[]): Map<number, number> {
  const hits = new Map<number, number>();
  const times: number[] = [];
  let t = windows ? profile.startTime : 0;
  for (const delta of profile.timeDeltas) {
    t += delta;
    times.push(t);
  }
  const last = times[times.length - 1] ?? 0;
  const from = seconds === undefined ? -Infinity : last - seconds * 1e6;
  profile.samples.forEach((id, i) => {
    const at = times[i] as number;
    const inside = windows ? windows.some((w) => at >= w.from && at <= w.to) : at >= from;
    if (inside) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  return hits;
}

/** Which package (or node internals, GC, idle) a function belongs to. */
function owner(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node: ').replace(/\/.*$/, '');
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1] as string;
  const workspace = /\/work\/main\/([^/]+(?:\/[^/]+)?)\//.exec(url) ?? /\/([^/]+\/src)\//.exec(url);
  return workspace ? `ours: ${workspace[1]}` : url;
}

export function summarizeProfiles(
  dir: string,
  top = 25,
  seconds?: number,
  windows?: ProfileWindow[],
): string {
  const self = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const counted = hitsOf(profile, seconds, windows);
    for (const node of profile.nodes) {
      const hits = counted.get(node.id) ?? 0;
      // Idle time (waiting for I/O, startup) is left out: shares are of the busy samples.
      if (!hits || node.callFrame.functionName === '(idle)') continue;
      total += hits;
      const { functionName, url, lineNumber } = node.callFrame;
      const who = owner(url, functionName);
      const key = `${functionName || '(anonymous)'} ${who}${url ? `:${lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + hits);
      byOwner.set(who, (byOwner.get(who) ?? 0) + hits);
    }
  }
  const share = (hits: number) => `${((100 * hits) / total).toFixed(1)} %`;
  const sorted = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `${dir}: ${total} busy samples${seconds === undefined ? '' : ` in the last ${seconds} s`}${
      windows
        ? ` inside ${windows.map((w) => `${w.name} (${((w.to - w.from) / 1e6).toFixed(1)} s)`).join(', ')}`
        : ''
    }`,
    '',
    '| self time by package | share |',
    '|---|---:|',
    ...sorted(byOwner, 15).map(([who, hits]) => `| ${who} | ${share(hits)} |`),
    '',
    '| top functions by self time | share |',
    '|---|---:|',
    ...sorted(self, top).map(([key, hits]) => `| \`${key}\` | ${share(hits)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const dirs = process.argv
    .slice(2)
    .filter((arg, k, all) => !/^--/.test(arg) && !/^--/.test(all[k - 1] ?? ''));
  const windowsOf = (dir: string) => {
    const file = path.join(dir, 'windows.json');
    if (!process.argv.includes('--windows')) return undefined;
    if (!existsSync(file)) throw new Error(`--windows: no ${file}`);
    return JSON.parse(readFileSync(file, 'utf8')) as ProfileWindow[];
  };
  for (const dir of dirs)
    console.log(`${summarizeProfiles(dir, flag('top') ?? 25, flag('last'), windowsOf(dir))}\n`);
}
