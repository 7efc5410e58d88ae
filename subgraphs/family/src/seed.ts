/**
 * Sample data, marked as such (`sample: true`, "(Beispiel)" in every name): invented
 * providers, Kitas and family offers in Kaarst's districts (Kaarst, Büttgen, Holzbüttgen,
 * Vorst, Driesch); coordinates near the real district centres. Run at every start, it
 * leaves what exists alone. No children: those only families enter.
 */

import { readFileSync } from 'node:fs';
import type { Logger } from '@kaarst/kit';
import { importAddresses } from './addresses.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

/** The sample house coordinates (approximate, marked as sample in the file and in every row). */
export const SAMPLE_ADDRESS_FILE = new URL('../sample/hauskoordinaten-kaarst-beispiel.txt', import.meta.url);

/** The demo partner account (citizens' seed) coordinates the first sample provider. */
export const DEMO_COORDINATOR_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0004';

export const SAMPLE_PROVIDERS = [
  { id: 'beispiel-kinderwelt', name: 'Kinderwelt Kaarst e.V. (Beispiel)' },
  { id: 'beispiel-familienhilfe', name: 'Familienhilfe am Niederrhein (Beispiel)' },
];

const CRITERIA = [
  { code: 'geschwister', label: 'Ein Geschwisterkind besucht die Kita', points: 30 },
  { code: 'alleinerziehend', label: 'Alleinerziehend', points: 20 },
  { code: 'wohnort-naehe', label: 'Wohnung im Einzugsbereich', points: 10 },
];

export const SAMPLE_KITAS = [
  {
    id: 'beispiel-kita-sonnenschein',
    providerId: 'beispiel-kinderwelt',
    name: 'Kita Sonnenschein (Beispiel)',
    street: 'Beispielweg 1',
    postalCode: '41564',
    district: 'Kaarst',
    latitude: 51.2286,
    longitude: 6.6173,
    minAgeMonths: 12,
    maxAgeMonths: 72,
    weeklyHours: [25, 35, 45],
    languages: ['Deutsch', 'Englisch'],
    concept: 'Offenes Konzept (Beispieltext)',
    u3: 2,
    ue3: 3,
  },
  {
    id: 'beispiel-kita-regenbogen',
    providerId: 'beispiel-kinderwelt',
    name: 'Kita Regenbogen (Beispiel)',
    street: 'Musterstraße 5',
    postalCode: '41564',
    district: 'Büttgen',
    latitude: 51.2008,
    longitude: 6.5985,
    minAgeMonths: 24,
    maxAgeMonths: 72,
    weeklyHours: [35, 45],
    languages: ['Deutsch', 'Türkisch'],
    concept: 'Situationsansatz (Beispieltext)',
    u3: 1,
    ue3: 2,
  },
  {
    id: 'beispiel-kita-wirbelwind',
    providerId: 'beispiel-familienhilfe',
    name: 'Kita Wirbelwind (Beispiel)',
    street: 'Beispielallee 12',
    postalCode: '41564',
    district: 'Holzbüttgen',
    latitude: 51.222,
    longitude: 6.639,
    minAgeMonths: 4,
    maxAgeMonths: 72,
    weeklyHours: [25, 35],
    languages: ['Deutsch'],
    concept: 'Montessori (Beispieltext)',
    u3: 2,
    ue3: 2,
  },
  {
    id: 'beispiel-kita-pusteblume',
    providerId: 'beispiel-familienhilfe',
    name: 'Kita Pusteblume (Beispiel)',
    street: 'Probeweg 3',
    postalCode: '41564',
    district: 'Vorst',
    latitude: 51.2375,
    longitude: 6.583,
    minAgeMonths: 36,
    maxAgeMonths: 72,
    weeklyHours: [35, 45],
    languages: ['Deutsch', 'Polnisch'],
    concept: 'Waldgruppe (Beispieltext)',
    u3: 0,
    ue3: 4,
  },
  {
    id: 'beispiel-kita-kleine-strolche',
    providerId: 'beispiel-kinderwelt',
    name: 'Kita Kleine Strolche (Beispiel)',
    street: 'Testplatz 7',
    postalCode: '41564',
    district: 'Driesch',
    latitude: 51.209,
    longitude: 6.628,
    minAgeMonths: 8,
    maxAgeMonths: 72,
    weeklyHours: [25, 35, 45],
    languages: ['Deutsch', 'Arabisch'],
    concept: 'Reggio-Pädagogik (Beispieltext)',
    u3: 1,
    ue3: 1,
  },
];

const SAMPLE_OFFERS = [
  {
    id: 'b0000000-0000-4000-8000-00000000f001',
    providerId: 'beispiel-familienhilfe',
    title: 'Erziehungsberatung (Beispiel)',
    topic: 'Erziehung',
    targetGroup: 'Eltern',
    district: 'Kaarst',
    contact: 'beratung@example.org',
    hours: 'Mo–Do 9–16 Uhr (Beispiel)',
    latitude: 51.2279,
    longitude: 6.6165,
  },
  {
    id: 'b0000000-0000-4000-8000-00000000f002',
    providerId: 'beispiel-familienhilfe',
    title: 'Babytreff Büttgen (Beispiel)',
    topic: 'Frühe Hilfen',
    targetGroup: 'Eltern mit Babys',
    district: 'Büttgen',
    contact: '02131 000000 (Beispiel)',
    hours: 'Mi 10–12 Uhr (Beispiel)',
    latitude: 51.2011,
    longitude: 6.599,
  },
  {
    id: 'b0000000-0000-4000-8000-00000000f003',
    providerId: 'beispiel-kinderwelt',
    title: 'Sprachförderung Holzbüttgen (Beispiel)',
    topic: 'Sprache',
    targetGroup: 'Kinder 3–6',
    district: 'Holzbüttgen',
    contact: 'sprache@example.org',
    hours: 'Di 15–17 Uhr (Beispiel)',
    latitude: 51.2225,
    longitude: 6.6385,
  },
  {
    id: 'b0000000-0000-4000-8000-00000000f004',
    providerId: 'beispiel-familienhilfe',
    title: 'Schwangerschaftsberatung Vorst (Beispiel)',
    topic: 'Schwangerschaft',
    targetGroup: 'Schwangere',
    district: 'Vorst',
    contact: 'schwanger@example.org',
    hours: 'Fr 9–12 Uhr (Beispiel)',
    latitude: 51.238,
    longitude: 6.5825,
  },
  {
    id: 'b0000000-0000-4000-8000-00000000f005',
    providerId: 'beispiel-kinderwelt',
    title: 'Familiencafé Driesch (Beispiel)',
    topic: 'Begegnung',
    targetGroup: 'Familien',
    district: 'Driesch',
    contact: 'cafe@example.org',
    hours: 'Sa 10–13 Uhr (Beispiel)',
    latitude: 51.2095,
    longitude: 6.6275,
  },
];

export async function seedFamily(db: PrismaClient, { demoData, log }: { demoData: boolean; log: Logger }) {
  await db.provider.createMany({
    data: SAMPLE_PROVIDERS.map((p) => ({ ...p, sample: true })),
    skipDuplicates: true,
  });
  await db.kita.createMany({
    data: SAMPLE_KITAS.map(({ u3: _u3, ue3: _ue3, ...k }) => ({
      ...k,
      openingTimes: 'Mo–Fr 7:30–16:30 Uhr (Beispiel)',
      criteria: CRITERIA,
      sample: true,
    })),
    skipDuplicates: true,
  });
  await db.kitaGroup.createMany({
    data: SAMPLE_KITAS.flatMap((k) => [
      { kitaId: k.id, ageGroup: 'U3' as const, places: k.u3, freePlaces: k.u3 },
      { kitaId: k.id, ageGroup: 'UE3' as const, places: k.ue3, freePlaces: k.ue3 },
    ]),
    skipDuplicates: true,
  });
  await db.familyOffer.createMany({
    data: SAMPLE_OFFERS.map((o) => ({ ...o, sample: true })),
    skipDuplicates: true,
  });
  // Sample addresses only where there is no official import (which removes them).
  if (demoData && (await db.address.count({ where: { sample: false } })) === 0)
    await importAddresses(db, readFileSync(SAMPLE_ADDRESS_FILE, 'utf8').split('\n'), { sample: true });
  if (demoData)
    await db.coordinator.createMany({
      data: [{ providerId: 'beispiel-kinderwelt', accountId: DEMO_COORDINATOR_ID }],
      skipDuplicates: true,
    });
  log.debug('family sample directory in place');
}
