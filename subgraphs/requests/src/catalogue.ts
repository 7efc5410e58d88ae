import type { Prisma, RequestPublication } from './generated/prisma/client.ts';

/**
 * One type of the catalogue. Its publication has no default here: whoever adds
 * a type decides, with the reason beside it, whether its requests are about a
 * public place (listed on Open311 with type, status, dates and place, never
 * with the description or contact data) or private (never listed). The
 * privacy test (test/open311-privacy.test.ts) holds the reviewed list too.
 */
export type CatalogueType = Prisma.RequestTypeCreateInput & { publication: RequestPublication };

/**
 * The catalogue shipped as sample data: request types a town like Kaarst offers
 * online. Departments and due times are invented; the kinds of request are the
 * ones the issue names.
 */
export const SAMPLE_REQUEST_TYPES: CatalogueType[] = [
  {
    code: 'strassenschaden',
    // About the street: the place is public, and others see it is already reported.
    publication: 'PUBLIC_PLACE',
    name: 'Straßenschaden melden',
    description: 'Schlagloch, lockere Platte, defekte Straßenlaterne: wo und was.',
    department: 'tiefbau',
    group: 'Straße und Verkehr',
    keywords: ['location', 'street', 'damage'],
    dueDays: 10,
    position: 1,
    fields: [
      {
        code: 'art',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Art des Schadens',
        values: [
          { key: 'schlagloch', name: 'Schlagloch' },
          { key: 'gehweg', name: 'Gehweg beschädigt' },
          { key: 'laterne', name: 'Straßenlaterne defekt' },
          { key: 'schild', name: 'Verkehrsschild beschädigt' },
        ],
      },
    ],
  },
  {
    code: 'sperrmuell',
    // A pickup at the citizen's home: the address is where someone lives.
    publication: 'PRIVATE',
    name: 'Sperrmüll-Abholung',
    description: 'Abholung von Sperrmüll an Ihrer Adresse; wir nennen Ihnen den Termin.',
    department: 'abfall',
    group: 'Abfall',
    keywords: ['location', 'waste'],
    dueDays: 14,
    position: 2,
    fields: [
      { code: 'gegenstaende', datatype: 'text', required: true, description: 'Was abgeholt werden soll' },
      { code: 'volumen', datatype: 'number', required: true, description: 'Ungefähre Menge in Kubikmetern' },
    ],
  },
  {
    code: 'ummeldung',
    // A new home address.
    publication: 'PRIVATE',
    name: 'Adressänderung mitteilen',
    description: 'Umzug innerhalb Kaarsts: Sie teilen die neue Anschrift mit, wir bestätigen die Ummeldung.',
    department: 'buergerbuero',
    group: 'Bürgerbüro',
    keywords: [],
    dueDays: 5,
    position: 3,
    fields: [
      { code: 'neue_anschrift', datatype: 'string', required: true, description: 'Neue Anschrift in Kaarst' },
      { code: 'einzugsdatum', datatype: 'datetime', required: true, description: 'Tag des Einzugs' },
    ],
  },
  {
    code: 'anregung',
    publication: 'PRIVATE',
    name: 'Anregung an die Verwaltung',
    description: 'Eine Idee oder ein Hinweis, wie die Stadt etwas besser machen kann.',
    department: 'buergermeisterbuero',
    group: 'Allgemein',
    keywords: [],
    dueDays: 21,
    position: 4,
    fields: [],
  },
  {
    code: 'frage',
    publication: 'PRIVATE',
    name: 'Frage an die Verwaltung',
    description: 'Sie haben eine Frage; wir antworten hier.',
    department: 'buergerbuero',
    group: 'Allgemein',
    keywords: [],
    dueDays: 7,
    position: 5,
    fields: [],
  },
  {
    code: 'hausbesuch',
    // Says where someone lives who is old, disabled or ill.
    publication: 'PRIVATE',
    name: 'Hausbesuch des mobilen Bürgerbüros',
    description:
      'Sie können nicht ins Rathaus kommen (Alter, Behinderung, Krankheit)? Wir kommen zu Ihnen und nennen Ihnen ein Zeitfenster.',
    department: 'buergerbuero',
    group: 'Mobiles Bürgerbüro',
    // `location`: the visit's address and coordinates are needed to plan the route.
    keywords: ['location', 'mobile-office'],
    dueDays: 21,
    position: 6,
    fields: [
      {
        code: 'anlass',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Warum Sie nicht ins Rathaus kommen können',
        values: [
          { key: 'alter', name: 'Alter' },
          { key: 'behinderung', name: 'Behinderung' },
          { key: 'krankheit', name: 'Krankheit' },
        ],
      },
      {
        code: 'leistungen',
        datatype: 'multivaluelist',
        required: true,
        description: 'Was wir mitbringen sollen',
        values: [
          { key: 'personalausweis', name: 'Personalausweis beantragen' },
          { key: 'reisepass', name: 'Reisepass beantragen' },
          { key: 'wohnsitz-anmelden', name: 'Wohnsitz anmelden oder ummelden' },
          { key: 'fuehrungszeugnis', name: 'Führungszeugnis beantragen' },
          { key: 'ausweis-abholen', name: 'Personalausweis oder Reisepass abholen' },
        ],
      },
      {
        code: 'hinweise',
        datatype: 'text',
        required: false,
        description: 'Hinweise für den Besuch (z. B. Etage)',
      },
    ],
  },
];
