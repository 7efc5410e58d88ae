/** The open-data endpoints beside the graph, with their licences. */
import { h, show } from './dom.ts';
import { hubFacts } from './limits.ts';

interface Endpoint {
  name: string;
  standard: string;
  urls: Array<[string, string]>;
  /** The licence, or where it comes from: the System's `license`, or the hub's open-data licence. */
  licence: 'oparl-system' | 'hub';
  notes: string;
}

const origin = window.location.origin;

const ENDPOINTS: Endpoint[] = [
  {
    name: 'Ratsinformationen (OParl 1.1)',
    standard: 'https://oparl.org/spezifikation/',
    urls: [
      ['Einstieg (System)', '/oparl/v1.1/system'],
      ['Körperschaften', '/oparl/v1.1/body'],
    ],
    licence: 'oparl-system',
    notes:
      'Nur öffentliche Daten. Listen mit page, limit, created_since/_until, modified_since/_until und omit_internal=true; Zeiten in Kaarster Ortszeit mit Versatz.',
  },
  {
    name: 'Anliegen (Open311 GeoReport v2)',
    standard: 'https://wiki.open311.org/GeoReport_v2/',
    urls: [
      ['Discovery', '/open311/v2/discovery.json'],
      ['Dienste (JSON)', '/open311/v2/services.json'],
      ['Dienste (XML)', '/open311/v2/services.xml'],
      ['Anliegen (JSON)', '/open311/v2/requests.json'],
      ['Anliegen (XML)', '/open311/v2/requests.xml'],
    ],
    licence: 'hub',
    notes: 'Neue Anliegen per POST requests.json/.xml mit api_key (Ihr API-Schlüssel).',
  },
  {
    name: 'Bus & Bahn (GTFS)',
    standard: 'https://gtfs.org/',
    urls: [['GraphQL: transitStops, departures, journeys', '/graphql']],
    licence: 'hub',
    notes:
      'Der Hub beantwortet Fahrplanfragen aus einem GTFS-Feed mit GTFS-Realtime-Verspätungen; eine Datei zum Herunterladen bietet er nicht an. Ein importierter Verbundfahrplan steht unter der Lizenz seines Herausgebers.',
  },
];

export async function renderOpenData(section: HTMLElement): Promise<void> {
  const slots = ENDPOINTS.map(() => h('span', {}, 'wird geladen …'));
  show(
    section,
    h('h2', { id: 'offene-daten-titel' }, 'Offene Daten'),
    ENDPOINTS.map((endpoint, index) =>
      h(
        'article',
        { class: 'endpoint' },
        h('h3', {}, endpoint.name),
        h(
          'ul',
          {},
          endpoint.urls.map(([label, path]) =>
            h('li', {}, `${label}: `, h('a', { href: path }, `${origin}${path}`)),
          ),
        ),
        h('p', {}, endpoint.notes),
        h('p', {}, 'Lizenz: ', slots[index]),
        h('p', {}, 'Standard: ', h('a', { href: endpoint.standard }, endpoint.standard)),
      ),
    ),
  );
  const [system, facts] = await Promise.allSettled([
    fetch('/oparl/v1.1/system').then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<{ license?: string }>;
    }),
    hubFacts(),
  ]);
  const licences = {
    'oparl-system': system.status === 'fulfilled' ? system.value.license : null,
    hub: facts.status === 'fulfilled' ? facts.value.openDataLicense : null,
  };
  ENDPOINTS.forEach((endpoint, index) => {
    const url = licences[endpoint.licence];
    show(
      slots[index] as HTMLElement,
      url ? h('a', { href: url }, url) : url === null ? 'nicht erreichbar' : 'nicht angegeben',
    );
  });
}
