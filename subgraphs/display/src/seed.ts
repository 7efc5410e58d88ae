/**
 * The five squares' screens (the programme's places; positions approximate, the
 * nearest stops are ids of the transit subgraph's feed) are put in place at every
 * start. With demo data only: one sample credential per screen, `demo-<screenId>`
 * (sample data: never on a real deployment), and sample items marked as such.
 */
import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { issueCredential } from './screens.ts';

export const SCREENS = [
  {
    id: 'kaarst-rathausplatz',
    name: 'Kaarst Rathausplatz',
    place: 'Rathausplatz, Kaarst-Mitte',
    latitude: 51.2294,
    longitude: 6.618,
    orientation: 'LANDSCAPE',
    nearestStopId: 'ka_rathaus',
    nearestOfficeId: 'rathaus-kaarst',
  },
  {
    id: 'buettgen-rathausplatz',
    name: 'Büttgen Rathausplatz',
    place: 'Rathausplatz, Büttgen',
    latitude: 51.1993,
    longitude: 6.6003,
    orientation: 'LANDSCAPE',
    nearestStopId: 'bu_rathaus',
    nearestOfficeId: 'rathaus-buettgen',
  },
  {
    id: 'holzbuettgen-lindenplatz',
    name: 'Holzbüttgen Lindenplatz',
    place: 'Lindenplatz, Holzbüttgen',
    latitude: 51.2232,
    longitude: 6.6468,
    orientation: 'LANDSCAPE',
    nearestStopId: 'hb_linden',
    nearestOfficeId: 'rathaus-kaarst',
  },
  {
    id: 'vorst-st-eustachiusplatz',
    name: 'Vorst St. Eustachiusplatz',
    place: 'St. Eustachiusplatz, Vorst',
    latitude: 51.2441,
    longitude: 6.5693,
    orientation: 'PORTRAIT',
    nearestStopId: 'vo_kirche',
    nearestOfficeId: 'rathaus-kaarst',
  },
  {
    id: 'driesch-ortsmitte',
    name: 'Driesch Spielplatz in der Ortsmitte',
    place: 'Spielplatz in der Ortsmitte, Driesch',
    latitude: 51.2372,
    longitude: 6.5903,
    orientation: 'PORTRAIT',
    nearestStopId: 'driesch',
    nearestOfficeId: 'rathaus-kaarst',
  },
] as const;

export const demoCredential = (screenId: string) => `demo-${screenId}`;

export async function seedDisplay(db: PrismaClient, { demoData, log }: { demoData: boolean; log: Logger }) {
  for (const screen of SCREENS) {
    await db.screen.upsert({ where: { id: screen.id }, update: {}, create: { ...screen } });
  }
  if (!demoData) return;
  if ((await db.screenCredential.count()) === 0) {
    for (const screen of SCREENS) await issueCredential(db, screen.id, demoCredential(screen.id));
  }
  if ((await db.contentItem.count()) === 0) {
    const now = Date.now();
    await db.contentItem.create({
      data: {
        department: 'kultur',
        submittedBy: 'sample',
        title: 'Beispiel: Sommerkonzert am Kaarster See',
        body: 'Samstag, 19 Uhr, Eintritt frei (Beispieldaten).',
        validFrom: new Date(now - 3600_000),
        validUntil: new Date(now + 30 * 24 * 3600_000),
        screenIds: SCREENS.map((s) => s.id),
        status: 'APPROVED',
        decidedAt: new Date(now),
        decidedBy: 'sample',
      },
    });
  }
  log.debug('display screens in place');
}
