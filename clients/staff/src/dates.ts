/** Dates and times as the Bürgerbüro sees them: local time in Kaarst (Europe/Berlin). */
const ZONE = 'Europe/Berlin';

/** Today's local date, YYYY-MM-DD. */
export const localToday = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

export const formatTime = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
