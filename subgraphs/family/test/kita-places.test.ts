import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID } from '../src/seed.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

const COORDINATOR: Viewer = { id: DEMO_COORDINATOR_ID, roles: ['partner'] };
const OTHER_PARTNER: Viewer = { id: 'dddddddd-0000-4000-8000-000000000001', roles: ['partner'] };
const FAMILY: Viewer = { id: 'dddddddd-0000-4000-8000-000000000002', roles: ['citizen'] };
const OWN = 'beispiel-kita-sonnenschein'; // provider beispiel-kinderwelt, the demo partner's
const OTHER = 'beispiel-kita-wirbelwind'; // provider beispiel-familienhilfe
const SET = `mutation ($kitaId: ID!, $ageGroup: KitaAgeGroup!, $places: Int!) {
  setKitaPlaces(kitaId: $kitaId, ageGroup: $ageGroup, places: $places) { id places { ageGroup places freePlaces } } }`;

describe('family: coordinators keep their Kitas’ places', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask, codes } = askers(() => ({ url: subgraph.url, keys }));
  const group = (kitaId: string, ageGroup: 'U3' | 'UE3') =>
    subgraph.db.kitaGroup.findUniqueOrThrow({ where: { kitaId_ageGroup: { kitaId, ageGroup } } });

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('lists only the coordinator’s own Kitas', async () => {
    const own = await ask(COORDINATOR, '{ myCoordinatedKitas { id provider { id } } }');
    expect(own.errors).toBeUndefined();
    const providers = new Set(
      own.data.myCoordinatedKitas.map((k: { provider: { id: string } }) => k.provider.id),
    );
    expect([...providers]).toEqual(['beispiel-kinderwelt']);
    expect(own.data.myCoordinatedKitas.map((k: { id: string }) => k.id)).toContain(OWN);
    const expected = await subgraph.db.kita.count({ where: { providerId: 'beispiel-kinderwelt' } });
    expect(own.data.myCoordinatedKitas).toHaveLength(expected);
    expect((await ask(OTHER_PARTNER, '{ myCoordinatedKitas { id } }')).data.myCoordinatedKitas).toEqual([]);
  });

  it('moves free places with the places, refuses fewer than are held, and only for its own Kitas', async () => {
    const before = await group(OWN, 'UE3');
    const ok = await ask(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: before.places + 2 });
    expect(ok.errors).toBeUndefined();
    expect(await group(OWN, 'UE3')).toMatchObject({
      places: before.places + 2,
      freePlaces: before.freePlaces + 2,
    });
    // One place held by an offer: down to 1 works (none free), down to 0 is a CONFLICT.
    await subgraph.db.kitaGroup.update({
      where: { kitaId_ageGroup: { kitaId: OWN, ageGroup: 'UE3' } },
      data: { freePlaces: before.places + 1 },
    });
    expect((await ask(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: 1 })).errors).toBeUndefined();
    expect(await group(OWN, 'UE3')).toMatchObject({ places: 1, freePlaces: 0 });
    expect(await codes(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: 0 })).toEqual(['CONFLICT']);
    expect(await group(OWN, 'UE3')).toMatchObject({ places: 1, freePlaces: 0 });

    expect(await codes(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: -1 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: 501 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes(COORDINATOR, SET, { kitaId: OTHER, ageGroup: 'UE3', places: 9 })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await codes(FAMILY, SET, { kitaId: OWN, ageGroup: 'UE3', places: 9 })).toEqual(['FORBIDDEN']);
    expect(await codes(COORDINATOR, SET, { kitaId: 'keine-kita', ageGroup: 'UE3', places: 9 })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await group(OWN, 'UE3')).toMatchObject({ places: 1, freePlaces: 0 });
  });

  it('offers an added place to the next on the waiting list', async () => {
    const child = await ask(
      FAMILY,
      'mutation ($input: FamilyChildInput!) { addFamilyChild(input: $input) { id } }',
      { input: { firstName: 'Mia', birthDate: '2022-03-01', startDate: '2026-08-01', weeklyHours: 35 } },
    );
    expect(child.errors).toBeUndefined();
    const wish = await ask(
      FAMILY,
      'mutation ($c: ID!, $k: ID!) { applyForKita(childId: $c, kitaId: $k) { id } }',
      {
        c: child.data.addFamilyChild.id,
        k: OWN,
      },
    );
    expect(wish.errors).toBeUndefined();
    const id = wish.data.applyForKita.id;
    await subgraph.db.wish.update({ where: { id }, data: { status: 'WAITLISTED' } });
    const { places } = await group(OWN, 'UE3');
    expect(await group(OWN, 'UE3')).toMatchObject({ freePlaces: 0 });
    expect(
      (await ask(COORDINATOR, SET, { kitaId: OWN, ageGroup: 'UE3', places: places + 1 })).errors,
    ).toBeUndefined();
    expect(await subgraph.db.wish.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'OFFERED' });
    expect(await group(OWN, 'UE3')).toMatchObject({ places: places + 1, freePlaces: 0 });
  });
});
