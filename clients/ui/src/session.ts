/**
 * A client's signed-in session: the token from signIn, kept in sessionStorage under the
 * client's own key (the portal and the workbench sign in apart), so a reload keeps it but
 * closing the browser ends it. Expired tokens are dropped.
 *
 * Across tabs: signing in or out in one tab of a client is passed to its other open tabs
 * over a BroadcastChannel named after the same key (same origin only; the browser keeps
 * nothing of it on disk), and a tab opened later asks the open ones for their session.
 * Each tab then holds the token in its own sessionStorage, as before: the token is never
 * written to localStorage or a cookie, so closing the browser still ends the session.
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

/** What tabs of one client tell each other. */
type TabMessage = { kind: 'signed-in'; session: Session } | { kind: 'signed-out' } | { kind: 'ask' };

function usable(value: unknown): value is Session {
  const candidate = value as Partial<Session> | null;
  return (
    typeof candidate?.token === 'string' &&
    typeof candidate.expiresAt === 'string' &&
    typeof candidate.displayName === 'string' &&
    Date.parse(candidate.expiresAt) > Date.now()
  );
}

export function createSessionStore(storageKey: string): SessionStore {
  const [session, setSession] = createSignal<Session | null>(null);
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${storageKey}:tabs`) : null;

  function forget(): void {
    clearTimeout(expiry);
    sessionStorage.removeItem(storageKey);
    setSession(null);
  }

  function keep(next: Session): void {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    setSession(next);
    // The gateway refuses an expired token: sign out then, rather than show errors.
    clearTimeout(expiry);
    expiry = setTimeout(forget, Math.min(Date.parse(next.expiresAt) - Date.now(), 2 ** 31 - 1));
  }

  function signOut(): void {
    forget();
    tabs?.postMessage({ kind: 'signed-out' } satisfies TabMessage);
  }

  function signedIn(next: Session): void {
    keep(next);
    tabs?.postMessage({ kind: 'signed-in', session: next } satisfies TabMessage);
  }

  if (tabs) {
    tabs.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message?.kind === 'signed-in' && usable(message.session)) {
        if (message.session.token !== session()?.token) keep(message.session);
      } else if (message?.kind === 'signed-out') {
        if (session()) forget();
      } else if (message?.kind === 'ask') {
        const mine = session();
        if (mine) tabs.postMessage({ kind: 'signed-in', session: mine } satisfies TabMessage);
      }
    };
  }

  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    if (usable(saved)) keep(saved);
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing usable stored: signed out.
  }
  // A new tab (nothing stored yet) takes the session of a tab that is open and signed in.
  if (!session()) tabs?.postMessage({ kind: 'ask' } satisfies TabMessage);
  return { session, signedIn, signOut };
}
