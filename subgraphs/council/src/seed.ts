import type { Logger } from '@kaarst/kit';
import type { Prisma, PrismaClient } from './generated/prisma/client.ts';

// The hub's own OParl system and Kaarst's body exist always. Everything else here is
// SAMPLE DATA, not official: real place names; persons, groups, papers and dates invented.
const SAMPLE = 'Beispieldaten (sample data), keine amtliche Angabe.';
export const SYSTEM_ID = 'kaarst';
export const BODY_ID = 'kaarst';

const DAY = 86_400_000;
/** 17:00 in Kaarst (16:00 UTC in winter) `days` from the seed's day. */
const at = (days: number, hourUtc = 16) => {
  const day = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hourUtc));
};
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function seedSystem(db: PrismaClient) {
  await db.system.upsert({
    where: { id: SYSTEM_ID },
    update: {},
    create: {
      id: SYSTEM_ID,
      name: 'Kaarst Smart City Hub: Ratsinformationen',
      contactEmail: 'ratsinfo@example.org',
      contactName: 'Kaarst Smart City Hub',
      website: 'https://www.kaarst.de',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    },
  });
  await db.location.upsert({
    where: { id: 'rathaus-kaarst' },
    update: {},
    create: {
      id: 'rathaus-kaarst',
      description: 'Rathaus Kaarst, Ratssaal',
      streetAddress: 'Am Neumarkt 2',
      postalCode: '41564',
      locality: 'Kaarst',
      room: 'Ratssaal',
    },
  });
  await db.body.upsert({
    where: { id: BODY_ID },
    update: {},
    create: {
      id: BODY_ID,
      systemId: SYSTEM_ID,
      name: 'Stadt Kaarst',
      shortName: 'Kaarst',
      website: 'https://www.kaarst.de',
      ags: '05162016',
      classification: 'Stadt',
      locationId: 'rathaus-kaarst',
    },
  });
}

const ORGANIZATIONS = [
  {
    id: 'rat',
    name: 'Rat der Stadt Kaarst',
    shortName: 'Rat',
    organizationType: 'Gremium',
    classification: 'Rat',
  },
  {
    id: 'hfa',
    name: 'Haupt- und Finanzausschuss',
    shortName: 'HFA',
    organizationType: 'Gremium',
    classification: 'Ausschuss',
  },
  {
    id: 'puk',
    name: 'Ausschuss für Planung, Umwelt und Klimaschutz',
    shortName: 'PUK',
    organizationType: 'Gremium',
    classification: 'Ausschuss',
  },
  { id: 'fraktion-a', name: 'Fraktion A (Beispiel)', shortName: 'A', organizationType: 'Fraktion' },
  { id: 'fraktion-b', name: 'Fraktion B (Beispiel)', shortName: 'B', organizationType: 'Fraktion' },
];

const PERSONS = [
  {
    id: 'p-beispiel-maria',
    givenName: 'Maria',
    familyName: 'Beispiel',
    seats: ['rat:Bürgermeisterin', 'hfa:Vorsitzende'],
  },
  {
    id: 'p-muster-thomas',
    givenName: 'Thomas',
    familyName: 'Muster',
    seats: ['rat:Ratsmitglied', 'fraktion-a:Vorsitzender', 'puk:Vorsitzender'],
  },
  {
    id: 'p-beispiel-jonas',
    givenName: 'Jonas',
    familyName: 'Beispiel',
    seats: ['rat:Ratsmitglied', 'fraktion-b:Mitglied', 'hfa:Mitglied'],
  },
  { id: 'p-muster-leonie', givenName: 'Leonie', familyName: 'Muster', seats: ['puk:Sachkundige Bürgerin'] },
];

const PAPERS = [
  {
    id: 'vorlage-2026-101',
    reference: '2026/101',
    name: 'Haushaltssatzung und Haushaltsplan 2027',
    paperType: 'Beschlussvorlage',
  },
  {
    id: 'vorlage-2026-102',
    reference: '2026/102',
    name: 'Bebauungsplan Nr. 99 "Am Kaarster See": Aufstellungsbeschluss',
    paperType: 'Beschlussvorlage',
  },
  {
    id: 'antrag-2026-087',
    reference: '2026/087',
    name: 'Antrag: Mehr Fahrradabstellplätze am Bahnhof Kaarster See',
    paperType: 'Antrag',
  },
];

type Item = { n: string; name: string; paper?: string; result?: string };
const MEETINGS: Array<{ id: string; name: string; org: string; days: number; items: Item[] }> = [
  {
    id: 'rat-vergangen',
    name: 'Sitzung des Rates (Beispiel)',
    org: 'rat',
    days: -28,
    items: [
      { n: 'Ö 1', name: 'Eröffnung und Feststellung der Beschlussfähigkeit' },
      {
        n: 'Ö 2',
        name: 'Einbringung des Entwurfs des Haushalts 2027',
        paper: 'vorlage-2026-101',
        result: 'zur Kenntnis genommen',
      },
      {
        n: 'Ö 3',
        name: 'Fahrradabstellplätze am Bahnhof Kaarster See',
        paper: 'antrag-2026-087',
        result: 'verwiesen in den PUK',
      },
      { n: 'N 1', name: 'Grundstücksangelegenheit in Büttgen (nicht öffentlich)' },
    ],
  },
  {
    id: 'hfa-naechste',
    name: 'Sitzung des Haupt- und Finanzausschusses (Beispiel)',
    org: 'hfa',
    days: 7,
    items: [
      { n: 'Ö 1', name: 'Eröffnung' },
      { n: 'Ö 2', name: 'Beratung der Haushaltssatzung 2027', paper: 'vorlage-2026-101' },
      { n: 'N 1', name: 'Vergabe von Reinigungsleistungen (nicht öffentlich)' },
    ],
  },
  {
    id: 'rat-naechste',
    name: 'Sitzung des Rates (Beispiel)',
    org: 'rat',
    days: 14,
    items: [
      { n: 'Ö 1', name: 'Eröffnung und Feststellung der Beschlussfähigkeit' },
      { n: 'Ö 2', name: 'Beschluss über die Haushaltssatzung 2027', paper: 'vorlage-2026-101' },
      { n: 'Ö 3', name: 'Bebauungsplan Nr. 99 "Am Kaarster See"', paper: 'vorlage-2026-102' },
      { n: 'Ö 4', name: 'Anfragen und Mitteilungen' },
      { n: 'N 1', name: 'Personalangelegenheit (nicht öffentlich)' },
    ],
  },
];

async function seedSample(db: Prisma.TransactionClient) {
  for (const org of ORGANIZATIONS)
    await db.organization.create({ data: { ...org, bodyId: BODY_ID, keyword: [] } });
  await db.legislativeTerm.create({
    data: {
      id: 'wp-2025',
      bodyId: BODY_ID,
      name: 'Wahlperiode 2025 bis 2030',
      startDate: date('2025-11-01'),
      endDate: date('2030-10-31'),
    },
  });
  for (const { seats, ...person } of PERSONS) {
    await db.person.create({
      data: {
        ...person,
        bodyId: BODY_ID,
        name: `${person.givenName} ${person.familyName}`,
        status: [],
        life: SAMPLE,
        memberships: {
          create: seats.map((seat) => {
            const [organizationId, role] = seat.split(':');
            return {
              id: `${person.id}-${organizationId}`,
              organizationId,
              role,
              votingRight: role !== 'Sachkundige Bürgerin',
              startDate: date('2025-11-01'),
            };
          }),
        },
      },
    });
  }
  for (const paper of PAPERS) {
    await db.paper.create({
      data: {
        ...paper,
        bodyId: BODY_ID,
        date: at(-35),
        files: {
          create: {
            id: `${paper.id}-pdf`,
            role: 'mainFile',
            name: `${paper.paperType} ${paper.reference}`,
            fileName: `${paper.id}.pdf`,
            mimeType: 'application/pdf',
            accessUrl: `https://www.kaarst.de/beispiel/${paper.id}.pdf`,
            text: SAMPLE,
          },
        },
      },
    });
  }
  for (const meeting of MEETINGS) {
    await db.meeting.create({
      data: {
        id: meeting.id,
        bodyId: BODY_ID,
        name: meeting.name,
        meetingState: meeting.days < 0 ? 'durchgeführt' : 'eingeladen',
        start: at(meeting.days),
        end: at(meeting.days, 19),
        locationId: 'rathaus-kaarst',
        organizations: { connect: { id: meeting.org } },
        agendaItems: {
          create: meeting.items.map((item, order) => ({
            id: `${meeting.id}-${order + 1}`,
            number: item.n,
            order: order + 1,
            name: item.name,
            public: item.n.startsWith('Ö'),
            ...(item.result ? { result: item.result } : {}),
          })),
        },
      },
    });
    for (const [order, item] of meeting.items.entries()) {
      if (!item.paper) continue;
      await db.consultation.create({
        data: {
          id: `${meeting.id}-${order + 1}-${item.paper}`,
          paperId: item.paper,
          meetingId: meeting.id,
          agendaItemId: `${meeting.id}-${order + 1}`,
          authoritative: meeting.org === 'rat',
          role: meeting.org === 'rat' ? 'Entscheidung' : 'Vorberatung',
          organizations: { connect: { id: meeting.org } },
        },
      });
    }
  }
  await db.broadcast.create({
    data: {
      meetingId: 'rat-vergangen',
      status: 'ENDED',
      streamUrl: 'https://stream.example.org/rats-tv/rat-vergangen/index.m3u8',
      startedAt: at(-28),
      endedAt: at(-28, 18),
      recordingUrl: 'https://stream.example.org/rats-tv/rat-vergangen/recording.m3u8',
      chapters: {
        create: [1, 2, 3].map((n, i) => ({ agendaItemId: `rat-vergangen-${n}`, offsetSeconds: i * 900 })),
      },
    },
  });
  await db.broadcast.create({
    data: { meetingId: 'rat-naechste', streamUrl: 'https://stream.example.org/rats-tv/live/index.m3u8' },
  });
}

/** Kaarst's OParl system and body; with demo data also sample committees, meetings and papers (once). */
export async function seedCouncil(db: PrismaClient, { demoData, log }: { demoData: boolean; log: Logger }) {
  await seedSystem(db);
  if (!demoData || (await db.meeting.count({ where: { bodyId: BODY_ID } })) > 0) return;
  await db.$transaction(async (tx) => seedSample(tx), { timeout: 30_000 });
  log.info('council sample data seeded');
}
