/**
 * Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit and Kontakt.
 * DRAFTS: the legally binding texts (responsible person, data protection
 * officer, enforcement body, phone numbers) must come from the town of Kaarst.
 * The pages say so; nothing here invents a name, a number or an address the
 * project cannot vouch for. What is described of the portal itself is true of
 * this code base (what it stores, how it was tested).
 */
import { language } from './i18n.ts';

export type LegalPage = 'imprint' | 'privacy' | 'accessibility' | 'contact';
export interface LegalText {
  title: string;
  /** Shown as a draft notice when the binding text must come from the town. */
  draft: string | null;
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

const DRAFT_DE =
  'Dieser Text ist ein Platzhalter. Den verbindlichen Wortlaut liefert die Stadt Kaarst; bis dahin gilt er nicht als amtliche Angabe.';
const DRAFT_EN =
  'This text is a placeholder. The binding wording comes from the town of Kaarst; until then it is not an official statement.';

const de: Record<LegalPage, LegalText> & { footer: Record<LegalPage, string>; draftLabel: string } = {
  draftLabel: 'Entwurf',
  footer: {
    imprint: 'Impressum',
    privacy: 'Datenschutzerklärung',
    accessibility: 'Erklärung zur Barrierefreiheit',
    contact: 'Kontakt',
  },
  imprint: {
    title: 'Impressum',
    draft: DRAFT_DE,
    sections: [
      {
        heading: 'Anbieterin',
        paragraphs: [
          'Stadt Kaarst, Am Neumarkt 2, 41564 Kaarst',
          'Die Stadt wird vertreten durch die Bürgermeisterin oder den Bürgermeister.',
        ],
      },
      {
        heading: 'Noch von der Stadt zu ergänzen',
        paragraphs: [
          'Namentlich Verantwortliche, Telefon, E-Mail, Umsatzsteuer-Identifikationsnummer und Aufsichtsbehörde.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Datenschutzerklärung',
    draft: DRAFT_DE,
    sections: [
      {
        heading: 'Verantwortliche Stelle',
        paragraphs: [
          'Stadt Kaarst, Am Neumarkt 2, 41564 Kaarst. Die Kontaktdaten der oder des Datenschutzbeauftragten ergänzt die Stadt.',
        ],
      },
      {
        heading: 'Welche Daten das Portal verarbeitet',
        paragraphs: [
          'Für ein Bürgerkonto: Name, E-Mail-Adresse und ein Passwort, das nur als Prüfwert gespeichert wird.',
          'Für Termine: gewählte Anliegen, Ort und Zeit sowie der Buchungscode. Für Meldungen: Ihre Beschreibung, der Ort und angehängte Dateien.',
          'Im Browser: die Anmeldung im Sitzungsspeicher (sessionStorage, endet mit dem Tab) und die gewählte Sprache (localStorage). Das Portal setzt keine Cookies zur Analyse.',
        ],
      },
      {
        heading: 'Ihre Rechte',
        paragraphs: [
          'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht bei der Aufsichtsbehörde. Eine Kopie Ihrer Daten erhalten Sie unter „Meine Daten“.',
          'Rechtsgrundlagen, Speicherfristen und die zuständige Aufsichtsbehörde ergänzt die Stadt.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    draft: DRAFT_DE,
    sections: [
      {
        heading: 'Geltungsbereich',
        paragraphs: [
          'Die Stadt Kaarst ist bemüht, dieses Bürgerportal barrierefrei zugänglich zu machen, nach den Vorgaben der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der europäischen Norm EN 301 549. Welche Landesregelung für die Stadt gilt, bestätigt die Stadt.',
        ],
      },
      {
        heading: 'Stand der Vereinbarkeit',
        paragraphs: [
          'Das Portal ist nach unserer eigenen Prüfung teilweise mit den Anforderungen vereinbar. Eine Prüfung durch eine unabhängige Prüfstelle (z. B. BITV-Test) hat noch nicht stattgefunden.',
        ],
      },
      {
        heading: 'Wie geprüft wurde',
        paragraphs: [
          'Automatisierte Prüfungen mit axe-core auf allen Seiten, Bedienung allein mit der Tastatur und Ansicht auf dem Smartphone, jeweils in automatischen Tests mit Chromium. Tests mit Screenreadern durch betroffene Menschen stehen noch aus.',
        ],
      },
      {
        heading: 'Bekannte Einschränkungen',
        paragraphs: [
          'Noch nicht geprüft sind Videoaufzeichnungen der Ratssitzungen (Untertitel) und angehängte Dokumente (PDF). Inhalte in Leichter Sprache und Gebärdensprache fehlen noch.',
        ],
      },
      {
        heading: 'Barrieren melden',
        paragraphs: [
          'Wenn Sie auf Barrieren stoßen, schreiben Sie uns bitte über die Kontaktseite. Die Stadt ergänzt eine eigene Ansprechstelle für Barrierefreiheit.',
        ],
      },
      {
        heading: 'Durchsetzungsverfahren',
        paragraphs: [
          'Erhalten Sie keine zufriedenstellende Antwort, können Sie sich an die zuständige Durchsetzungs- oder Schlichtungsstelle wenden. Deren Anschrift ergänzt die Stadt.',
        ],
      },
    ],
  },
  contact: {
    title: 'Kontakt',
    draft: DRAFT_DE,
    sections: [
      {
        heading: 'Stadt Kaarst',
        paragraphs: [
          'Rathaus Kaarst, Bürgerbüro, Am Neumarkt 2, 41564 Kaarst',
          'Rathaus Büttgen, Bürgerbüro, Rathausplatz 23, 41564 Kaarst-Büttgen',
          'Telefonnummern und E-Mail-Adressen ergänzt die Stadt. Für Termine nutzen Sie bitte „Termin buchen“, für Schäden und Mängel „Anliegen“.',
        ],
      },
    ],
  },
};

const en: typeof de = {
  draftLabel: 'Draft',
  footer: {
    imprint: 'Legal notice (Impressum)',
    privacy: 'Privacy policy',
    accessibility: 'Accessibility statement',
    contact: 'Contact',
  },
  imprint: {
    title: 'Legal notice (Impressum)',
    draft: DRAFT_EN,
    sections: [
      {
        heading: 'Provider',
        paragraphs: ['Stadt Kaarst, Am Neumarkt 2, 41564 Kaarst', 'The town is represented by its mayor.'],
      },
      {
        heading: 'Still to be added by the town',
        paragraphs: [
          'Responsible persons, phone, e-mail, VAT identification number and supervisory authority.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacy policy',
    draft: DRAFT_EN,
    sections: [
      {
        heading: 'Controller',
        paragraphs: [
          'Stadt Kaarst, Am Neumarkt 2, 41564 Kaarst. The town adds its data protection officer’s contact.',
        ],
      },
      {
        heading: 'What the portal processes',
        paragraphs: [
          'For a citizen account: name, e-mail address and a password stored only as a hash.',
          'For appointments: chosen services, place, time and the booking code. For requests: your description, the place and attached files.',
          'In the browser: your sign-in in sessionStorage (ends with the tab) and the chosen language (localStorage). The portal sets no analytics cookies.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'You may ask for access, correction, deletion and restriction, and complain to the supervisory authority. “My data” gives you a copy of your data.',
          'Legal bases, retention periods and the supervisory authority are added by the town.',
        ],
      },
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    draft: DRAFT_EN,
    sections: [
      {
        heading: 'Scope',
        paragraphs: [
          'The town of Kaarst aims to make this portal accessible under the German BITV 2.0 and the European standard EN 301 549. The town confirms which state regulation applies.',
        ],
      },
      {
        heading: 'Compliance status',
        paragraphs: [
          'By our own assessment the portal is partially compliant. No independent test body has checked it yet.',
        ],
      },
      {
        heading: 'How it was checked',
        paragraphs: [
          'Automated axe-core checks on every page, keyboard-only use and phone views, in automated Chromium tests. Tests with screen readers by disabled people are still to come.',
        ],
      },
      {
        heading: 'Known limitations',
        paragraphs: [
          'Council meeting recordings (captions) and attached documents (PDF) are not checked yet. Easy-to-read German and sign language content are missing.',
        ],
      },
      {
        heading: 'Report a barrier',
        paragraphs: [
          'Please write to us through the contact page. The town adds a dedicated accessibility contact.',
        ],
      },
      {
        heading: 'Enforcement procedure',
        paragraphs: [
          'If you get no satisfactory answer, you can turn to the responsible enforcement or conciliation body. The town adds its address.',
        ],
      },
    ],
  },
  contact: {
    title: 'Contact',
    draft: DRAFT_EN,
    sections: [
      {
        heading: 'Town of Kaarst',
        paragraphs: [
          'Rathaus Kaarst, Bürgerbüro, Am Neumarkt 2, 41564 Kaarst',
          'Rathaus Büttgen, Bürgerbüro, Rathausplatz 23, 41564 Kaarst-Büttgen',
          'Phone numbers and e-mail addresses are added by the town. For appointments use “Book an appointment”, for damage and defects “Requests”.',
        ],
      },
    ],
  },
};

export const tl = () => (language() === 'en' ? en : de);
