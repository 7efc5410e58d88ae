/**
 * A lower bound on the time from every stop to the destination, for pruning
 * the search (as in goal-directed RAPTOR, e.g. "Tempo" or OpenTripPlanner's
 * heuristic pass): Dijkstra backwards from the destination over a graph whose
 * edges are each pattern's stop-to-stop hops at the fastest any of its trips
 * takes them, and the footpaths. No waiting, no change time: no journey can
 * be faster, so a label that cannot reach the target in time with this bound
 * cannot reach it at all. Stops that cannot reach the destination get NEVER.
 */
import type { Timetable } from './model.ts';

const NEVER = 0x7fffffff;

/** Edges into each stop (from, seconds), CSR layout. */
interface ReverseGraph {
  start: Int32Array;
  from: Int32Array;
  seconds: Int32Array;
}

const graphs = new WeakMap<Timetable, ReverseGraph>();

function reverseGraph(tt: Timetable): ReverseGraph {
  const cached = graphs.get(tt);
  if (cached) return cached;
  const stopCount = tt.stops.length;
  // Fastest hop per (from, to) pair: several patterns share a street.
  const fastest = new Map<number, number>();
  const add = (from: number, to: number, seconds: number) => {
    const key = to * stopCount + from;
    const known = fastest.get(key);
    if (known === undefined || seconds < known) fastest.set(key, seconds);
  };
  const patternCount = tt.patternTripStart.length - 1;
  for (let p = 0; p < patternCount; p++) {
    const stopsAt = tt.patternStopStart[p] ?? 0;
    const length = (tt.patternStopStart[p + 1] ?? 0) - stopsAt;
    for (let i = 0; i + 1 < length; i++) {
      let best = NEVER;
      for (let r = tt.patternTripStart[p] ?? 0; r < (tt.patternTripStart[p + 1] ?? 0); r++) {
        const st = (tt.tripFirst[tt.patternTrips[r] ?? 0] ?? 0) + i;
        best = Math.min(best, Math.max(0, (tt.stArrival[st + 1] ?? 0) - (tt.stDeparture[st] ?? 0)));
      }
      add(tt.patternStops[stopsAt + i] ?? 0, tt.patternStops[stopsAt + i + 1] ?? 0, best);
    }
  }
  for (let s = 0; s < stopCount; s++)
    for (let f = tt.footpathStart[s] ?? 0; f < (tt.footpathStart[s + 1] ?? 0); f++)
      add(s, tt.footpathTo[f] ?? 0, tt.footpathSeconds[f] ?? 0);
  const keys = [...fastest.keys()].sort((a, b) => a - b);
  const start = new Int32Array(stopCount + 1);
  const from = new Int32Array(keys.length);
  const seconds = new Int32Array(keys.length);
  keys.forEach((key, e) => {
    const to = Math.floor(key / stopCount);
    start[to + 1] = (start[to + 1] ?? 0) + 1;
    from[e] = key % stopCount;
    seconds[e] = fastest.get(key) ?? 0;
  });
  for (let s = 0; s < stopCount; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
  const graph = { start, from, seconds };
  graphs.set(tt, graph);
  return graph;
}

/** Seconds from each stop to the nearest of `targets` at the least; NEVER where none can be reached. */
export function secondsToTargets(tt: Timetable, targets: number[]): Int32Array {
  const graph = reverseGraph(tt);
  const bound = new Int32Array(tt.stops.length).fill(NEVER);
  const heap = new MinHeap(graph.from.length + targets.length);
  for (const t of targets) {
    bound[t] = 0;
    heap.push(0, t);
  }
  while (heap.size > 0) {
    const seconds = heap.topKey();
    const stop = heap.pop();
    if (seconds > (bound[stop] ?? NEVER)) continue;
    for (let e = graph.start[stop] ?? 0; e < (graph.start[stop + 1] ?? 0); e++) {
      const from = graph.from[e] ?? 0;
      const via = seconds + (graph.seconds[e] ?? 0);
      if (via < (bound[from] ?? NEVER)) {
        bound[from] = via;
        heap.push(via, from);
      }
    }
  }
  return bound;
}

/** A binary heap of (key, value) in typed arrays; stale entries are skipped by the caller. */
class MinHeap {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(1, capacity));
    this.values = new Int32Array(Math.max(1, capacity));
  }
  topKey() {
    return this.keys[0] ?? 0;
  }
  push(key: number, value: number) {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] ?? 0) <= key) break;
      this.keys[i] = this.keys[parent] ?? 0;
      this.values[i] = this.values[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }
  pop(): number {
    const top = this.values[0] ?? 0;
    const last = --this.size;
    const key = this.keys[last] ?? 0;
    const value = this.values[last] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && (this.keys[child + 1] ?? 0) < (this.keys[child] ?? 0)) child++;
      if ((this.keys[child] ?? 0) >= key) break;
      this.keys[i] = this.keys[child] ?? 0;
      this.values[i] = this.values[child] ?? 0;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }
}
