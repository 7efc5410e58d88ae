/** The texts of the family pages (Kita search, wish list), German first, English second. */
import type { KitaWishStatus } from './generated/graphql.ts';
import { language } from './i18n.ts';

const de = {
  navFamily: 'Kita & Familie',
  familyTitle: 'Kita & Familie',
  familyIntro:
    'Kitas in Kaarst finden und sich mit einer Wunschliste bewerben. Alle Kitas hier sind Beispieldaten.',
  searchTitle: 'Kitas suchen',
  district: 'Ortsteil',
  allDistricts: 'alle Ortsteile',
  hours: 'Wochenstunden',
  anyHours: 'beliebig',
  searchButton: 'Kitas suchen',
  found: (n: number) => (n === 1 ? '1 Kita gefunden' : `${n} Kitas gefunden`),
  freePlaces: (n: number) => (n === 1 ? '1 freier Platz' : `${n} freie Plätze`),
  sample: 'Beispieldaten',
  hoursList: (h: number[]) => `${h.join(', ')} Std./Woche`,
  addWish: (kita: string, child: string) => `${kita} auf die Wunschliste von ${child}`,
  wishesTitle: 'Wunschliste',
  needSignIn: 'Für die Wunschliste melden Sie sich bitte an.',
  signIn: 'Anmelden',
  noChildren: 'Noch keine Kinder eingetragen.',
  noWishes: 'Noch keine Wünsche.',
  withdraw: (kita: string) => `${kita} zurückziehen`,
  accept: (kita: string) => `Platz in ${kita} annehmen`,
  until: (at: string) => `annehmen bis ${at}`,
  status: {
    PENDING: 'wartet auf die Vergabe',
    OFFERED: 'Platz angeboten',
    ACCEPTED: 'angenommen',
    WAITLISTED: 'Warteliste',
    NOT_NEEDED: 'nicht benötigt',
    WITHDRAWN: 'zurückgezogen',
    LAPSED: 'Frist abgelaufen',
  } satisfies Record<KitaWishStatus, string>,
  errorPrefix: 'Fehler:',
};

const en: typeof de = {
  navFamily: 'Day care & family',
  familyTitle: 'Day care & family',
  familyIntro:
    'Find day-care centres (Kitas) in Kaarst and apply with a wish list. All Kitas here are sample data.',
  searchTitle: 'Search Kitas',
  district: 'District',
  allDistricts: 'all districts',
  hours: 'Hours per week',
  anyHours: 'any',
  searchButton: 'Search Kitas',
  found: (n: number) => (n === 1 ? '1 Kita found' : `${n} Kitas found`),
  freePlaces: (n: number) => (n === 1 ? '1 free place' : `${n} free places`),
  sample: 'sample data',
  hoursList: (h: number[]) => `${h.join(', ')} h/week`,
  addWish: (kita: string, child: string) => `Add ${kita} to ${child}'s wish list`,
  wishesTitle: 'Wish list',
  needSignIn: 'Please sign in for the wish list.',
  signIn: 'Sign in',
  noChildren: 'No children entered yet.',
  noWishes: 'No wishes yet.',
  withdraw: (kita: string) => `Withdraw ${kita}`,
  accept: (kita: string) => `Accept the place at ${kita}`,
  until: (at: string) => `accept by ${at}`,
  status: {
    PENDING: 'waiting for the allocation',
    OFFERED: 'place offered',
    ACCEPTED: 'accepted',
    WAITLISTED: 'waiting list',
    NOT_NEEDED: 'not needed',
    WITHDRAWN: 'withdrawn',
    LAPSED: 'deadline passed',
  },
  errorPrefix: 'Error:',
};

export const tf = () => (language() === 'en' ? en : de);
