/**
 * Calendar arithmetic in Europe/Berlin on epoch milliseconds. Days, months and
 * time-of-use windows are local; quarters and hours are the same in UTC and in
 * Berlin (the offset is a whole number of hours). The EU rule is computed
 * directly rather than through Intl: ingest calls this for every reading, and
 * Intl.DateTimeFormat is two orders of magnitude slower.
 */

export const MINUTE = 60_000;
export const QUARTER = 15 * MINUTE;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Last Sunday of a month (0-based) at 01:00 UTC: when EU summer time starts (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY;
}

const transitions = new Map<number, [number, number]>();
function summerTime(year: number): [number, number] {
  let pair = transitions.get(year);
  if (!pair) {
    pair = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)];
    transitions.set(year, pair);
  }
  return pair;
}

/** The UTC year last asked about and its summer time: a series asks about one year for thousands of instants. */
let cachedYear = { from: 0, to: 0, start: 0, end: 0 };

/** Berlin's offset from UTC at an instant: one hour, two in summer time. */
export function berlinOffset(ms: number): number {
  let year = cachedYear;
  if (!(ms >= year.from && ms < year.to)) {
    const utcYear = new Date(ms).getUTCFullYear();
    const [start, end] = summerTime(utcYear);
    year = { from: Date.UTC(utcYear, 0, 1), to: Date.UTC(utcYear + 1, 0, 1), start, end };
    cachedYear = year;
  }
  return ms >= year.start && ms < year.end ? 2 * HOUR : HOUR;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) and minute of the local day in Berlin, without a Date. */
export function berlinWeekMinute(ms: number): { weekday: number; minuteOfDay: number } {
  const local = ms + berlinOffset(ms);
  const day = Math.floor(local / DAY);
  // 1 January 1970 was a Thursday (4).
  return { weekday: ((((day + 3) % 7) + 7) % 7) + 1, minuteOfDay: Math.floor((local - day * DAY) / MINUTE) };
}

/** Local wall-clock parts of an instant in Berlin. */
export function berlinParts(ms: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minuteOfDay: number;
} {
  const local = new Date(ms + berlinOffset(ms));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    // 1 = Monday ... 7 = Sunday (ISO), as tariffs write their windows.
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The instant of a Berlin wall-clock midnight (never inside a DST switch, which happens at 02:00/03:00). */
export function berlinMidnight(year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month, day);
  const guess = wall - berlinOffset(wall - HOUR);
  return wall - berlinOffset(guess);
}

export function startOfBerlinDay(ms: number): number {
  const { year, month, day } = berlinParts(ms);
  return berlinMidnight(year, month, day);
}

export function startOfBerlinMonth(ms: number): number {
  const { year, month } = berlinParts(ms);
  return berlinMidnight(year, month, 1);
}

/** The same local date and time `days` later (a local day is 23 or 25 hours at the switches). */
export function addBerlinDays(midnight: number, days: number): number {
  const { year, month, day } = berlinParts(midnight);
  return berlinMidnight(year, month, day + days);
}

export function addBerlinMonths(midnight: number, months: number): number {
  const { year, month } = berlinParts(midnight);
  return berlinMidnight(year, month + months, 1);
}

/** The resolutions rollups are kept in. */
export type Resolution = 'QUARTER' | 'HOUR' | 'DAY' | 'MONTH';
export const RESOLUTIONS: readonly Resolution[] = ['QUARTER', 'HOUR', 'DAY', 'MONTH'];

export function bucketStart(resolution: Resolution, ms: number): number {
  switch (resolution) {
    case 'QUARTER':
      return ms - (((ms % QUARTER) + QUARTER) % QUARTER);
    case 'HOUR':
      return ms - (((ms % HOUR) + HOUR) % HOUR);
    case 'DAY':
      return startOfBerlinDay(ms);
    case 'MONTH':
      return startOfBerlinMonth(ms);
  }
}

export function nextBucket(resolution: Resolution, start: number): number {
  switch (resolution) {
    case 'QUARTER':
      return start + QUARTER;
    case 'HOUR':
      return start + HOUR;
    case 'DAY':
      return addBerlinDays(start, 1);
    case 'MONTH':
      return addBerlinMonths(start, 1);
  }
}
