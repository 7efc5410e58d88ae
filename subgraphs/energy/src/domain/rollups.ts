/**
 * Rollups (15 minutes, hour, day, month) kept current on ingest by adding and
 * subtracting: a segment's energy is spread evenly over its time, so a reading
 * that arrives late takes back its segment and adds two smaller ones. Sums are
 * therefore independent of arrival order. The part spread over a gap (a
 * segment longer than a quarter) is counted as estimated, as metering
 * operators mark substitute values.
 */
import type { Segment } from './counters.ts';
import { bucketStart, nextBucket, QUARTER, type Resolution } from './time.ts';

export interface Increment {
  resolution: Resolution;
  start: number;
  importWh: number;
  exportWh: number;
  estimatedWh: number;
}

/** Longer than one quarter between two readings is a gap: its share is an estimate. */
export const GAP_MS = QUARTER;

export class IncrementSum {
  private readonly byKey = new Map<string, Increment>();

  add(resolution: Resolution, start: number, importWh: number, exportWh: number, estimatedWh: number): void {
    const key = `${resolution}|${start}`;
    const current = this.byKey.get(key);
    if (current) {
      current.importWh += importWh;
      current.exportWh += exportWh;
      current.estimatedWh += estimatedWh;
    } else this.byKey.set(key, { resolution, start, importWh, exportWh, estimatedWh });
  }

  /** Spreads a segment's energy over the buckets it covers; `sign` -1 takes it back. */
  addSegment(segment: Segment, resolutions: readonly Resolution[], sign: 1 | -1 = 1): void {
    const span = segment.to - segment.from;
    if (span <= 0) return;
    const gap = span > GAP_MS;
    for (const resolution of resolutions) {
      let start = bucketStart(resolution, segment.from);
      while (start < segment.to) {
        const end = nextBucket(resolution, start);
        const share = (Math.min(end, segment.to) - Math.max(start, segment.from)) / span;
        const importWh = sign * segment.importWh * share;
        this.add(resolution, start, importWh, sign * segment.exportWh * share, gap ? importWh : 0);
        start = end;
      }
    }
  }

  /** A 15-minute load-profile value belongs wholly to its quarter and the hour, day and month around it. */
  addInterval(start: number, importWh: number, exportWh: number, resolutions: readonly Resolution[]): void {
    for (const resolution of resolutions)
      this.add(resolution, bucketStart(resolution, start), importWh, exportWh, 0);
  }

  /** The non-zero increments (a late reading inside one quarter changes nothing there). */
  list(): Increment[] {
    return [...this.byKey.values()].filter(
      (i) => Math.abs(i.importWh) > 1e-9 || Math.abs(i.exportWh) > 1e-9 || Math.abs(i.estimatedWh) > 1e-9,
    );
  }
}
