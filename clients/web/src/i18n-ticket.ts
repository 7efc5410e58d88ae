/** The texts of the walk-in ticket page (#/wartemarke). German first, English second. */
import { language } from './i18n.ts';

const de = {
  ticketTitle: 'Ihre Wartemarke',
  ticketIntro:
    'Geben Sie den Code von Ihrer Wartemarke ein. Diese Seite zeigt dann laufend, wie viele vor Ihnen sind und wann Sie aufgerufen werden.',
  codeLabel: 'Code der Wartemarke',
  followButton: 'Wartemarke verfolgen',
  emptyCode: 'Bitte geben Sie den Code von Ihrer Wartemarke ein.',
  notFound: 'Zu diesem Code gibt es keine Wartemarke. Bitte prüfen Sie den Code.',
  tooMany: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  label: 'Wartemarke',
  place: 'Ort',
  services: 'Anliegen',
  live: 'Diese Anzeige aktualisiert sich von selbst.',
  ahead: (n: number) =>
    n === 0 ? 'Sie sind als Nächstes dran' : n === 1 ? '1 Person vor Ihnen' : `${n} vor Ihnen`,
  minutes: (n: number) => (n <= 1 ? 'etwa 1 Minute' : `etwa ${n} Minuten`),
  noEstimate: 'Sobald ein Schalter geöffnet ist, sehen Sie hier die voraussichtliche Wartezeit.',
  called: (counter: number | null | undefined, times: number) =>
    `Sie sind aufgerufen: bitte zu Schalter ${counter ?? '?'}${times > 1 ? ' (erneuter Aufruf)' : ''}.`,
  serving: (counter: number | null | undefined) => `Sie werden an Schalter ${counter ?? '?'} bedient.`,
  parked: 'Ihre Wartemarke ist zurückgestellt. Bitte wenden Sie sich an den Schalter.',
  missed: 'Sie wurden aufgerufen, waren aber nicht da. Bitte melden Sie sich am Empfang.',
  done: 'Erledigt. Vielen Dank für Ihren Besuch.',
  cancelled: 'Diese Wartemarke gilt nicht mehr.',
  errorPrefix: 'Das hat nicht geklappt:',
};

type TicketMessages = typeof de;

const en: TicketMessages = {
  ticketTitle: 'Your ticket',
  ticketIntro:
    'Enter the code printed on your ticket. This page then shows, as it happens, how many are before you and when you are called.',
  codeLabel: 'Ticket code',
  followButton: 'Follow ticket',
  emptyCode: 'Please enter the code printed on your ticket.',
  notFound: 'There is no ticket with this code. Please check the code.',
  tooMany: 'Too many tries. Please wait a moment.',
  label: 'Ticket',
  place: 'Place',
  services: 'Services',
  live: 'This page updates by itself.',
  ahead: (n: number) => (n === 0 ? 'You are next' : n === 1 ? '1 person before you' : `${n} before you`),
  minutes: (n: number) => (n <= 1 ? 'about 1 minute' : `about ${n} minutes`),
  noEstimate: 'Once a counter is open, the expected waiting time shows here.',
  called: (counter: number | null | undefined, times: number) =>
    `You are called: please go to counter ${counter ?? '?'}${times > 1 ? ' (called again)' : ''}.`,
  serving: (counter: number | null | undefined) => `You are being served at counter ${counter ?? '?'}.`,
  parked: 'Your ticket is set aside. Please ask at the counter.',
  missed: 'You were called but were not there. Please ask at the reception.',
  done: 'Done. Thank you for your visit.',
  cancelled: 'This ticket is no longer valid.',
  errorPrefix: 'That did not work:',
};

export const tq = (): TicketMessages => (language() === 'en' ? en : de);
