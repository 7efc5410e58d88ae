import type { Timetable } from './model.ts';
import { serviceDaysAround } from './service-days.ts';

export interface ScheduledDeparture {
  /** The stop time the trip leaves from. */
  stopTime: number;
  trip: number;
  stop: number;
  serviceDate: string;
  scheduledMs: number;
}

/** Delay in seconds of a trip at a stop time, from the realtime feed; null when it says nothing. */
export type DelayLookup = (tripId: string, serviceDate: string, stopSequence: number) => number | null;

/**
 * The next departures at a stop (a station: at its stops), in the order they
 * leave (realtime included), counting trips that still run late from before `fromMs`.
 */
export function nextDepartures(
  tt: Timetable,
  stop: number,
  fromMs: number,
  limit: number,
  delayOf: DelayLookup,
): Array<ScheduledDeparture & { delaySeconds: number | null }> {
  const children = tt.children[stop] ?? [];
  const stops = children.length > 0 ? children : [stop];
  const found: Array<ScheduledDeparture & { delaySeconds: number | null; expectedMs: number }> = [];
  // Up to an hour of delay: a trip scheduled that long ago may still be on its way.
  const lookBackMs = 3_600_000;
  for (const day of serviceDaysAround(fromMs, tt.timezone, 1, 1)) {
    const active = tt.calendar.activeOn(day);
    for (const s of stops) {
      const perDay: typeof found = [];
      for (let k = tt.departureStart[s] ?? 0; k < (tt.departureStart[s + 1] ?? 0); k++) {
        const i = tt.departureList[k] ?? 0;
        const scheduledMs = day.baseMs + (tt.stDeparture[i] ?? 0) * 1000;
        if (scheduledMs < fromMs - lookBackMs) continue;
        const trip = tt.stTrip[i] ?? 0;
        const info = tt.trips[trip];
        if (!info || !active[info.service] || tt.stPickup[i] === 1) continue;
        const delaySeconds = delayOf(info.id, day.isoDate, tt.stSequence[i] ?? 0);
        const expectedMs = scheduledMs + (delaySeconds ?? 0) * 1000;
        if (expectedMs < fromMs) continue;
        perDay.push({
          stopTime: i,
          trip,
          stop: s,
          serviceDate: day.isoDate,
          scheduledMs,
          delaySeconds,
          expectedMs,
        });
        if (perDay.length >= limit + 10) break;
      }
      found.push(...perDay);
    }
  }
  return found.sort((a, b) => a.expectedMs - b.expectedMs || a.scheduledMs - b.scheduledMs).slice(0, limit);
}
