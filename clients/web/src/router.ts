/**
 * Hash routes (#/termine): the gateway serves one index.html at /, and every
 * page is a deep link without server-side fallbacks next to /graphql.
 */
import { createSignal } from 'solid-js';

export type Route = 'book' | 'mine' | 'sign-in' | 'requests';

const PATHS: Record<Route, string> = {
  book: '#/',
  mine: '#/termine',
  'sign-in': '#/anmelden',
  requests: '#/anliegen',
};

function parse(hash: string): Route {
  const found = (Object.keys(PATHS) as Route[]).find((route) => PATHS[route] === hash);
  return found ?? 'book';
}

const [route, setRoute] = createSignal<Route>(parse(window.location.hash));
window.addEventListener('hashchange', () => setRoute(parse(window.location.hash)));

export { route };

export const href = (target: Route) => PATHS[target];

export function navigate(target: Route): void {
  window.location.hash = PATHS[target];
}

/** Where sign-in leads back to: the page that asked for it (booking keeps its choices). */
const [returnTo, setReturnTo] = createSignal<Route>('mine');

export function signInThenReturn(to: Route): void {
  setReturnTo(to);
  navigate('sign-in');
}

export const afterSignIn = () => returnTo();
