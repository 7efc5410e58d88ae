/**
 * The texts of the bus and train pages, German first, English second (a
 * missing translation is a type error, as in i18n.ts).
 */
import type { PickupRequestStatus, WheelchairAccess } from './generated/graphql.ts';
import { language } from './i18n.ts';

const de = {
  navTransit: 'Bus & Bahn',
  transitTitle: 'Bus & Bahn',
  transitIntro: 'Abfahrten an Ihrer Haltestelle, Verbindungen in Kaarst und Umgebung, auch barrierefrei.',
  departuresTitle: 'Abfahrten',
  stopSearch: (role: string) => `${role}: Haltestelle suchen`,
  stopRoleDepartures: 'Haltestelle',
  stopRoleFrom: 'Von',
  stopRoleTo: 'Nach',
  search: 'Suchen',
  searchTooShort: 'Bitte mindestens zwei Buchstaben eingeben.',
  stopChoice: (role: string) => `${role}: gefundene Haltestellen`,
  stopsMap: (role: string) => `${role}: Karte der gefundenen Haltestellen`,
  noStops: 'Keine Haltestelle gefunden.',
  showDepartures: 'Abfahrten anzeigen',
  noDepartures: 'Keine Abfahrten in nächster Zeit.',
  line: 'Linie',
  direction: 'Richtung',
  scheduled: 'Plan',
  realtime: 'Aktuell',
  noRealtime: 'keine Echtzeitdaten',
  onTime: 'pünktlich',
  late: (minutes: number, expected: string) => `${minutes} Min. später, ${expected}`,
  early: (minutes: number, expected: string) => `${minutes} Min. früher, ${expected}`,
  access: {
    POSSIBLE: '♿ barrierefrei',
    NOT_POSSIBLE: 'nicht barrierefrei',
    UNKNOWN: 'Barrierefreiheit unbekannt',
  } as Record<WheelchairAccess, string>,
  pickupButton: (line: string, time: string) => `Rollstuhl-Einstieg anmelden: ${line} um ${time}`,
  pickupSignIn: 'Zum Anmelden eines Rollstuhl-Einstiegs bitte anmelden.',
  pickupStatus: {
    REQUESTED: 'Angemeldet, wartet auf die Bestätigung des Fahrpersonals',
    ACKNOWLEDGED: 'Bestätigt: Das Fahrpersonal hält und legt die Rampe an',
    EXPIRED: 'Abgelaufen: Die Fahrt hat die Haltestelle passiert',
  } as Record<PickupRequestStatus, string>,
  pickupFor: (stop: string, time: string) => `Rollstuhl-Einstieg an ${stop}, ${time}:`,
  journeysTitle: 'Verbindung suchen',
  departAt: 'Abfahrt ab (Ortszeit Kaarst)',
  wheelchairOnly: 'Nur barrierefreie Verbindungen (Rollstuhl)',
  wheelchairOnlyHint: 'Nur Fahrten und Haltestellen, die mit dem Rollstuhl nutzbar sind.',
  findJourneys: 'Verbindungen suchen',
  chooseStops: 'Bitte wählen Sie Start und Ziel.',
  noJourneys: 'Keine Verbindung gefunden.',
  noWheelchairJourneys:
    'Keine barrierefreie Verbindung gefunden. Start oder Ziel ist vielleicht nicht mit dem Rollstuhl nutzbar.',
  journeyFound: (n: number) => (n === 1 ? '1 Verbindung gefunden.' : `${n} Verbindungen gefunden.`),
  journeySummary: (from: string, to: string, transfers: number) =>
    `${from} – ${to}, ${transfers === 0 ? 'ohne Umstieg' : transfers === 1 ? '1 Umstieg' : `${transfers} Umstiege`}`,
  walk: 'Fußweg',
  towards: 'Richtung',
};

export type TransitMessages = typeof de;

const en: TransitMessages = {
  navTransit: 'Bus & train',
  transitTitle: 'Bus & train',
  transitIntro: 'Departures at your stop and journeys in and around Kaarst, also wheelchair accessible.',
  departuresTitle: 'Departures',
  stopSearch: (role: string) => `${role}: search a stop`,
  stopRoleDepartures: 'Stop',
  stopRoleFrom: 'From',
  stopRoleTo: 'To',
  search: 'Search',
  searchTooShort: 'Please type at least two letters.',
  stopChoice: (role: string) => `${role}: stops found`,
  stopsMap: (role: string) => `${role}: map of the stops found`,
  noStops: 'No stop found.',
  showDepartures: 'Show departures',
  noDepartures: 'No departures soon.',
  line: 'Line',
  direction: 'Direction',
  scheduled: 'Timetable',
  realtime: 'Now',
  noRealtime: 'no realtime data',
  onTime: 'on time',
  late: (minutes: number, expected: string) => `${minutes} min late, ${expected}`,
  early: (minutes: number, expected: string) => `${minutes} min early, ${expected}`,
  access: { POSSIBLE: '♿ accessible', NOT_POSSIBLE: 'not accessible', UNKNOWN: 'accessibility unknown' },
  pickupButton: (line: string, time: string) => `Request wheelchair boarding: ${line} at ${time}`,
  pickupSignIn: 'Please sign in to request wheelchair boarding.',
  pickupStatus: {
    REQUESTED: 'Requested, waiting for the driver to confirm',
    ACKNOWLEDGED: 'Confirmed: the driver will stop and set out the ramp',
    EXPIRED: 'Expired: the trip has passed the stop',
  },
  pickupFor: (stop: string, time: string) => `Wheelchair boarding at ${stop}, ${time}:`,
  journeysTitle: 'Find a journey',
  departAt: 'Leaving from (Kaarst local time)',
  wheelchairOnly: 'Wheelchair accessible journeys only',
  wheelchairOnlyHint: 'Only trips and stops usable with a wheelchair.',
  findJourneys: 'Find journeys',
  chooseStops: 'Please choose where from and where to.',
  noJourneys: 'No journey found.',
  noWheelchairJourneys:
    'No wheelchair accessible journey found. The start or the destination may not be usable with a wheelchair.',
  journeyFound: (n: number) => (n === 1 ? '1 journey found.' : `${n} journeys found.`),
  journeySummary: (from: string, to: string, transfers: number) =>
    `${from} – ${to}, ${transfers === 0 ? 'no change' : transfers === 1 ? '1 change' : `${transfers} changes`}`,
  walk: 'Walk',
  towards: 'towards',
};

/** The transit texts in the current language (reactive). */
export const tt = (): TransitMessages => (language() === 'en' ? en : de);
