/**
 * Hash routes (#/termine): the gateway serves one index.html at /, and every
 * page is a deep link without server-side fallbacks next to /graphql.
 */
import { createSignal } from 'solid-js';

export type Route =
  | 'home'
  | 'book'
  | 'cancel'
  | 'imprint'
  | 'privacy'
  | 'accessibility'
  | 'contact'
  | 'mine'
  | 'sign-in'
  | 'sign-up'
  | 'my-data'
  | 'requests'
  | 'transit'
  | 'council'
  | 'kaarst-pass'
  | 'energy'
  | 'budget'
  | 'family'
  | 'participation'
  | 'suggestions'
  | 'meeting';

const PATHS: Record<Exclude<Route, 'meeting'>, string> = {
  home: '#/',
  book: '#/termin-buchen',
  cancel: '#/termin-absagen',
  imprint: '#/impressum',
  privacy: '#/datenschutz',
  accessibility: '#/barrierefreiheit',
  contact: '#/kontakt',
  mine: '#/termine',
  'sign-in': '#/anmelden',
  'sign-up': '#/registrieren',
  'my-data': '#/meine-daten',
  requests: '#/anliegen',
  transit: '#/fahrplan',
  council: '#/rat',
  'kaarst-pass': '#/kaarst-pass',
  energy: '#/energie',
  budget: '#/buergerhaushalt',
  family: '#/familie',
  participation: '#/mitmachen',
  suggestions: '#/mitmachen/anregung',
};
const MEETING_PREFIX = '#/rat/';
/** Details of participation (#/mitmachen/vorschlag/<id>, #/mitmachen/umfrage/<id>): routeId() holds the rest. */
const PARTICIPATION_PREFIX = '#/mitmachen/';

function parse(hash: string): { route: Route; id: string } {
  if (hash.startsWith(MEETING_PREFIX))
    return { route: 'meeting', id: decodeURIComponent(hash.slice(MEETING_PREFIX.length)) };
  if (hash.startsWith(PARTICIPATION_PREFIX) && hash !== PATHS.suggestions)
    return { route: 'participation', id: decodeURIComponent(hash.slice(PARTICIPATION_PREFIX.length)) };
  const found = (Object.keys(PATHS) as Array<keyof typeof PATHS>).find((route) => PATHS[route] === hash);
  // An empty or unknown hash opens the home page (before, "#/" was the booking form).
  return { route: found ?? 'home', id: '' };
}

const [current, setCurrent] = createSignal(parse(window.location.hash));
window.addEventListener('hashchange', () => setCurrent(parse(window.location.hash)));

export const route = () => current().route;
/** The id in a detail route (#/rat/<meeting id>). */
export const routeId = () => current().id;

export const href = (target: Exclude<Route, 'meeting'>) => PATHS[target];
export const meetingHref = (id: string) => `${MEETING_PREFIX}${encodeURIComponent(id)}`;
export const proposalHref = (id: string) => `${PARTICIPATION_PREFIX}vorschlag/${encodeURIComponent(id)}`;
export const surveyHref = (id: string) => `${PARTICIPATION_PREFIX}umfrage/${encodeURIComponent(id)}`;

export function navigate(target: Exclude<Route, 'meeting'>): void {
  window.location.hash = PATHS[target];
}

/** Where sign-in leads back to: the page that asked for it (booking keeps its choices). */
const [returnTo, setReturnTo] = createSignal<Exclude<Route, 'meeting'>>('mine');

export function signInThenReturn(to: Exclude<Route, 'meeting'>): void {
  setReturnTo(to);
  navigate('sign-in');
}

export const afterSignIn = () => returnTo();
