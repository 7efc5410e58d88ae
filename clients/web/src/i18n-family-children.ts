/** The texts of "Ihre Kinder" (family-children.tsx), German first, English second. */
import { language } from './i18n.ts';

/** YYYY-MM-DD as 15.01.2024 (a calendar date: no time zone). */
const germanDate = (day: string) => day.split('-').reverse().join('.');

const de = {
  title: 'Ihre Kinder',
  intro: 'Tragen Sie Ihre Kinder ein; für jedes Kind können Sie dann Kitas auf die Wunschliste setzen.',
  firstName: 'Vorname',
  birthDate: 'Geburtsdatum',
  startDate: 'Gewünschter Beginn in der Kita',
  weeklyHours: 'Wochenstunden',
  addTitle: 'Kind eintragen',
  add: 'Kind eintragen',
  cancel: 'Abbrechen',
  edit: (name: string) => `${name} bearbeiten`,
  save: (name: string) => `Änderungen für ${name} speichern`,
  remove: (name: string) => `${name} entfernen`,
  confirmQuestion: (name: string) => `${name} wirklich entfernen?`,
  confirmRemove: (name: string) => `Ja, ${name} entfernen`,
  keep: 'Nein, behalten',
  summary: (birth: string, start: string, hours: number) =>
    `geboren am ${germanDate(birth)} · Beginn ${germanDate(start)} · ${hours} Std./Woche`,
  added: (name: string) => `${name} ist eingetragen.`,
  saved: (name: string) => `Die Angaben zu ${name} sind gespeichert.`,
  removed: (name: string) => `${name} ist entfernt.`,
  fieldError: {
    firstName: 'Bitte geben Sie einen Vornamen an (höchstens 100 Zeichen).',
    birthDate: 'Bitte geben Sie ein gültiges Geburtsdatum an (höchstens ein Jahr in der Zukunft).',
    startDate: 'Bitte geben Sie einen Beginn an, der nach dem Geburtsdatum liegt.',
    weeklyHours: 'Bitte geben Sie die Wochenstunden als ganze Zahl von 1 bis 60 an.',
  } as Record<string, string>,
  invalid: 'Bitte prüfen Sie Ihre Angaben.',
  activeWishes: (name: string, n: number) =>
    `${name} kann nicht entfernt werden: ${n === 1 ? 'ein Wunsch ist' : `${n} Wünsche sind`} noch aktiv (Vergabe, Angebot, Platz oder Warteliste). Bitte ziehen Sie ${n === 1 ? 'ihn' : 'sie'} zuerst auf der Wunschliste zurück.`,
  ageGroupLocked: (name: string) =>
    `Diese Änderung würde die Altersgruppe von ${name} ändern, in der die aktiven Wünsche eingeordnet sind. Bitte ziehen Sie die Wünsche zuerst zurück.`,
  gone: 'Dieses Kind gibt es nicht mehr. Bitte laden Sie die Seite neu.',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
};

const en: typeof de = {
  title: 'Your children',
  intro: 'Enter your children; then you can put Kitas on each child’s wish list.',
  firstName: 'First name',
  birthDate: 'Date of birth',
  startDate: 'Wanted start at the Kita',
  weeklyHours: 'Hours per week',
  addTitle: 'Add a child',
  add: 'Add child',
  cancel: 'Cancel',
  edit: (name: string) => `Edit ${name}`,
  save: (name: string) => `Save changes for ${name}`,
  remove: (name: string) => `Remove ${name}`,
  confirmQuestion: (name: string) => `Really remove ${name}?`,
  confirmRemove: (name: string) => `Yes, remove ${name}`,
  keep: 'No, keep',
  summary: (birth: string, start: string, hours: number) =>
    `born ${birth} · start ${start} · ${hours} h/week`,
  added: (name: string) => `${name} was added.`,
  saved: (name: string) => `${name}’s details were saved.`,
  removed: (name: string) => `${name} was removed.`,
  fieldError: {
    firstName: 'Please give a first name (at most 100 characters).',
    birthDate: 'Please give a valid date of birth (at most a year ahead).',
    startDate: 'Please give a start after the date of birth.',
    weeklyHours: 'Please give the hours per week as a whole number from 1 to 60.',
  },
  invalid: 'Please check your entries.',
  activeWishes: (name: string, n: number) =>
    `${name} cannot be removed: ${n === 1 ? 'one wish is' : `${n} wishes are`} still active (allocation, offer, place or waiting list). Please withdraw ${n === 1 ? 'it' : 'them'} on the wish list first.`,
  ageGroupLocked: (name: string) =>
    `This change would move ${name} to another age group than the active wishes are ranked in. Please withdraw the wishes first.`,
  gone: 'This child no longer exists. Please reload the page.',
  failed: 'That did not work. Please try again.',
};

export const tc = () => (language() === 'en' ? en : de);
