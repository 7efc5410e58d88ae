/**
 * The texts of the portal's front door: the home page, the menu on a phone,
 * the footer and cancelling by code. German first, English second.
 */
import { language } from './i18n.ts';

const de = {
  homeTitle: 'Willkommen im Bürgerportal Kaarst',
  homeIntro:
    'Hier erledigen Sie Wege zur Stadtverwaltung online: Termine im Bürgerbüro, Meldungen an die Stadt, den Kaarst-Pass und mehr. Für die meisten Angebote brauchen Sie ein kostenloses Bürgerkonto.',
  offersTitle: 'Was Sie hier tun können',
  offers: {
    book: ['Termin buchen', 'Einen Termin im Bürgerbüro oder im Mobilen Bürgerbüro wählen und buchen.'],
    cancel: ['Termin absagen', 'Mit dem Buchungscode einen Termin absagen, auch ohne Anmeldung.'],
    mine: ['Meine Termine', 'Ihre gebuchten Termine ansehen und absagen.'],
    requests: ['Anliegen', 'Schäden und Mängel melden und den Stand Ihrer Meldungen verfolgen.'],
    transit: ['Bus & Bahn', 'Abfahrten und Verbindungen, auch mit Rollstuhl.'],
    'kaarst-pass': ['Kaarst-Pass', 'Den Kaarst-Pass beantragen, vorzeigen und seine Angebote finden.'],
    energy: ['Energie', 'Ihren Stromverbrauch ansehen.'],
    budget: ['Bürgerhaushalt', 'Über Vorschläge für den Bürgerhaushalt abstimmen.'],
    family: ['Kita & Familie', 'Kitas suchen und eine Wunschliste abgeben.'],
    council: ['Rat', 'Sitzungen des Rates, Tagesordnungen und Aufzeichnungen von RATS-TV.'],
  } as Record<string, [string, string]>,
  menu: 'Menü',
  footerNav: 'Rechtliches und Kontakt',
  cancelTitle: 'Termin absagen',
  cancelIntro: 'Geben Sie den Buchungscode aus Ihrer Bestätigung ein. Eine Anmeldung ist dafür nicht nötig.',
  codeLabel: 'Buchungscode',
  findButton: 'Termin suchen',
  notFound: 'Zu diesem Code gibt es keinen Termin. Bitte prüfen Sie den Code.',
  tooMany: 'Zu viele Versuche mit unbekannten Codes. Bitte warten Sie einige Minuten.',
  emptyCode: 'Bitte geben Sie Ihren Buchungscode ein.',
  foundTitle: 'Ihr Termin',
  alreadyCancelled: 'Dieser Termin ist bereits abgesagt.',
  alreadyBegun: 'Dieser Termin hat bereits begonnen und kann nicht mehr abgesagt werden.',
  cancelButton: 'Diesen Termin absagen',
  cancelDone: 'Ihr Termin wurde abgesagt. Die Zeit ist wieder frei für andere.',
  recordingLabel: (meeting: string) => `Aufzeichnung: ${meeting}`,
  recordingFailed:
    'Die Aufzeichnung kann hier gerade nicht abgespielt werden. Sie können sie in einem eigenen Player öffnen.',
  recordingFile: 'Aufzeichnung als HLS-Datei öffnen (.m3u8)',
  bringTitle: 'Bitte mitbringen',
  bringNothing: 'Für diese Anliegen ist nichts Besonderes mitzubringen.',
  costTitle: 'Kosten',
  free: 'gebührenfrei',
  feeUnknown: 'Gebühr bitte im Bürgerbüro erfragen',
  total: 'Zusammen',
  vanWhere: 'Standort des Mobilen Bürgerbüros an diesem Tag',
  vanUnknown:
    'Wo der Wagen an diesem Tag steht, ist noch nicht eingetragen. Bitte fragen Sie im Bürgerbüro nach, bevor Sie buchen.',
  vanHours: (opens: string, closes: string) => `${opens} bis ${closes} Uhr`,
  cannotCancel:
    'Dieser Termin kann nicht mehr online abgesagt werden. Bitte wenden Sie sich an das Bürgerbüro.',
};

export type FrontMessages = typeof de;

const en: FrontMessages = {
  homeTitle: 'Welcome to the Kaarst citizens’ portal',
  homeIntro:
    'Deal with the town administration online: appointments at the citizens’ office, reports to the town, the Kaarst Pass and more. Most offers need a free citizen account.',
  offersTitle: 'What you can do here',
  offers: {
    book: ['Book an appointment', 'Choose and book a time at a citizens’ office or the mobile office.'],
    cancel: ['Cancel an appointment', 'Cancel with your booking code, no sign-in needed.'],
    mine: ['My appointments', 'See and cancel your booked appointments.'],
    requests: ['Requests', 'Report damage and defects and follow their progress.'],
    transit: ['Bus & train', 'Departures and journeys, also by wheelchair.'],
    'kaarst-pass': ['Kaarst Pass', 'Apply for the Kaarst Pass, show it and find its offers.'],
    energy: ['Energy', 'See your electricity use.'],
    budget: ['Participatory budget', 'Vote on proposals for the participatory budget.'],
    family: ['Childcare & family', 'Find day-care centres and hand in a wish list.'],
    council: ['Council', 'Council meetings, agendas and RATS-TV recordings.'],
  },
  menu: 'Menu',
  footerNav: 'Legal and contact',
  cancelTitle: 'Cancel an appointment',
  cancelIntro: 'Enter the booking code from your confirmation. You do not need to sign in.',
  codeLabel: 'Booking code',
  findButton: 'Find appointment',
  notFound: 'There is no appointment with this code. Please check the code.',
  tooMany: 'Too many attempts with unknown codes. Please wait a few minutes.',
  emptyCode: 'Please enter your booking code.',
  foundTitle: 'Your appointment',
  alreadyCancelled: 'This appointment is already cancelled.',
  alreadyBegun: 'This appointment has already begun and can no longer be cancelled.',
  cancelButton: 'Cancel this appointment',
  cancelDone: 'Your appointment is cancelled. The time is free again for others.',
  recordingLabel: (meeting: string) => `Recording: ${meeting}`,
  recordingFailed: 'The recording cannot be played here right now. You can open it in a player of your own.',
  recordingFile: 'Open the recording as an HLS file (.m3u8)',
  bringTitle: 'Please bring',
  bringNothing: 'Nothing special to bring for these services.',
  costTitle: 'Cost',
  free: 'free of charge',
  feeUnknown: 'please ask the citizens’ office for the fee',
  total: 'Together',
  vanWhere: 'Where the mobile office stands that day',
  vanUnknown:
    'Where the van stands that day is not entered yet. Please ask the citizens’ office before you book.',
  vanHours: (opens: string, closes: string) => `${opens} to ${closes}`,
  cannotCancel: 'This appointment can no longer be cancelled online. Please contact the citizens’ office.',
};

export const tfd = (): FrontMessages => (language() === 'en' ? en : de);
