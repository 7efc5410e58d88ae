/**
 * The waiting-time estimate, from live handling times (pure functions).
 *
 * 1. What a service takes now: the median of its last HANDLING_SAMPLES handled
 *    tickets at the location (a visit with several services is shared out in
 *    proportion to their catalogue durations), within HANDLING_WINDOW_DAYS; with
 *    fewer than MIN_SAMPLES, the catalogue's duration. A median, not a mean: one
 *    complicated case does not move everyone's estimate.
 * 2. Who is called when: the open counters are simulated forward from now.
 *    Each counter is free now, or when its current ticket is expected to be
 *    done; the earliest free counter takes the first ticket in queue order
 *    that may be called by then (a checked-in appointment not before its
 *    eligible time), and is busy for that ticket's expected minutes. The
 *    moment a ticket is taken is its estimated call; the tickets taken before
 *    it are "ahead". Appointments booked for later today that have not yet
 *    arrived take part as if they come on time, so walk-ins are not promised
 *    the gaps they will fill.
 * With no counter open there is no estimate (null), only the order.
 */

export const HANDLING_SAMPLES = 20;
export const MIN_SAMPLES = 3;
export const HANDLING_WINDOW_DAYS = 30;
/** A ticket at a counter for longer than expected is still assumed to need this long. */
export const OVERRUN_MS = 60_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface ServiceHandling {
  serviceId: string;
  minutes: number;
  /** Samples the median was taken over; 0 when the catalogue's duration is used. */
  samples: number;
}

/** Expected minutes per service: recent samples (seconds, newest first) or the catalogue. */
export function handlingTimes(
  catalogue: ReadonlyArray<{ id: string; durationMinutes: number }>,
  samplesSeconds: ReadonlyMap<string, readonly number[]>,
): Map<string, ServiceHandling> {
  const result = new Map<string, ServiceHandling>();
  for (const service of catalogue) {
    const recent = (samplesSeconds.get(service.id) ?? []).slice(0, HANDLING_SAMPLES);
    const middle = recent.length >= MIN_SAMPLES ? median(recent) : null;
    result.set(
      service.id,
      middle === null
        ? { serviceId: service.id, minutes: service.durationMinutes, samples: 0 }
        : { serviceId: service.id, minutes: middle / 60, samples: recent.length },
    );
  }
  return result;
}

/** Shares a visit's handling time out among its services, by their catalogue durations. */
export function shareHandling(totalSeconds: number, durations: readonly number[]): number[] {
  const sum = durations.reduce((a, b) => a + b, 0);
  if (durations.length === 0) return [];
  return durations.map((d) =>
    Math.round(sum > 0 ? (totalSeconds * d) / sum : totalSeconds / durations.length),
  );
}

/** A ticket (or an appointment expected later today) to be placed in the simulation. */
export interface Waiting {
  id: string;
  priority: number;
  /** ms since epoch: place in line among equal priorities. */
  queuedAt: number;
  /** ms: not called before. */
  eligibleAt: number;
  /** Tie-break after queuedAt (the day's running number). */
  number: number;
  /** Expected handling, ms. */
  expectedMs: number;
}

/** Queue order: priority, then place in line, then number. The call-next SQL orders the same way. */
export const byQueueOrder = (a: Waiting, b: Waiting) =>
  a.priority - b.priority || a.queuedAt - b.queuedAt || a.number - b.number;

export interface Placement {
  /** Tickets called before this one. */
  ahead: number;
  /** ms: the estimated call. */
  startsAt: number;
}

/**
 * Places every waiting ticket on the open counters, each free at `freeAt` (ms).
 * With no counter given, one counter stands in, for the order alone.
 */
export function simulate(now: number, waiting: readonly Waiting[], freeAt: readonly number[]) {
  const pending = [...waiting].sort(byQueueOrder);
  const free = freeAt.length > 0 ? freeAt.map((t) => Math.max(t, now)) : [now];
  const placements = new Map<string, Placement>();
  let ahead = 0;
  while (pending.length > 0) {
    let counter = 0;
    for (let i = 1; i < free.length; i++) if ((free[i] as number) < (free[counter] as number)) counter = i;
    const at = free[counter] as number;
    const next = pending.findIndex((w) => w.eligibleAt <= at);
    if (next < 0) {
      // Nobody may be called yet: this counter idles until the next one may.
      free[counter] = Math.min(...pending.map((w) => w.eligibleAt));
      continue;
    }
    const [ticket] = pending.splice(next, 1) as [Waiting];
    placements.set(ticket.id, { ahead: ahead++, startsAt: at });
    free[counter] = at + ticket.expectedMs;
  }
  return placements;
}

/** Whole minutes from now until `startsAt`, rounded up ("about 12 minutes"). */
export const minutesUntil = (now: number, startsAt: number) =>
  Math.max(0, Math.ceil((startsAt - now) / 60_000));
