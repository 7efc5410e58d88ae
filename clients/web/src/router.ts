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
  | 'forgot-password'
  | 'reset-password'
  | 'my-data'
  | 'requests'
  | 'transit'
  | 'council'
  | 'kaarst-pass'
  | 'energy'
  | 'budget'
  | 'family'
  | 'kita'
  | 'birth'
  | 'ticket'
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
  'forgot-password': '#/passwort-vergessen',
  // The mailed link adds the token: #/passwort-neu/<token> (a fragment: it reaches no server).
  'reset-password': '#/passwort-neu',
  'my-data': '#/meine-daten',
  requests: '#/anliegen',
  transit: '#/fahrplan',
  council: '#/rat',
  'kaarst-pass': '#/kaarst-pass',
  energy: '#/energie',
  budget: '#/buergerhaushalt',
  family: '#/familie',
  kita: '#/kita/',
  birth: '#/geburt',
  ticket: '#/wartemarke',
  participation: '#/mitmachen',
  suggestions: '#/mitmachen/anregung',
};
const MEETING_PREFIX = '#/rat/';
const RESET_PREFIX = '#/passwort-neu/';
const KITA_PREFIX = '#/kita/';
const TICKET_PREFIX = '#/wartemarke/';
/** Details of participation (#/mitmachen/vorschlag/<id>, #/mitmachen/umfrage/<id>): routeId() holds the rest. */
const PARTICIPATION_PREFIX = '#/mitmachen/';

function parse(hash: string): { route: Route; id: string } {
  if (hash.startsWith(MEETING_PREFIX))
    return { route: 'meeting', id: decodeURIComponent(hash.slice(MEETING_PREFIX.length)) };
  if (hash.startsWith(RESET_PREFIX)) return { route: 'reset-password', id: hash.slice(RESET_PREFIX.length) };
  if (hash.startsWith(KITA_PREFIX))
    return { route: 'kita', id: decodeURIComponent(hash.slice(KITA_PREFIX.length)) };
  if (hash.startsWith(TICKET_PREFIX))
    return { route: 'ticket', id: decodeURIComponent(hash.slice(TICKET_PREFIX.length)) };
  if (hash.startsWith(PARTICIPATION_PREFIX) && hash !== PATHS.suggestions)
    return { route: 'participation', id: decodeURIComponent(hash.slice(PARTICIPATION_PREFIX.length)) };
  const found = (Object.keys(PATHS) as Array<keyof typeof PATHS>).find((route) => PATHS[route] === hash);
  // An empty or unknown hash opens the home page (before, "#/" was the booking form).
  return { route: found ?? 'home', id: '' };
}

const [current, setCurrent] = createSignal(parse(window.location.hash));
window.addEventListener('hashchange', () => setCurrent(parse(window.location.hash)));

export const route = () => current().route;
/** The id in a detail route (#/rat/<meeting id>, #/passwort-neu/<token>). */
export const routeId = () => current().id;

export const href = (target: Exclude<Route, 'meeting'>) => PATHS[target];
export const meetingHref = (id: string) => `${MEETING_PREFIX}${encodeURIComponent(id)}`;
/** A Kita's profile (#/kita/<id>). */
export const kitaHref = (id: string) => `${KITA_PREFIX}${encodeURIComponent(id)}`;
/** A walk-in ticket followed by its code (the link printed on it). */
export const ticketHref = (code: string) => `${TICKET_PREFIX}${encodeURIComponent(code)}`;
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
