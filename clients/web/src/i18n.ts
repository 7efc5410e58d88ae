/**
 * German first, English switchable. Every visible text comes from here, so a
 * missing translation is a type error, not a blank on the page.
 */
import { createSignal } from 'solid-js';

export type Language = 'de' | 'en';

const de = {
  appName: 'Bürgerportal Kaarst',
  skipToContent: 'Zum Inhalt springen',
  navigation: 'Hauptnavigation',
  navBook: 'Termin buchen',
  navMine: 'Meine Termine',
  navSignIn: 'Anmelden',
  signOut: 'Abmelden',
  signedInAs: 'Angemeldet als',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  loading: 'Wird geladen …',
  errorPrefix: 'Fehler:',
  footer: 'Stadt Kaarst · Beispieldaten: Leistungen und Öffnungszeiten sind erfunden.',
  // sign-in
  signInTitle: 'Anmelden',
  signInIntro: 'Melden Sie sich mit Ihrem Bürgerkonto an, um Termine zu buchen und zu verwalten.',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  signInButton: 'Anmelden',
  signInFailed: 'Anmeldung fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.',
  demoHint: 'Demo-Zugang: anna.schmitz@example.org, Passwort kaarst-demo',
  // booking
  bookTitle: 'Termin buchen',
  bookIntro: 'In vier Schritten zu Ihrem Termin im Bürgerbüro.',
  stepServices: '1. Was möchten Sie erledigen?',
  stepServicesHint: 'Sie können mehrere Anliegen in einem Termin erledigen.',
  minutes: 'Min.',
  stepPlace: '2. Wo?',
  stepTime: '3. Wann?',
  chooseServicesFirst: 'Bitte wählen Sie zuerst mindestens ein Anliegen und einen Ort.',
  chooseTimeFirst: 'Bitte wählen Sie oben einen Tag und eine freie Uhrzeit.',
  day: 'Tag',
  freeTimes: 'Freie Uhrzeiten',
  freeCount: (n: number) => (n === 1 ? '1 freie Zeit' : `${n} freie Zeiten`),
  noSlots: 'In den nächsten 14 Tagen gibt es hier keine freien Zeiten. Bitte wählen Sie einen anderen Ort.',
  slotsUpdated: 'Die freien Zeiten wurden soeben aktualisiert.',
  chosenSlotGone: 'Die gewählte Uhrzeit ist inzwischen vergeben. Bitte wählen Sie eine andere.',
  live: 'Freie Zeiten werden live aktualisiert.',
  stepConfirm: '4. Bestätigen',
  summary: 'Ihr Termin',
  services: 'Anliegen',
  place: 'Ort',
  time: 'Zeit',
  confirmButton: 'Termin verbindlich buchen',
  signInToBook: 'Zum Buchen bitte anmelden',
  needSignIn: 'Zum Buchen müssen Sie angemeldet sein. Ihre Auswahl bleibt erhalten.',
  slotTaken: 'Diese Uhrzeit wurde gerade vergeben. Bitte wählen Sie eine andere.',
  bookedTitle: 'Ihr Termin ist gebucht',
  yourCode: 'Ihr Buchungscode',
  codeHint: 'Bitte bringen Sie diesen Code zum Termin mit. Mit ihm können Sie den Termin auch absagen.',
  addToCalendar: 'In den Kalender eintragen (.ics)',
  bookAnother: 'Weiteren Termin buchen',
  toMine: 'Zu meinen Terminen',
  // my appointments
  mineTitle: 'Meine Termine',
  mineEmpty: 'Sie haben keine Termine.',
  statusBooked: 'Gebucht',
  statusCancelled: 'Abgesagt',
  status: 'Status',
  code: 'Code',
  cancel: 'Absagen',
  cancelLabel: (when: string) => `Termin am ${when} absagen`,
  cancelConfirm: (when: string) => `Den Termin am ${when} wirklich absagen?`,
  cancelled: (when: string) => `Der Termin am ${when} wurde abgesagt.`,
  confirmCancel: 'Ja, absagen',
  keep: 'Nein, behalten',
  mineNeedSignIn: 'Bitte melden Sie sich an, um Ihre Termine zu sehen.',
  calendarSummary: 'Termin im Bürgerbüro Kaarst',
};

export type Messages = typeof de;

const en: Messages = {
  appName: "Kaarst citizens' portal",
  skipToContent: 'Skip to content',
  navigation: 'Main navigation',
  navBook: 'Book an appointment',
  navMine: 'My appointments',
  navSignIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  switchLanguage: 'Deutsch',
  switchLanguageLabel: 'Auf Deutsch wechseln',
  loading: 'Loading …',
  errorPrefix: 'Error:',
  footer: 'Town of Kaarst · Sample data: services and opening hours are invented.',
  signInTitle: 'Sign in',
  signInIntro: "Sign in with your citizen's account to book and manage appointments.",
  email: 'Email address',
  password: 'Password',
  signInButton: 'Sign in',
  signInFailed: 'Sign-in failed. Please check your email address and password.',
  demoHint: 'Demo account: anna.schmitz@example.org, password kaarst-demo',
  bookTitle: 'Book an appointment',
  bookIntro: "Four steps to your appointment at the citizens' office.",
  stepServices: '1. What do you need?',
  stepServicesHint: 'You can take care of several matters in one appointment.',
  minutes: 'min',
  stepPlace: '2. Where?',
  stepTime: '3. When?',
  chooseServicesFirst: 'Please choose at least one service and a place first.',
  chooseTimeFirst: 'Please choose a day and a free time above.',
  day: 'Day',
  freeTimes: 'Free times',
  freeCount: (n: number) => (n === 1 ? '1 free time' : `${n} free times`),
  noSlots: 'There are no free times here in the next 14 days. Please choose another place.',
  slotsUpdated: 'The free times have just been updated.',
  chosenSlotGone: 'The time you chose has just been taken. Please choose another one.',
  live: 'Free times update live.',
  stepConfirm: '4. Confirm',
  summary: 'Your appointment',
  services: 'Services',
  place: 'Place',
  time: 'Time',
  confirmButton: 'Book this appointment',
  signInToBook: 'Sign in to book',
  needSignIn: 'You need to be signed in to book. Your choices are kept.',
  slotTaken: 'This time has just been taken. Please choose another one.',
  bookedTitle: 'Your appointment is booked',
  yourCode: 'Your booking code',
  codeHint: 'Please bring this code to your appointment. You can also cancel the appointment with it.',
  addToCalendar: 'Add to calendar (.ics)',
  bookAnother: 'Book another appointment',
  toMine: 'Go to my appointments',
  mineTitle: 'My appointments',
  mineEmpty: 'You have no appointments.',
  statusBooked: 'Booked',
  statusCancelled: 'Cancelled',
  status: 'Status',
  code: 'Code',
  cancel: 'Cancel',
  cancelLabel: (when: string) => `Cancel the appointment on ${when}`,
  cancelConfirm: (when: string) => `Really cancel the appointment on ${when}?`,
  cancelled: (when: string) => `The appointment on ${when} was cancelled.`,
  confirmCancel: 'Yes, cancel',
  keep: 'No, keep it',
  mineNeedSignIn: 'Please sign in to see your appointments.',
  calendarSummary: "Appointment at the Kaarst citizens' office",
};

const STORAGE_KEY = 'kaarst-portal-language';
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
const [language, setLanguageSignal] = createSignal<Language>(stored === 'en' ? 'en' : 'de');

export { language };

export function setLanguage(next: Language): void {
  setLanguageSignal(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** The messages of the current language (reactive: read it inside JSX or effects). */
export const t = (): Messages => (language() === 'en' ? en : de);

/** BCP 47 locale for dates and numbers. */
export const locale = () => (language() === 'en' ? 'en-GB' : 'de-DE');
