/**
 * What a partner's device needs to check a Kaarst Pass without network: the pass key (a public
 * JWK) and the two revocation lists. Fetched from the graph whenever the device is online and
 * kept in localStorage with the time it came, so the counter keeps checking when the network
 * is gone, and says how old its lists are (a pass suspended since then still looks valid).
 */
import type { JWK } from '@kaarst/pass-verify';

export interface VerificationData {
  key: JWK;
  revokedNumbers: string[];
  revokedDevices: string[];
  /** When it came from the graph (ISO 8601). */
  fetchedAt: string;
}

const STORAGE_KEY = 'kaarst-staff-pass-verification';

/** localStorage's two methods used here (named so the module also type-checks without the DOM). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
const browserStorage = (): KeyValueStore =>
  (globalThis as unknown as { localStorage: KeyValueStore }).localStorage;
/** Lists older than this are flagged: suspensions since then are not in them. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

function isVerificationData(value: unknown): value is VerificationData {
  const data = value as Partial<VerificationData> | null;
  return (
    !!data &&
    typeof data.key === 'object' &&
    data.key !== null &&
    Array.isArray(data.revokedNumbers) &&
    Array.isArray(data.revokedDevices) &&
    typeof data.fetchedAt === 'string' &&
    !Number.isNaN(Date.parse(data.fetchedAt))
  );
}

export function loadVerificationData(
  storage: Pick<KeyValueStore, 'getItem'> = browserStorage(),
): VerificationData | null {
  try {
    const stored: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    return isVerificationData(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeVerificationData(
  data: VerificationData,
  storage: Pick<KeyValueStore, 'setItem'> = browserStorage(),
): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    // Storage full or blocked: this visit still checks with the fresh lists, only not offline later.
  }
}

/** "vor 5 Minuten", "vor 3 Stunden", "vor 2 Tagen": how old the lists are. */
export function ageText(fetchedAt: string, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(fetchedAt)) / 60_000));
  if (minutes < 1) return 'gerade eben';
  if (minutes < 120) return `vor ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `vor ${hours} Stunden`;
  return `vor ${Math.floor(hours / 24)} Tagen`;
}

export const isStale = (data: VerificationData, now = new Date()): boolean =>
  now.getTime() - Date.parse(data.fetchedAt) > STALE_AFTER_MS;
