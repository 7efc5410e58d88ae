/**
 * The signed-in session: the token from signIn, kept in sessionStorage so a
 * reload keeps it but closing the browser ends it. Expired tokens are dropped.
 */
import { createSignal } from 'solid-js';

export interface Session {
  token: string;
  expiresAt: string;
  displayName: string;
}

const STORAGE_KEY = 'kaarst-portal-session';

function restore(): Session | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return saved && Date.parse(saved.expiresAt) > Date.now() ? saved : null;
  } catch {
    return null;
  }
}

const [session, setSessionSignal] = createSignal<Session | null>(restore());

export { session };

export function signedIn(next: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  setSessionSignal(next);
}

export function signOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  setSessionSignal(null);
}
