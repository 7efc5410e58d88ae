/** Example operations, each opened in GraphiQL with one click. */
import { h, show } from './dom.ts';

export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

const inAWeek = () => {
  const day = new Date(Date.now() + 7 * 86_400_000);
  return {
    from: `${day.toISOString().slice(0, 10)}T07:00:00Z`,
    to: `${day.toISOString().slice(0, 10)}T15:00:00Z`,
  };
};

export const EXAMPLES: Example[] = [
  {
    title: 'Dienstleistungen und Standorte des Bürgerbüros',
    query:
      'query Catalogue {\n  appointmentServices { id name durationMinutes }\n  officeLocations { id name address }\n}\n',
  },
  {
    title: 'Freie Termine (Variablen)',
    query:
      'query Slots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) {\n    start end location { name }\n  }\n}\n',
    variables: { serviceIds: ['personalausweis'], ...inAWeek() },
  },
  {
    title: 'Kommende Ratssitzungen mit Tagesordnung',
    query:
      'query Meetings {\n  councilMeetings(upcoming: true) {\n    name start\n    agendaItems { number name }\n  }\n}\n',
  },
  {
    title: 'Volltextsuche im Ratsinformationssystem',
    query:
      'query Search {\n  councilSearch(text: "Haushalt") { rank paper { reference name } agendaItem { number name } }\n}\n',
  },
  {
    title: 'Abfahrten am Rathaus',
    query:
      'query Departures {\n  departures(stopId: "ka_rathaus", limit: 5) {\n    scheduledTime delayMinutes headsign route { shortName }\n  }\n}\n',
  },
  {
    title: 'Angebote mit dem Kaarst-Pass',
    query: 'query Offers {\n  kaarstPassOffers { id title free partner { name } }\n}\n',
  },
];

export function renderExamples(section: HTMLElement, open: (example: Example) => void): void {
  show(
    section,
    h('h2', { id: 'beispiele-titel' }, 'Beispiele'),
    h('p', {}, 'Jedes Beispiel öffnet sich in GraphiQL; „Ausführen“ sendet es mit Ihrem Schlüssel.'),
    h(
      'ul',
      { class: 'examples' },
      EXAMPLES.map((example) => {
        const button = h('button', { type: 'button' }, `In GraphiQL öffnen: ${example.title}`);
        button.addEventListener('click', () => open(example));
        return h('li', {}, h('pre', {}, h('code', {}, example.query)), button);
      }),
    ),
  );
}
