const DATE = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});
const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});
const TIME = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});

/** "6. Dezember 2027". */
export const formatDate = (iso: string) => DATE.format(new Date(iso));
/** "6.12.2026, 16:20". */
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));
/** "16:20". */
export const formatTime = (iso: string) => TIME.format(new Date(iso));
/** "12,50 €". */
export const formatEuro = (cents: number) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
