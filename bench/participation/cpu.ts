/** CPU time of processes from /proc (Linux), for the bench's CPU-per-request figures. */

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { round } from '../common.ts';

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * CPU time (ms, user + system) a process has used so far, from /proc (Linux; clock
 * ticks of 10 ms, fine over thousands of requests), or undefined elsewhere.
 */
export function cpuMsOf(pid: number | string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (ms) of every PostgreSQL process of this machine (a local server only; other clients'
 * queries count too, so on a shared machine it is an upper bound), or undefined without /proc.
 */
export function postgresCpuMs(): number | undefined {
  try {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuMsOf(pid) ?? 0;
      } catch {
        // gone meanwhile
      }
    }
    return total;
  } catch {
    return undefined;
  }
}

/** CPU per request of the subgraph's process and of this one (the load), for the progress line. */
export const cpuNote = (figures: {
  subgraphCpuMsPerRequest?: number;
  loadCpuMsPerRequest: number;
  postgresCpuMsPerRequest?: number;
}) => {
  const ms = (x: number | undefined) => (x === undefined ? '?' : `${round(x, 3)} ms`);
  return `; CPU per request: subgraph ${ms(figures.subgraphCpuMsPerRequest)}, load ${ms(figures.loadCpuMsPerRequest)}, PostgreSQL (all its processes) ${ms(figures.postgresCpuMsPerRequest)}`;
};
