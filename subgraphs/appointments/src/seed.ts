import type { Logger } from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { PrismaClient } from './generated/prisma/client.ts';
import { ZONE } from './slots.ts';

// SAMPLE DATA, not official: real place names, invented durations and hours.
// Staff replace them with the town's own catalogue.
const SAMPLE_NOTE = 'Beispieldaten (sample data), keine amtliche Angabe.';

// Fees as published for Germany in 2025 where known, marked as samples: the town's fee schedule
// decides. The migration 20261208000000_service_bring_fee fills the same values into older seeds.
const SAMPLE_FEE = 'Beispielwert, maßgeblich ist die geltende Gebührenordnung.';
const SERVICES = [
  {
    id: 'personalausweis',
    name: 'Personalausweis beantragen',
    durationMinutes: 15,
    whatToBring: [
      'Bisheriger Personalausweis oder Reisepass',
      'Ein aktuelles biometrisches Lichtbild',
      'Bei geändertem Namen: die Urkunde (z. B. Eheurkunde)',
    ],
    feeCents: 4600,
    feeNote: `Ab 24 Jahren (jünger: 22,80 €). ${SAMPLE_FEE}`,
  },
  {
    id: 'reisepass',
    name: 'Reisepass beantragen',
    durationMinutes: 20,
    whatToBring: [
      'Bisheriger Reisepass oder Personalausweis',
      'Ein aktuelles biometrisches Lichtbild',
      'Für Kinder: Zustimmung aller Sorgeberechtigten',
    ],
    feeCents: 7000,
    feeNote: `Ab 24 Jahren, 32 Seiten (jünger: 37,50 €). ${SAMPLE_FEE}`,
  },
  {
    id: 'wohnsitz-anmelden',
    name: 'Wohnsitz anmelden oder ummelden',
    durationMinutes: 15,
    whatToBring: ['Personalausweis oder Reisepass', 'Wohnungsgeberbestätigung (vom Vermieter)'],
    feeCents: 0,
    feeNote: null,
  },
  {
    id: 'fuehrungszeugnis',
    name: 'Führungszeugnis beantragen',
    durationMinutes: 10,
    whatToBring: ['Personalausweis oder Reisepass'],
    feeCents: 1300,
    feeNote: SAMPLE_FEE,
  },
  {
    id: 'ausweis-abholen',
    name: 'Personalausweis oder Reisepass abholen',
    durationMinutes: 5,
    whatToBring: [
      'Bisheriger Ausweis oder Pass (er wird entwertet)',
      'Der PIN-Brief, falls Sie ihn schon haben',
    ],
    feeCents: 0,
    feeNote: 'Die Gebühr wird beim Beantragen bezahlt.',
  },
];

const weekdays = (days: number[], opens: string, closes: string) =>
  days.map((weekday) => ({ weekday, opens, closes }));

const LOCATIONS = [
  {
    id: 'rathaus-kaarst',
    name: 'Rathaus Kaarst, Bürgerbüro',
    address: 'Am Neumarkt 2, 41564 Kaarst',
    district: 'Kaarst',
    mobile: false,
    counters: 2,
    hours: [
      ...weekdays([1, 2, 3, 4, 5], '08:00', '12:30'),
      ...weekdays([2], '14:00', '16:00'),
      ...weekdays([4], '14:00', '18:00'),
      ...weekdays([6], '09:00', '12:00'),
    ],
  },
  {
    id: 'rathaus-buettgen',
    name: 'Rathaus Büttgen, Bürgerbüro',
    address: 'Rathausplatz 23, 41564 Kaarst-Büttgen',
    district: 'Büttgen',
    mobile: false,
    counters: 1,
    hours: [
      ...weekdays([1, 3, 5], '08:00', '12:00'),
      ...weekdays([4], '14:00', '18:00'),
      ...weekdays([6], '10:00', '12:00'),
    ],
  },
  {
    id: 'mobiles-buergerbuero',
    name: 'Mobiles Bürgerbüro',
    address: 'Wechselnde Haltepunkte in Vorst, Driesch und Holzbüttgen',
    district: null,
    mobile: true,
    counters: 1,
    hours: [...weekdays([2, 4], '09:00', '12:00')],
  },
  // Places the van stands at on given days (dated opening hours: scheduleMobileOfficeStop).
  {
    id: 'mobil-vorst',
    name: 'Mobiles Bürgerbüro · Vorst',
    address: 'Haltepunkt Vorster Marktplatz (Beispiel), 41564 Kaarst-Vorst',
    district: 'Vorst',
    mobile: true,
    counters: 1,
    hours: [],
  },
  {
    id: 'mobil-holzbuettgen',
    name: 'Mobiles Bürgerbüro · Holzbüttgen',
    address: 'Haltepunkt an der Kirche (Beispiel), 41564 Kaarst-Holzbüttgen',
    district: 'Holzbüttgen',
    mobile: true,
    counters: 1,
    hours: [],
  },
];

/** Demo stops of the van for the next four weeks: Vorst on Tuesdays, Holzbüttgen on Thursdays. */
function demoStops(now = DateTime.now().setZone(ZONE)) {
  return [1, 2, 3, 4].flatMap((week) =>
    (
      [
        ['mobil-vorst', 2, '09:00', '12:00'],
        ['mobil-holzbuettgen', 4, '14:00', '17:00'],
      ] as const
    ).map(([locationId, weekday, opens, closes]) => {
      const day = now.startOf('week').plus({ weeks: week, days: weekday - 1 });
      return { locationId, weekday, opens, closes, date: day.toISODate() as string };
    }),
  );
}

/** Loads the sample catalogue into an empty database; never touches one that has services. */
export async function seedAppointments(
  db: PrismaClient,
  { demoData, log }: { demoData: boolean; log: Logger },
) {
  if ((await db.service.count()) > 0) return;
  // All or nothing; a busy machine may need more than Prisma's default 5 s for it.
  await db.$transaction(
    async (tx) => {
      for (const [position, s] of SERVICES.entries())
        await tx.service.create({ data: { ...s, position, description: SAMPLE_NOTE } });
      for (const [position, { hours, ...l }] of LOCATIONS.entries())
        await tx.location.create({ data: { ...l, position, openingHours: { create: hours } } });
      if (demoData) await tx.openingHours.createMany({ data: demoStops() });
    },
    { timeout: 60_000 },
  );
  log.info(
    { services: SERVICES.length, locations: LOCATIONS.length },
    'sample service catalogue loaded (sample data)',
  );
}
