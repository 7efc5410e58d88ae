/**
 * Hash routes (#/pass): the gateway serves one index.html at /app/, and the service
 * worker answers every navigation with it offline; each page is a deep link.
 */
import { createSignal } from 'solid-js';

export type Route = 'start' | 'pass' | 'offers' | 'transit' | 'notifications' | 'sign-in';

const PATHS: Record<Route, string> = {
  start: '#/',
  pass: '#/pass',
  offers: '#/angebote',
  transit: '#/unterwegs',
  notifications: '#/postfach',
  'sign-in': '#/anmelden',
};

function parse(hash: string): Route {
  return (Object.keys(PATHS) as Route[]).find((route) => PATHS[route] === hash) ?? 'start';
}

const [current, setCurrent] = createSignal(parse(window.location.hash));
window.addEventListener('hashchange', () => setCurrent(parse(window.location.hash)));

export const route = current;
export const href = (target: Route) => PATHS[target];
export function navigate(target: Route): void {
  window.location.hash = PATHS[target];
}

/** Where sign-in leads back to. */
const [returnTo, setReturnTo] = createSignal<Route>('start');
export function signInThenReturn(to: Route): void {
  setReturnTo(to);
  navigate('sign-in');
}
export const afterSignIn = () => returnTo();
