/**
 * Sample data for demonstrations and tests (demoData only): a few offers of the
 * city and of the demo partner, every one marked `sample` and "(Beispiel)" in its
 * title because they are invented, and an active pass for the demo citizen Anna.
 * Run at every start: what exists already is left alone.
 */
import type { Logger } from '@kaarst/kit';
import type { OfferCategory, PrismaClient } from './generated/prisma/client.ts';
import { CITY_PARTNER_NAME } from './models.ts';
import { oneYearFrom } from './passes.ts';

/** The demo accounts of the citizens subgraph's seed. */
export const DEMO_CITIZEN_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';
export const DEMO_PARTNER_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0004';
const DEMO_PARTNER_NAME = 'Beispiel-Partner Kaarst';

interface SampleOffer {
  id: string;
  title: string;
  description: string;
  category: OfferCategory;
  priceCents: number;
  quota: number | null;
  partner: boolean;
  place: string | null;
}

const SAMPLE_OFFERS: SampleOffer[] = [
  {
    id: '7a1e0c52-0d6b-4f7e-9c3a-5b0000000001',
    title: 'Stadtbücherei: Jahresausweis (Beispiel)',
    description: 'Ein Jahr ausleihen ohne Gebühr. Beispielangebot, keine offizielle Leistung.',
    category: 'LIBRARY',
    priceCents: 0,
    quota: null,
    partner: false,
    place: 'Stadtbücherei, Kaarst-Mitte',
  },
  {
    id: '7a1e0c52-0d6b-4f7e-9c3a-5b0000000002',
    title: 'Kaarster See: Tageskarte Freibad (Beispiel)',
    description: 'Eine Tageskarte zum ermäßigten Preis. Beispielangebot, keine offizielle Leistung.',
    category: 'POOL',
    priceCents: 250,
    quota: 200,
    partner: false,
    place: 'Kaarster See, Kaarst-Mitte',
  },
  {
    id: '7a1e0c52-0d6b-4f7e-9c3a-5b0000000003',
    title: 'Bus im Stadtgebiet (Beispiel)',
    description: 'Freie Fahrt im Kaarster Stadtgebiet, wie die Stadt sie anstrebt. Beispielangebot.',
    category: 'TRANSIT',
    priceCents: 0,
    quota: null,
    partner: false,
    place: null,
  },
  {
    id: '7a1e0c52-0d6b-4f7e-9c3a-5b0000000004',
    title: 'Kletterhalle: Schnupperstunde (Beispiel)',
    description: 'Eine Stunde mit Ausrüstung. Beispielangebot eines erfundenen Partners.',
    category: 'SPORT',
    priceCents: 0,
    quota: 50,
    partner: true,
    place: 'Holzbüttgen',
  },
  {
    id: '7a1e0c52-0d6b-4f7e-9c3a-5b0000000005',
    title: 'Theaterabend: 20 % Rabatt (Beispiel)',
    description: 'Ermäßigte Karte für einen Abend. Beispielangebot eines erfundenen Partners.',
    category: 'CULTURE',
    priceCents: 1200,
    quota: 30,
    partner: true,
    place: 'Vorst',
  },
];

export async function seedPass(db: PrismaClient, { demoData, log }: { demoData: boolean; log: Logger }) {
  if (!demoData) return;
  const validFrom = new Date('2026-01-01T00:00:00Z');
  const validUntil = new Date('2030-12-31T23:00:00Z');
  let created = 0;
  for (const { partner, ...offer } of SAMPLE_OFFERS) {
    const existing = await db.offer.findUnique({ where: { id: offer.id } });
    // Sample offers seeded before offers had a place get theirs.
    if (existing) {
      if (existing.place === null && offer.place !== null)
        await db.offer.update({ where: { id: offer.id }, data: { place: offer.place } });
      continue;
    }
    await db.offer.create({
      data: {
        ...offer,
        validFrom,
        validUntil,
        sample: true,
        partnerId: partner ? DEMO_PARTNER_ID : null,
        partnerName: partner ? DEMO_PARTNER_NAME : CITY_PARTNER_NAME,
      },
    });
    created++;
  }
  if (!(await db.kaarstPass.findFirst({ where: { holderId: DEMO_CITIZEN_ID } }))) {
    const now = new Date();
    await db.kaarstPass.create({
      data: {
        holderId: DEMO_CITIZEN_ID,
        status: 'ACTIVE',
        statusReason: 'Beispielpass (Demo)',
        postalCode: '41564',
        street: 'Beispielweg 1',
        validFrom: now,
        validUntil: oneYearFrom(now),
        decidedAt: now,
      },
    });
    created++;
  }
  if (created > 0) log.info({ created }, 'Kaarst Pass sample offers and demo pass');
}
