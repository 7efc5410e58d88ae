/**
 * A client's signed-in session: the token from signIn, kept in sessionStorage under the
 * client's own key (the portal and the workbench sign in apart), so a reload keeps it but
 * closing the browser ends it. Expired tokens are dropped.
 */
import { type Accessor, createSignal } from 'solid-js';

export interface Session {
  token: string;
  expiresAt: string;
  displayName: string;
}

export interface SessionStore {
  session: Accessor<Session | null>;
  signedIn(next: Session): void;
  signOut(): void;
}

export function createSessionStore(storageKey: string): SessionStore {
  const [session, setSession] = createSignal<Session | null>(null);
  let expiry: ReturnType<typeof setTimeout> | undefined;

  function signOut(): void {
    clearTimeout(expiry);
    sessionStorage.removeItem(storageKey);
    setSession(null);
  }

  function signedIn(next: Session): void {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    setSession(next);
    // The gateway refuses an expired token: sign out then, rather than show errors.
    clearTimeout(expiry);
    expiry = setTimeout(signOut, Math.min(Date.parse(next.expiresAt) - Date.now(), 2 ** 31 - 1));
  }

  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as Session | null;
    if (saved && Date.parse(saved.expiresAt) > Date.now()) signedIn(saved);
  } catch {
    // Nothing usable stored: signed out.
  }
  return { session, signedIn, signOut };
}
