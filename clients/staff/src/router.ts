/**
 * Hash routes (#/tag): the gateway serves one index.html at /staff/, and every
 * screen is a deep link. The call-up display names its location: #/anzeige/<location id>.
 */
import { createSignal } from 'solid-js';
import type { Screen } from './screens.ts';

/** Every screen of the menu (screens.ts), plus the home page, sign-in and the call-up display. */
export type Route = 'home' | 'sign-in' | 'display' | Screen;

const PATHS: Record<Exclude<Route, 'display'>, string> = {
  home: '#/',
  'sign-in': '#/anmelden',
  day: '#/tag',
  week: '#/woche',
  queue: '#/warteschlange',
  stats: '#/statistik',
  visits: '#/hausbesuche',
  passes: '#/kaarst-pass',
  council: '#/rats-tv',
  keys: '#/api-schluessel',
  kiosk: '#/kiosk',
  requests: '#/anliegen',
  audit: '#/protokoll',
  content: '#/stadtanzeigen',
  participation: '#/mitmachen',
  passCheck: '#/pass-pruefen',
  partnerOffers: '#/angebote',
  driver: '#/fahrdienst',
  kitaAllocation: '#/kita-vergabe',
  kitaEntries: '#/kitas',
};
const DISPLAY_PREFIX = '#/anzeige/';

function parse(hash: string): { route: Route; id: string } {
  if (hash.startsWith(DISPLAY_PREFIX))
    return { route: 'display', id: decodeURIComponent(hash.slice(DISPLAY_PREFIX.length)) };
  const found = (Object.keys(PATHS) as Array<keyof typeof PATHS>).find((route) => PATHS[route] === hash);
  return { route: found ?? 'home', id: '' };
}

const [current, setCurrent] = createSignal(parse(window.location.hash));
window.addEventListener('hashchange', () => setCurrent(parse(window.location.hash)));

export const route = () => current().route;
export const routeId = () => current().id;
export const href = (target: Exclude<Route, 'display'>) => PATHS[target];
export const displayHref = (locationId: string) => `${DISPLAY_PREFIX}${encodeURIComponent(locationId)}`;

export function navigate(target: Exclude<Route, 'display'>): void {
  window.location.hash = PATHS[target];
}
