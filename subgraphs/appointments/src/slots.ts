import { DateTime } from 'luxon';

/** Opening hours are local wall-clock times in the town's zone; instants are UTC. */
export const ZONE = 'Europe/Berlin';
/** Bookings are made of 5-minute units: the database locks each unit of a counter. */
export const UNIT_MINUTES = 5;
/** Slots start on a 15-minute grid of local time. */
export const GRID_MINUTES = 15;

export interface Hours {
  weekday: number;
  opens: string;
  closes: string;
  /** Hours of this local date only (YYYY-MM-DD); else of every such weekday. */
  date?: string | null;
}

const MINUTE = 60_000;

function atLocalTime(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * Every slot start in [from, to) at which a visit of `durationMinutes` fits
 * inside one opening interval, on the local 15-minute grid. Daylight-saving
 * changes are handled by computing each day's times in Europe/Berlin.
 */
export function candidateStarts(hours: Hours[], from: Date, to: Date, durationMinutes: number): Date[] {
  const starts: Date[] = [];
  const last = DateTime.fromJSDate(to, { zone: ZONE });
  for (
    let day = DateTime.fromJSDate(from, { zone: ZONE }).startOf('day');
    day <= last;
    day = day.plus({ days: 1 })
  ) {
    for (const h of hours) {
      if (h.date ? h.date !== day.toISODate() : h.weekday !== day.weekday) continue;
      const closes = atLocalTime(day, h.closes);
      for (
        let t = atLocalTime(day, h.opens);
        t.plus({ minutes: durationMinutes }) <= closes;
        t = t.plus({ minutes: GRID_MINUTES })
      ) {
        const instant = t.toJSDate();
        if (instant >= from && instant < to) starts.push(instant);
      }
    }
  }
  return starts.sort((a, b) => a.getTime() - b.getTime());
}

/** True when a visit starting at `start` is a slot of these opening hours. */
export function isSlotStart(hours: Hours[], start: Date, durationMinutes: number): boolean {
  const found = candidateStarts(hours, start, new Date(start.getTime() + 1), durationMinutes);
  return found.length === 1 && found[0]?.getTime() === start.getTime();
}

/** The 5-minute units a visit holds. */
export function unitStarts(start: Date, durationMinutes: number): Date[] {
  const count = Math.ceil(durationMinutes / UNIT_MINUTES);
  return Array.from({ length: count }, (_, i) => new Date(start.getTime() + i * UNIT_MINUTES * MINUTE));
}

export const unitKey = (counter: number, start: Date) => `${counter}|${start.getTime()}`;

/** Counters (1..n) whose units are all free, in order; empty when the slot is taken. */
export function freeCounters(occupied: ReadonlySet<string>, counters: number, units: Date[]): number[] {
  const free: number[] = [];
  for (let counter = 1; counter <= counters; counter++) {
    if (units.every((u) => !occupied.has(unitKey(counter, u)))) free.push(counter);
  }
  return free;
}

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE);
