import { DateTime } from 'luxon';

/**
 * A local time in Kaarst on the next given ISO weekday at least `minDaysAhead`
 * days from now, as a UTC ISO string. Tests book in the future, whatever today is.
 */
export function nextLocal(weekday: number, time: string, minDaysAhead = 2): string {
  const [hour, minute] = time.split(':').map(Number);
  let day = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: minDaysAhead });
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  return day.set({ hour, minute }).toUTC().toISO() as string;
}

export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const SUNDAY = 7;
