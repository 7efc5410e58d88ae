/**
 * The texts of the account pages (sign up, "Meine Daten"): German first,
 * English second, kept apart from i18n.ts so each file stays readable. The
 * same rule holds: a missing translation is a type error.
 */
import { language } from './i18n.ts';

const de = {
  navSignUp: 'Registrieren',
  navMyData: 'Meine Daten',
  noAccountYet: 'Noch kein Bürgerkonto?',
  createAccount: 'Jetzt registrieren',
  haveAccount: 'Sie haben schon ein Konto?',
  signUpTitle: 'Registrieren',
  signUpIntro: 'Mit einem Bürgerkonto buchen Sie Termine, stellen Anliegen und verfolgen deren Stand.',
  displayName: 'Ihr Name',
  displayNameHint: 'So sprechen wir Sie an, zum Beispiel „Anna Schmitz“.',
  newPassword: 'Passwort',
  passwordHint: 'Mindestens 10 Zeichen, nicht leicht zu erraten – zum Beispiel mehrere Wörter.',
  signUpButton: 'Konto anlegen',
  fieldErrorPrefix: 'Fehler:',
  emailTaken: 'Mit dieser E-Mail-Adresse gibt es schon ein Konto. Bitte melden Sie sich an.',
  emailInvalid: 'Das ist keine gültige E-Mail-Adresse.',
  nameInvalid: 'Bitte geben Sie einen Namen mit höchstens 100 Zeichen an.',
  passwordTooShort: 'Das Passwort ist zu kurz: Es braucht mindestens 10 Zeichen.',
  passwordTooWeak:
    'Dieses Passwort ist zu leicht zu erraten (ein häufiges Passwort, ein Muster oder Ihr Name). Wählen Sie ein anderes, zum Beispiel mehrere Wörter.',
  signUpFailed: 'Das Konto konnte nicht angelegt werden. Bitte versuchen Sie es später erneut.',
  // my data
  myDataTitle: 'Meine Daten',
  myDataIntro:
    'Hier erhalten Sie eine Kopie aller Daten, die der Hub über Sie speichert, und können Ihr Konto löschen.',
  myDataNeedSignIn: 'Bitte melden Sie sich an, um Ihre Daten einzusehen oder Ihr Konto zu löschen.',
  exportTitle: 'Kopie meiner Daten',
  exportIntro:
    'Eine JSON-Datei mit Ihrem Konto, Ihren Terminen, Anliegen, Ihrem Kaarst-Pass, Abholwünschen im Nahverkehr, Stromzählern, Kindern und Kita-Wünschen und Ihrer Beteiligung, mit den Mitarbeitenden, die sie bearbeitet haben.',
  prepareExport: 'Datenkopie erstellen',
  preparingExport: 'Datenkopie wird erstellt …',
  downloadExport: (file: string) => `Herunterladen: ${file}`,
  exportReady: 'Ihre Datenkopie ist bereit.',
  exportParts: {
    pass: 'Kaarst-Pass',
    transit: 'Nahverkehr (Abholwünsche)',
    energy: 'Energie (Stromzähler)',
    family: 'Familie (Kinder, Kita-Wünsche)',
    participation: 'Beteiligung',
  } as Record<string, string>,
  partsUnavailable: (parts: string) =>
    `Diese Teile sind gerade nicht erreichbar und fehlen in dieser Kopie: ${parts}. Bitte versuchen Sie es später noch einmal.`,
  deleteTitle: 'Konto löschen',
  deleteIntro: 'Wenn Sie Ihr Konto löschen:',
  deleteEffects: [
    'wird Ihr Konto sofort gelöscht, und Sie werden abgemeldet;',
    'werden Ihre Termine abgesagt und die Zeiten wieder frei;',
    'werden offene Anliegen zurückgezogen und Ihre Angaben (Texte, Ort, Fotos) gelöscht;',
    'bleiben nur Art, Zeitpunkt und Verlauf der Anliegen ohne Bezug zu Ihnen für die Statistik.',
  ],
  deleteIrreversible: 'Das lässt sich nicht rückgängig machen.',
  confirmEmailLabel: 'Zur Bestätigung Ihre E-Mail-Adresse',
  deleteButton: 'Konto endgültig löschen',
  confirmEmailWrong: 'Die E-Mail-Adresse stimmt nicht mit der Ihres Kontos überein.',
  deleteFailed: 'Das Konto konnte nicht gelöscht werden:',
  accountDeleted: 'Ihr Konto wurde gelöscht. Sie sind abgemeldet.',
};

export type AccountMessages = typeof de;

const en: AccountMessages = {
  navSignUp: 'Sign up',
  navMyData: 'My data',
  noAccountYet: "No citizen's account yet?",
  createAccount: 'Sign up now',
  haveAccount: 'Already have an account?',
  signUpTitle: 'Sign up',
  signUpIntro: "With a citizen's account you book appointments, make requests and follow them.",
  displayName: 'Your name',
  displayNameHint: 'How we address you, for example "Anna Schmitz".',
  newPassword: 'Password',
  passwordHint: 'At least 10 characters, not easy to guess – for example several words.',
  signUpButton: 'Create account',
  fieldErrorPrefix: 'Error:',
  emailTaken: 'There is already an account with this email address. Please sign in.',
  emailInvalid: 'That is not a valid email address.',
  nameInvalid: 'Please give a name of at most 100 characters.',
  passwordTooShort: 'The password is too short: it needs at least 10 characters.',
  passwordTooWeak:
    'This password is too easy to guess (a common password, a pattern or your name). Choose another one, for example several words.',
  signUpFailed: 'The account could not be created. Please try again later.',
  myDataTitle: 'My data',
  myDataIntro: 'Get a copy of all data the hub holds about you, or delete your account.',
  myDataNeedSignIn: 'Please sign in to see your data or delete your account.',
  exportTitle: 'A copy of my data',
  exportIntro:
    'A JSON file with your account, appointments, requests, Kaarst Pass, transit pickup requests, meters, children and Kita wishes, and your participation, and the staff who worked on them.',
  prepareExport: 'Make a copy of my data',
  preparingExport: 'Making the copy …',
  downloadExport: (file: string) => `Download: ${file}`,
  exportReady: 'Your copy is ready.',
  exportParts: {
    pass: 'Kaarst Pass',
    transit: 'transit (pickup requests)',
    energy: 'energy (meters)',
    family: 'family (children, Kita wishes)',
    participation: 'participation',
  } as Record<string, string>,
  partsUnavailable: (parts: string) =>
    `These parts cannot be reached right now and are missing from this copy: ${parts}. Please try again later.`,
  deleteTitle: 'Delete my account',
  deleteIntro: 'When you delete your account:',
  deleteEffects: [
    'your account is deleted at once and you are signed out;',
    'your appointments are cancelled and their times freed;',
    'open requests are withdrawn and what you gave (texts, place, photos) is erased;',
    'only the kind, dates and course of requests stay for statistics, not linked to you.',
  ],
  deleteIrreversible: 'This cannot be undone.',
  confirmEmailLabel: 'Your email address, to confirm',
  deleteButton: 'Delete my account for good',
  confirmEmailWrong: 'This email address is not the one of your account.',
  deleteFailed: 'The account could not be deleted:',
  accountDeleted: 'Your account was deleted. You are signed out.',
};

/** The account pages' messages in the current language (reactive). */
export const ta = (): AccountMessages => (language() === 'en' ? en : de);
