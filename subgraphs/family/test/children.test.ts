/**
 * A family corrects and removes its children (src/children.ts): validation, someone else's
 * child NOT_FOUND, no removal while a wish is active (CONFLICT with its reason), no change of
 * the age group under active wishes, removal once the wishes are withdrawn; and a partner sees
 * which providers it coordinates (the workbench shows the Kita screens to those only).
 */
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID } from '../src/seed.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

const FAMILY: Viewer = { id: 'cccccccc-0000-4000-8000-000000000001', roles: ['citizen'] };
const OTHER: Viewer = { id: 'cccccccc-0000-4000-8000-000000000002', roles: ['citizen'] };
const KITA = 'beispiel-kita-sonnenschein';
const U3 = { birthDate: '2024-01-15', startDate: '2026-08-01', weeklyHours: 35 };
const UE3 = { birthDate: '2022-01-15', startDate: '2026-08-01', weeklyHours: 35 };

const ADD = `mutation ($input: FamilyChildInput!) { addFamilyChild(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: FamilyChildInput!) {
  updateFamilyChild(id: $id, input: $input) { id firstName birthDate startDate weeklyHours ageGroup } }`;
const REMOVE = `mutation ($id: ID!) { removeFamilyChild(id: $id) }`;
const APPLY = `mutation ($childId: ID!, $kitaId: ID!) { applyForKita(childId: $childId, kitaId: $kitaId) { id } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawKitaApplication(id: $id) { id status } }`;
const MINE = `{ myChildren { id firstName } }`;

describe('family: children corrected and removed by their family', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask, codes, ok } = askers(() => ({ url: subgraph.url, keys }));
  const add = async (firstName: string, dates = U3) =>
    (await ok(FAMILY, ADD, { input: { firstName, ...dates } })).addFamilyChild.id as string;

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('corrects name, dates and hours; bad input names its field; someone else’s child is not found', async () => {
    const id = await add('Mia');
    const fixed = await ok(FAMILY, UPDATE, { id, input: { firstName: ' Mila ', ...UE3, weeklyHours: 45 } });
    expect(fixed.updateFamilyChild).toEqual({
      id,
      firstName: 'Mila',
      birthDate: '2022-01-15',
      startDate: '2026-08-01',
      weeklyHours: 45,
      ageGroup: 'UE3',
    });
    // the same correction again: the same answer
    expect(
      (await ok(FAMILY, UPDATE, { id, input: { firstName: 'Mila', ...UE3, weeklyHours: 45 } }))
        .updateFamilyChild,
    ).toEqual(fixed.updateFamilyChild);
    const bad = await ask(FAMILY, UPDATE, {
      id,
      input: { firstName: 'Mila', ...UE3, birthDate: '2022-02-30' },
    });
    expect(bad.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'birthDate' }]);
    const late = await ask(FAMILY, UPDATE, {
      id,
      input: { firstName: 'Mila', ...UE3, startDate: '2021-01-01' },
    });
    expect(late.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
    const empty = await ask(FAMILY, UPDATE, { id, input: { firstName: '  ', ...UE3 } });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'firstName' });
    expect(await codes(OTHER, UPDATE, { id, input: { firstName: 'X', ...UE3 } })).toEqual(['NOT_FOUND']);
    expect(await codes(OTHER, REMOVE, { id })).toEqual(['NOT_FOUND']);
    expect(await codes(FAMILY, REMOVE, { id: 'not-a-uuid' })).toEqual(['NOT_FOUND']);
    expect(await codes(null, REMOVE, { id })).toEqual(['UNAUTHENTICATED']);
    const still = await subgraph.db.child.findUniqueOrThrow({ where: { id } });
    expect(still.firstName).toBe('Mila');
  });

  it('refuses to remove a child with an active wish (CONFLICT) and to move its age group; removes it once withdrawn', async () => {
    const id = await add('Ben');
    const wish = (await ok(FAMILY, APPLY, { childId: id, kitaId: KITA })).applyForKita.id as string;
    const refused = await ask(FAMILY, REMOVE, { id });
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'ACTIVE_APPLICATIONS',
      activeApplications: 1,
    });
    expect(refused.data).toBeNull();
    expect(await subgraph.db.child.count({ where: { id } })).toBe(1);
    expect(await subgraph.db.wish.count({ where: { id: wish } })).toBe(1);
    // A new name is fine; a birth date that makes the child three at the start is not.
    expect(
      (await ok(FAMILY, UPDATE, { id, input: { firstName: 'Benno', ...U3 } })).updateFamilyChild.firstName,
    ).toBe('Benno');
    const moved = await ask(FAMILY, UPDATE, { id, input: { firstName: 'Benno', ...UE3 } });
    expect(moved.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'AGE_GROUP_OF_ACTIVE_WISHES' });
    expect((await subgraph.db.child.findUniqueOrThrow({ where: { id } })).birthDate.toISOString()).toContain(
      '2024-01-15',
    );
    // Withdrawn: the child goes, with its (withdrawn) wishes.
    expect((await ok(FAMILY, WITHDRAW, { id: wish })).withdrawKitaApplication.status).toBe('WITHDRAWN');
    expect((await ok(FAMILY, REMOVE, { id })).removeFamilyChild).toBe(true);
    expect(await subgraph.db.child.count({ where: { id } })).toBe(0);
    expect(await subgraph.db.wish.count({ where: { id: wish } })).toBe(0);
    expect((await ok(FAMILY, MINE)).myChildren.map((c: { firstName: string }) => c.firstName)).not.toContain(
      'Benno',
    );
    // Gone: a second removal finds nothing.
    expect(await codes(FAMILY, REMOVE, { id })).toEqual(['NOT_FOUND']);
  });

  it('tells a partner which providers it coordinates (none for a partner without a provider)', async () => {
    const providers = await ok(
      { id: DEMO_COORDINATOR_ID, roles: ['partner'] },
      '{ myCoordinatedProviders { id } }',
    );
    expect(providers.myCoordinatedProviders).toEqual([{ id: 'beispiel-kinderwelt' }]);
    const none = await ok(
      { id: 'cccccccc-0000-4000-8000-000000000009', roles: ['partner'] },
      '{ myCoordinatedProviders { id } }',
    );
    expect(none.myCoordinatedProviders).toEqual([]);
  });
});
