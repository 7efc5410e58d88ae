/**
 * The workbench's signed-in session: the token from signIn, kept in sessionStorage so a
 * reload keeps it but closing the browser ends it. Expired tokens are dropped.
 */
import { createSignal } from 'solid-js';

export interface Session {
  token: string;
  expiresAt: string;
  displayName: string;
}

const STORAGE_KEY = 'kaarst-staff-session';

function restore(): Session | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return saved && Date.parse(saved.expiresAt) > Date.now() ? saved : null;
  } catch {
    return null;
  }
}

const [session, setSessionSignal] = createSignal<Session | null>(null);
let expiry: ReturnType<typeof setTimeout> | undefined;

export { session };

export function signedIn(next: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  setSessionSignal(next);
  // The gateway refuses an expired token: sign out then, rather than show errors.
  clearTimeout(expiry);
  expiry = setTimeout(signOut, Math.min(Date.parse(next.expiresAt) - Date.now(), 2 ** 31 - 1));
}

export function signOut(): void {
  clearTimeout(expiry);
  sessionStorage.removeItem(STORAGE_KEY);
  setSessionSignal(null);
}

const restored = restore();
if (restored) signedIn(restored);
