import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validIban } from '../src/birth.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

const PARENT: Viewer = { id: 'dddddddd-0000-4000-8000-000000000001', roles: ['citizen'] };
const OTHER: Viewer = { id: 'dddddddd-0000-4000-8000-000000000002', roles: ['citizen'] };
const IBAN = 'DE89 3704 0044 0532 0130 00'; // the well-known valid example IBAN
const SUBMIT = `mutation ($input: BirthBundleInput!) { submitBirthBundle(input: $input) {
  id birthDate parts { office consent document howToSubmit } } }`;
const MINE = '{ myBirthBundles { id childFirstNames parts { office consent document } } }';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const base = {
  childFirstNames: 'Lea Marie',
  childFamilyName: 'Beispiel',
  birthDate: daysAgo(10),
  placeOfBirth: 'Neuss',
  parent1Name: 'Eva Beispiel',
  parent2Name: 'Tom Beispiel',
  married: true,
};

describe('birth bundle: one form, a part per office with consent', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask } = askers(() => ({ url: subgraph.url, keys }));
  const code = async (input: Record<string, unknown>) =>
    (await ask(PARENT, SUBMIT, { input })).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('checks IBANs by their mod-97 sum', () => {
    expect(validIban(IBAN)).toBe('DE89370400440532013000');
    expect(validIban('DE89 3704 0044 0532 0130 01')).toBeNull();
  });

  it('gives each consented office its part and keeps nothing for the others', async () => {
    const answer = await ask(PARENT, SUBMIT, {
      input: {
        ...base,
        consentRegistryOffice: true,
        consentFamilienkasse: true,
        consentElterngeldOffice: false,
        applicantTaxId: '12345678901',
        iban: IBAN,
        certificateCopies: 4,
      },
    });
    expect(answer.errors).toBeUndefined();
    const parts = Object.fromEntries(
      answer.data.submitBirthBundle.parts.map((p: { office: string }) => [p.office, p]),
    );
    expect(parts.REGISTRY_OFFICE).toMatchObject({
      consent: true,
      document: { certificateCopies: 4, placeOfBirth: 'Neuss' },
    });
    expect(parts.FAMILIENKASSE).toMatchObject({
      consent: true,
      document: { applicantTaxId: '12345678901', iban: 'DE89370400440532013000' },
    });
    expect(parts.FAMILIENKASSE.howToSubmit).toMatch(/Nicht elektronisch übermittelt/);
    expect(parts.ELTERNGELD_OFFICE).toMatchObject({ consent: false, document: null });
    const row = await subgraph.db.birthBundle.findUniqueOrThrow({
      where: { id: answer.data.submitBirthBundle.id },
    });
    expect([row.elterngeldMonths1, row.elterngeldMonths2]).toEqual([null, null]);
    // Only the family sees it.
    expect((await ask(PARENT, MINE)).data.myBirthBundles).toHaveLength(1);
    expect((await ask(OTHER, MINE)).data.myBirthBundles).toEqual([]);
    expect(
      (await ask(OTHER, 'mutation ($id: ID!) { deleteBirthBundle(id: $id) }', { id: row.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await ask(null, MINE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses data for an office without consent, missing data for one with consent, and no consent at all', async () => {
    const before = await subgraph.db.birthBundle.count();
    const none = {
      consentRegistryOffice: false,
      consentFamilienkasse: false,
      consentElterngeldOffice: false,
    };
    expect(await code({ ...base, ...none })).toEqual([['BAD_USER_INPUT', 'consentRegistryOffice']]);
    const registryOnly = {
      consentRegistryOffice: true,
      consentFamilienkasse: false,
      consentElterngeldOffice: false,
    };
    expect(await code({ ...base, ...registryOnly, iban: IBAN })).toEqual([['BAD_USER_INPUT', 'iban']]);
    expect(await code({ ...base, ...registryOnly, applicantTaxId: '12345678901' })).toEqual([
      ['BAD_USER_INPUT', 'applicantTaxId'],
    ]);
    const kindergeld = {
      consentRegistryOffice: false,
      consentFamilienkasse: true,
      consentElterngeldOffice: false,
    };
    expect(await code({ ...base, ...kindergeld, iban: IBAN })).toEqual([
      ['BAD_USER_INPUT', 'applicantTaxId'],
    ]);
    expect(await code({ ...base, ...kindergeld, applicantTaxId: '12345678901', iban: 'DE00123' })).toEqual([
      ['BAD_USER_INPUT', 'iban'],
    ]);
    const elterngeld = {
      consentRegistryOffice: false,
      consentFamilienkasse: false,
      consentElterngeldOffice: true,
      iban: IBAN,
    };
    expect(await code({ ...base, ...elterngeld, elterngeldMonthsParent1: 15 })).toEqual([
      ['BAD_USER_INPUT', 'elterngeldMonthsParent1'],
    ]);
    expect(await code({ ...base, ...registryOnly, birthDate: daysAgo(-3) })).toEqual([
      ['BAD_USER_INPUT', 'birthDate'],
    ]);
    expect(await subgraph.db.birthBundle.count()).toBe(before);
    const ok = await ask(PARENT, SUBMIT, {
      input: { ...base, ...elterngeld, elterngeldMonthsParent1: 12, elterngeldMonthsParent2: 2 },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('is in the export and erased with the account', async () => {
    const PD = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { family } } }';
    const copy = await ask(PARENT, PD, { r: [{ __typename: 'PersonalData', accountId: PARENT.id }] });
    expect(copy.data._entities[0].family.birthBundles).toHaveLength(2);
    await subgraph.eraseAccount(PARENT.id);
    expect(await subgraph.db.birthBundle.count({ where: { familyId: PARENT.id } })).toBe(0);
  });
});
