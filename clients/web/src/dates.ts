/** Times are shown as the town lives them: Europe/Berlin, whatever the device's zone. */
import { locale } from './i18n.ts';

const TOWN_ZONE = 'Europe/Berlin';

/** The town's calendar day of an instant, as YYYY-MM-DD (en-CA formats dates that way). */
export const townDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TOWN_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

/** A day with its weekday and year: "Mittwoch, 9. Dezember 2026" (a booking may be next year). */
export const formatDay = (iso: string) =>
  new Intl.DateTimeFormat(locale(), {
    timeZone: TOWN_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));

/** A day in few characters for narrow choices (a phone's day list): "Do., 10. Dez. 2026". */
export const formatShortDay = (iso: string) =>
  new Intl.DateTimeFormat(locale(), {
    timeZone: TOWN_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));

/** A date with its year (a pass is valid for a year): "25. November 2027". */
export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat(locale(), {
    timeZone: TOWN_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));

export const formatTime = (iso: string) =>
  new Intl.DateTimeFormat(locale(), { timeZone: TOWN_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

export const formatDateTime = (iso: string) => `${formatDay(iso)}, ${formatTime(iso)}`;

/** From now to 14 days later: the window of bookable slots shown. */
export function slotWindow(now = new Date()): { from: string; to: string } {
  const to = new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000);
  return { from: now.toISOString(), to: to.toISOString() };
}

/** An instant as the town's wall clock, YYYY-MM-DDTHH:MM (the value of a datetime-local input). */
export function townWallClock(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TOWN_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a town wall-clock time (YYYY-MM-DDTHH:MM) means, whatever the device's zone. */
export function fromTownWallClock(value: string): string {
  const asUtc = Date.parse(`${value}:00Z`);
  // The zone's offset at that moment, corrected once more across a DST change.
  let instant = asUtc;
  for (let i = 0; i < 2; i++)
    instant = asUtc - (Date.parse(`${townWallClock(new Date(instant))}:00Z`) - instant);
  return new Date(instant).toISOString();
}
