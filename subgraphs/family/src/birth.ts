/**
 * The birth bundle (after Bremen's ELFE): one guided form after a birth gathers what three
 * offices need: the registry office (Standesamt: names, birth, parents, certificates), the
 * Familienkasse (Kindergeld: the applicant's tax id, the account) and the Elterngeld office
 * (months planned per parent, the account). The family consents per office; data only an
 * office without consent would need is refused, not stored. The hub files nothing with
 * federal systems it cannot reach: each office's part is a document the family downloads
 * (or the town's office takes up), and the answer says so.
 */
import { badInput, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import { isoDate, isUuid } from './applications.ts';
import type { BirthBundle, PrismaClient } from './generated/prisma/client.ts';

export interface BirthBundleInput {
  childFirstNames: string;
  childFamilyName: string;
  birthDate: string;
  placeOfBirth: string;
  parent1Name: string;
  parent2Name?: string | null;
  married: boolean;
  consentRegistryOffice: boolean;
  consentFamilienkasse: boolean;
  consentElterngeldOffice: boolean;
  certificateCopies?: number | null;
  applicantTaxId?: string | null;
  iban?: string | null;
  elterngeldMonthsParent1?: number | null;
  elterngeldMonthsParent2?: number | null;
}

const name = (value: string, field: string) => {
  const t = value.trim();
  if (t.length < 1 || t.length > 200) throw badInput(`${field} must be 1 to 200 characters.`, field);
  return t;
};

/** A German IBAN with a valid ISO 7064 mod-97 check. */
export function validIban(raw: string): string | null {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^DE\d{20}$/.test(iban)) return null;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1 ? iban : null;
}

function checked(input: BirthBundleInput) {
  if (!input.consentRegistryOffice && !input.consentFamilienkasse && !input.consentElterngeldOffice)
    throw badInput('Consent to at least one office: without it nothing is kept.', 'consentRegistryOffice');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.birthDate);
  const birthDate = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!birthDate || isoDate(birthDate) !== input.birthDate)
    throw badInput('birthDate must be a date YYYY-MM-DD.', 'birthDate');
  if (birthDate.getTime() > Date.now() || birthDate.getTime() < Date.now() - 366 * 86_400_000)
    throw badInput('The birth must be in the last twelve months.', 'birthDate');
  const refuse = (field: string, office: string) =>
    badInput(`${field} is only for the ${office}: give your consent for it, or leave it out.`, field);
  // Registry office.
  let certificateCopies: number | null = null;
  if (input.consentRegistryOffice) {
    certificateCopies = input.certificateCopies ?? 3;
    if (!Number.isInteger(certificateCopies) || certificateCopies < 1 || certificateCopies > 10)
      throw badInput('certificateCopies must be from 1 to 10.', 'certificateCopies');
  } else if (input.certificateCopies != null) throw refuse('certificateCopies', 'registry office');
  // Familienkasse.
  let applicantTaxId: string | null = null;
  if (input.consentFamilienkasse) {
    applicantTaxId = (input.applicantTaxId ?? '').replace(/\s+/g, '');
    if (!/^[1-9]\d{10}$/.test(applicantTaxId))
      throw badInput('The Familienkasse needs the applicant’s 11-digit tax id.', 'applicantTaxId');
  } else if (input.applicantTaxId != null) throw refuse('applicantTaxId', 'Familienkasse');
  // Elterngeld office.
  let months1: number | null = null;
  let months2: number | null = null;
  if (input.consentElterngeldOffice) {
    months1 = input.elterngeldMonthsParent1 ?? 0;
    months2 = input.elterngeldMonthsParent2 ?? 0;
    for (const [v, f] of [
      [months1, 'elterngeldMonthsParent1'],
      [months2, 'elterngeldMonthsParent2'],
    ] as const)
      if (!Number.isInteger(v) || v < 0 || v > 14)
        throw badInput('Elterngeld months are 0 to 14 per parent.', f);
    if (months1 + months2 < 2 || months1 + months2 > 14)
      throw badInput('Elterngeld: 2 to 14 months in all (Basiselterngeld).', 'elterngeldMonthsParent1');
    if (months2 > 0 && !input.parent2Name)
      throw badInput('Months for a second parent need their name.', 'parent2Name');
  } else if (input.elterngeldMonthsParent1 != null || input.elterngeldMonthsParent2 != null)
    throw refuse('elterngeldMonthsParent1', 'Elterngeld office');
  // The account: Kindergeld and Elterngeld.
  let iban: string | null = null;
  if (input.consentFamilienkasse || input.consentElterngeldOffice) {
    iban = validIban(input.iban ?? '');
    if (!iban) throw badInput('A German IBAN with a valid check sum is needed for the payments.', 'iban');
  } else if (input.iban != null) throw refuse('iban', 'Familienkasse or the Elterngeld office');
  return {
    childFirstNames: name(input.childFirstNames, 'childFirstNames'),
    childFamilyName: name(input.childFamilyName, 'childFamilyName'),
    birthDate,
    placeOfBirth: name(input.placeOfBirth, 'placeOfBirth'),
    parent1Name: name(input.parent1Name, 'parent1Name'),
    parent2Name: input.parent2Name ? name(input.parent2Name, 'parent2Name') : null,
    married: input.married,
    consentRegistry: input.consentRegistryOffice,
    consentFamilienkasse: input.consentFamilienkasse,
    consentElterngeld: input.consentElterngeldOffice,
    certificateCopies,
    applicantTaxId,
    iban,
    elterngeldMonths1: months1,
    elterngeldMonths2: months2,
  };
}

export async function submitBirthBundle(db: PrismaClient, viewer: Viewer | null, input: BirthBundleInput) {
  const v = requireViewer(viewer);
  if ((await db.birthBundle.count({ where: { familyId: v.id } })) >= 10)
    throw badInput('At most 10 birth bundles.', 'birthDate');
  return db.birthBundle.create({ data: { ...checked(input), familyId: v.id } });
}

export async function myBirthBundles(db: PrismaClient, viewer: Viewer | null) {
  const v = requireViewer(viewer);
  return db.birthBundle.findMany({ where: { familyId: v.id }, orderBy: { createdAt: 'desc' } });
}

export async function deleteBirthBundle(db: PrismaClient, viewer: Viewer | null, id: string) {
  const v = requireViewer(viewer);
  const { count } = isUuid(id)
    ? await db.birthBundle.deleteMany({ where: { id, familyId: v.id } })
    : { count: 0 };
  if (count === 0) throw notFound('The birth bundle');
  return true;
}

const HOW =
  'Nicht elektronisch übermittelt: Die Stadt Kaarst erreicht die Systeme dieser Behörde nicht. Laden Sie das Dokument herunter und reichen Sie es dort ein.';

/** Each office's part: its document with consent, null without (nothing of it was kept). */
export function partsOf(b: BirthBundle) {
  const child = {
    firstNames: b.childFirstNames,
    familyName: b.childFamilyName,
    birthDate: isoDate(b.birthDate),
  };
  const parents = [b.parent1Name, ...(b.parent2Name ? [b.parent2Name] : [])];
  return [
    {
      office: 'REGISTRY_OFFICE' as const,
      consent: b.consentRegistry,
      howToSubmit:
        'Für das Standesamt Kaarst: Beurkundung der Geburt; bringen Sie die Originale der Ausweise mit.',
      document: b.consentRegistry
        ? {
            office: 'Standesamt Kaarst',
            child,
            placeOfBirth: b.placeOfBirth,
            parents,
            married: b.married,
            certificateCopies: b.certificateCopies,
          }
        : null,
    },
    {
      office: 'FAMILIENKASSE' as const,
      consent: b.consentFamilienkasse,
      howToSubmit: `Kindergeld bei der Familienkasse der Bundesagentur für Arbeit. ${HOW}`,
      document: b.consentFamilienkasse
        ? {
            office: 'Familienkasse',
            child,
            applicant: b.parent1Name,
            applicantTaxId: b.applicantTaxId,
            iban: b.iban,
          }
        : null,
    },
    {
      office: 'ELTERNGELD_OFFICE' as const,
      consent: b.consentElterngeld,
      howToSubmit: `Elterngeld bei der Elterngeldstelle des Rhein-Kreises Neuss. ${HOW}`,
      document: b.consentElterngeld
        ? {
            office: 'Elterngeldstelle',
            child,
            months: [
              { parent: b.parent1Name, months: b.elterngeldMonths1 },
              ...(b.parent2Name ? [{ parent: b.parent2Name, months: b.elterngeldMonths2 }] : []),
            ],
            iban: b.iban,
          }
        : null,
    },
  ];
}
