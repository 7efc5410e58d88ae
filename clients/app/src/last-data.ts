/**
 * The last data shown, kept for offline: each page's answer is stored with the time it
 * came from the graph (localStorage, this device only), and shown again with its age
 * ("Stand: …") when the network is gone. Only public data is kept here; the pass's
 * certificate lives in IndexedDB (device-pass.ts).
 */
const PREFIX = 'kaarst-app-data:';

export interface Stored<T> {
  data: T;
  /** When it came from the graph (ISO 8601). */
  at: string;
}

export function remember<T>(key: string, data: T, at = new Date()): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ data, at: at.toISOString() }));
  } catch {
    // Storage full or blocked: the page still shows the fresh data, only not offline.
  }
}

export function recall<T>(key: string): Stored<T> | null {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as Stored<T> | null;
  } catch {
    return null;
  }
}

const TIME = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});

/** "Stand: 6.12.2026, 16:20 (vor 5 Minuten)". */
export function standText(at: string, now = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 60_000));
  const age =
    minutes < 1
      ? 'gerade eben'
      : minutes < 60
        ? `vor ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`
        : minutes < 48 * 60
          ? `vor ${Math.round(minutes / 60)} ${Math.round(minutes / 60) === 1 ? 'Stunde' : 'Stunden'}`
          : `vor ${Math.round(minutes / 1440)} Tagen`;
  return `Stand: ${TIME.format(new Date(at))} (${age})`;
}
