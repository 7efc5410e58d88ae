import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineKm } from '../src/directory.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID, SAMPLE_KITAS } from '../src/seed.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

const COORDINATOR: Viewer = { id: DEMO_COORDINATOR_ID, roles: ['partner'] };
const OTHER_PARTNER: Viewer = { id: 'cccccccc-0000-4000-8000-000000000001', roles: ['partner'] };
const ADMIN: Viewer = { id: 'cccccccc-0000-4000-8000-000000000002', roles: ['admin'] };
const CITIZEN: Viewer = { id: 'cccccccc-0000-4000-8000-000000000003', roles: ['citizen'] };
const BUETTGEN = { latitude: 51.2008, longitude: 6.5985 };

type Kita = {
  id: string;
  name: string;
  distanceKm: number | null;
  sample: boolean;
  latitude: number;
  longitude: number;
};
const KITAS = `query ($search: KitaSearchInput) { kitas(search: $search) {
  id name distanceKm sample latitude longitude freePlaces places { ageGroup places freePlaces } criteria { code points } provider { id sample } } }`;
const OFFERS = `query ($search: FamilyOfferSearchInput) { familyOffers(search: $search) { id title topic district distanceKm sample provider { id } } }`;
const UPDATE =
  'mutation ($id: ID!, $input: KitaUpdateInput!) { updateKita(id: $id, input: $input) { id concept } }';
const ADD_OFFER = `mutation ($providerId: ID!, $input: FamilyOfferInput!) { addFamilyOffer(providerId: $providerId, input: $input) { id title } }`;

describe('family directory: search and who keeps the entries', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask, codes: code } = askers(() => ({ url: subgraph.url, keys }));

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('lists the sample Kitas, marked as sample, in every district', async () => {
    const answer = await ask(null, KITAS);
    expect(answer.errors).toBeUndefined();
    const kitas: Kita[] = answer.data.kitas;
    expect(kitas).toHaveLength(SAMPLE_KITAS.length);
    for (const kita of kitas) {
      expect(kita.sample).toBe(true);
      expect(kita.name).toMatch(/Beispiel/);
      expect(kita.distanceKm).toBeNull();
    }
    const districts = (await subgraph.db.kita.findMany()).map((k) => k.district).sort();
    expect(districts).toEqual(['Büttgen', 'Driesch', 'Holzbüttgen', 'Kaarst', 'Vorst']);
  });

  it('searches by point and radius (haversine in SQL), nearest first, with the JS formula’s distances', async () => {
    const all: Kita[] = (await ask(null, KITAS)).data.kitas;
    const answer = await ask(null, KITAS, { search: { near: { ...BUETTGEN, radiusKm: 3 } } });
    expect(answer.errors).toBeUndefined();
    const near: Kita[] = answer.data.kitas;
    const expected = all
      .map((k) => ({ id: k.id, d: haversineKm(BUETTGEN, k) }))
      .filter((k) => k.d <= 3)
      .sort((a, b) => a.d - b.d);
    expect(near.map((k) => k.id)).toEqual(expected.map((k) => k.id));
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(all.length);
    expect(near[0]?.id).toBe('beispiel-kita-regenbogen');
    for (const [i, k] of near.entries()) expect(k.distanceKm).toBeCloseTo(expected[i]?.d ?? -1, 6);
    // Vorst's Kita is about 4.2 km from Büttgen: out at 3 km, in at 5 km.
    expect(near.map((k) => k.id)).not.toContain('beispiel-kita-pusteblume');
    const wider: Kita[] = (await ask(null, KITAS, { search: { near: { ...BUETTGEN, radiusKm: 5 } } })).data
      .kitas;
    expect(wider.map((k) => k.id)).toContain('beispiel-kita-pusteblume');
  });

  it('filters by age at start, weekly hours, language and free places', async () => {
    const ids = async (search: Record<string, unknown>) =>
      ((await ask(null, KITAS, { search })).data.kitas as Kita[]).map((k) => k.id).sort();
    expect(await ids({ ageMonthsAtStart: 10 })).toEqual([
      'beispiel-kita-kleine-strolche',
      'beispiel-kita-wirbelwind',
    ]);
    expect(await ids({ weeklyHours: 25 })).toEqual([
      'beispiel-kita-kleine-strolche',
      'beispiel-kita-sonnenschein',
      'beispiel-kita-wirbelwind',
    ]);
    expect(await ids({ language: 'türkisch' })).toEqual(['beispiel-kita-regenbogen']);
    expect(await ids({ ageMonthsAtStart: 40, weeklyHours: 45, district: 'Vorst' })).toEqual([
      'beispiel-kita-pusteblume',
    ]);
    await subgraph.db.kitaGroup.updateMany({
      where: { kitaId: 'beispiel-kita-wirbelwind' },
      data: { freePlaces: 0 },
    });
    expect(await ids({ onlyWithFreePlaces: true })).not.toContain('beispiel-kita-wirbelwind');
    expect(await ids({ onlyWithFreePlaces: true })).toHaveLength(SAMPLE_KITAS.length - 1);
  });

  it('searches family offers by topic, district and radius', async () => {
    const topic = (await ask(null, OFFERS, { search: { topic: 'sprache' } })).data.familyOffers;
    expect(topic).toHaveLength(1);
    expect(topic[0]).toMatchObject({ district: 'Holzbüttgen', sample: true });
    expect(topic[0].title).toMatch(/Beispiel/);
    const near = (await ask(null, OFFERS, { search: { near: { ...BUETTGEN, radiusKm: 1 } } })).data
      .familyOffers;
    expect(near.map((o: { district: string }) => o.district)).toEqual(['Büttgen']);
    expect((await ask(null, OFFERS, { search: { district: 'Driesch' } })).data.familyOffers).toHaveLength(1);
  });

  it('refuses a radius ≤ 0 or over 50 km and bad coordinates with BAD_USER_INPUT', async () => {
    for (const radiusKm of [0, -1, 50.5])
      expect(await code(null, KITAS, { search: { near: { ...BUETTGEN, radiusKm } } })).toEqual([
        'BAD_USER_INPUT',
      ]);
    expect(await code(null, OFFERS, { search: { near: { ...BUETTGEN, radiusKm: 0 } } })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await code(null, KITAS, { search: { near: { latitude: 91, longitude: 6, radiusKm: 1 } } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await code(null, KITAS, { search: { ageMonthsAtStart: -1 } })).toEqual(['BAD_USER_INPUT']);
    expect((await ask(null, '{ kita(id: "nope") { id } }')).data.kita).toBeNull();
  });

  it('a coordinator edits only their own provider’s Kitas and offers', async () => {
    const own = 'beispiel-kita-sonnenschein'; // provider beispiel-kinderwelt, coordinated by the demo partner
    const other = 'beispiel-kita-wirbelwind'; // provider beispiel-familienhilfe
    const ok = await ask(COORDINATOR, UPDATE, { id: own, input: { concept: 'Neues Konzept (Beispiel)' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateKita.concept).toBe('Neues Konzept (Beispiel)');
    const before = await subgraph.db.kita.findUniqueOrThrow({ where: { id: other } });
    expect(await code(COORDINATOR, UPDATE, { id: other, input: { concept: 'x' } })).toEqual(['FORBIDDEN']);
    expect(await code(OTHER_PARTNER, UPDATE, { id: own, input: { concept: 'x' } })).toEqual(['FORBIDDEN']);
    expect(await code(CITIZEN, UPDATE, { id: own, input: { concept: 'x' } })).toEqual(['FORBIDDEN']);
    expect(await code(null, UPDATE, { id: own, input: { concept: 'x' } })).toEqual(['UNAUTHENTICATED']);
    expect(await code(COORDINATOR, UPDATE, { id: 'keine-kita', input: { concept: 'x' } })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await code(COORDINATOR, UPDATE, { id: own, input: { concept: '  ' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await subgraph.db.kita.findUniqueOrThrow({ where: { id: other } })).concept).toBe(before.concept);
    // An admin makes the other partner coordinator of the other provider: now they may.
    const named = await ask(
      ADMIN,
      'mutation { addFamilyProviderCoordinator(providerId: "beispiel-familienhilfe", accountId: "cccccccc-0000-4000-8000-000000000001") }',
    );
    expect(named.errors).toBeUndefined();
    expect(
      await code(
        COORDINATOR,
        'mutation { addFamilyProviderCoordinator(providerId: "beispiel-familienhilfe", accountId: "cccccccc-0000-4000-8000-000000000001") }',
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await ask(OTHER_PARTNER, UPDATE, { id: other, input: { concept: 'Wald (Beispiel)' } })).errors,
    ).toBeUndefined();

    const input = {
      title: 'Elterncafé (Beispiel)',
      topic: 'Begegnung',
      targetGroup: 'Eltern',
      district: 'Kaarst',
      contact: 'x@example.org',
      hours: 'Mo 9–11',
    };
    const added = await ask(COORDINATOR, ADD_OFFER, { providerId: 'beispiel-kinderwelt', input });
    expect(added.errors).toBeUndefined();
    expect(await code(COORDINATOR, ADD_OFFER, { providerId: 'beispiel-familienhilfe', input })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await code(COORDINATOR, ADD_OFFER, { providerId: 'kein-traeger', input })).toEqual(['NOT_FOUND']);
    const UPDATE_OFFER =
      'mutation ($id: ID!, $input: FamilyOfferInput!) { updateFamilyOffer(id: $id, input: $input) { id title } }';
    const theirs = await subgraph.db.familyOffer.findFirstOrThrow({
      where: { providerId: 'beispiel-familienhilfe' },
    });
    expect(await code(COORDINATOR, UPDATE_OFFER, { id: theirs.id, input })).toEqual(['FORBIDDEN']);
    expect((await subgraph.db.familyOffer.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe(
      theirs.title,
    );
  });

  it('a coordinator publishes criteria; bad criteria are refused', async () => {
    const SET =
      'mutation ($kitaId: ID!, $criteria: [KitaCriterionInput!]!) { setKitaCriteria(kitaId: $kitaId, criteria: $criteria) { criteria { code label points } } }';
    const criteria = [{ code: 'geschwister', label: 'Geschwisterkind', points: 40 }];
    const ok = await ask(COORDINATOR, SET, { kitaId: 'beispiel-kita-sonnenschein', criteria });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.setKitaCriteria.criteria).toEqual(criteria);
    expect(
      await code(COORDINATOR, SET, {
        kitaId: 'beispiel-kita-sonnenschein',
        criteria: [...criteria, ...criteria],
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await code(COORDINATOR, SET, {
        kitaId: 'beispiel-kita-sonnenschein',
        criteria: [{ code: 'x', label: 'x', points: 101 }],
      }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await code(COORDINATOR, SET, { kitaId: 'beispiel-kita-pusteblume', criteria })).toEqual([
      'FORBIDDEN',
    ]);
  });
});
