/**
 * The birth bundle's draft as the form fills it, what is sent of it (only what the consented
 * offices need: the subgraph refuses the rest), and each office's part as a file to download.
 */
import type { BirthBundleInput, BirthOffice, PortalBirthBundleFragment } from '../generated/graphql.ts';

export const OFFICES: BirthOffice[] = ['REGISTRY_OFFICE', 'FAMILIENKASSE', 'ELTERNGELD_OFFICE'];
const FILE_NAMES: Record<BirthOffice, string> = {
  REGISTRY_OFFICE: 'standesamt',
  FAMILIENKASSE: 'familienkasse',
  ELTERNGELD_OFFICE: 'elterngeldstelle',
};

export interface Draft {
  childFirstNames: string;
  childFamilyName: string;
  birthDate: string;
  placeOfBirth: string;
  parent1Name: string;
  parent2Name: string;
  married: boolean;
  consent: Record<BirthOffice, boolean>;
  certificateCopies: string;
  applicantTaxId: string;
  iban: string;
  months1: string;
  months2: string;
}
/** The draft's text fields (each one input). */
export type TextField = Exclude<keyof Draft, 'married' | 'consent'>;

export const emptyDraft = (): Draft => ({
  childFirstNames: '',
  childFamilyName: '',
  birthDate: '',
  placeOfBirth: 'Kaarst',
  parent1Name: '',
  parent2Name: '',
  married: false,
  consent: { REGISTRY_OFFICE: false, FAMILIENKASSE: false, ELTERNGELD_OFFICE: false },
  certificateCopies: '3',
  applicantTaxId: '',
  iban: '',
  months1: '12',
  months2: '2',
});

/** Only what the consented offices need: the subgraph refuses the rest. */
export function inputOf(d: Draft): BirthBundleInput {
  const { consent } = d;
  return {
    childFirstNames: d.childFirstNames,
    childFamilyName: d.childFamilyName,
    birthDate: d.birthDate,
    placeOfBirth: d.placeOfBirth,
    parent1Name: d.parent1Name,
    parent2Name: d.parent2Name.trim() || null,
    married: d.married,
    consentRegistryOffice: consent.REGISTRY_OFFICE,
    consentFamilienkasse: consent.FAMILIENKASSE,
    consentElterngeldOffice: consent.ELTERNGELD_OFFICE,
    ...(consent.REGISTRY_OFFICE ? { certificateCopies: Number(d.certificateCopies) } : {}),
    ...(consent.FAMILIENKASSE ? { applicantTaxId: d.applicantTaxId } : {}),
    ...(consent.FAMILIENKASSE || consent.ELTERNGELD_OFFICE ? { iban: d.iban } : {}),
    ...(consent.ELTERNGELD_OFFICE
      ? { elterngeldMonthsParent1: Number(d.months1), elterngeldMonthsParent2: Number(d.months2) }
      : {}),
  };
}

export function download(bundle: PortalBirthBundleFragment, office: BirthOffice, document: unknown) {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `geburt-${bundle.birthDate}-${FILE_NAMES[office]}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
