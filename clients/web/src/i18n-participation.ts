/**
 * The texts of the participation pages (Bürgerhaushalt), German first, English second
 * (a missing translation is a type error, as in i18n.ts).
 */
import { language } from './i18n.ts';

const de = {
  navBudget: 'Bürgerhaushalt',
  budgetTitle: 'Bürgerhaushalt',
  budgetIntro:
    'Wählen Sie die Projekte, die die Stadt umsetzen soll. Jede verifizierte Kaarsterin und jeder verifizierte Kaarster stimmt einmal ab; wer wie gestimmt hat, wird getrennt gespeichert und ist nicht verknüpfbar.',
  loading: 'Wird geladen …',
  none: 'Zurzeit läuft keine Abstimmung.',
  total: (amount: string) => `Budget: ${amount}`,
  remaining: (amount: string) => `Verbleibendes Budget: ${amount}`,
  chosen: (count: number, max: number) => `${count} von höchstens ${max} Projekten gewählt`,
  overBudget: 'Ihre Auswahl kostet mehr als das Budget. Bitte wählen Sie ein Projekt ab.',
  tooMany: 'Sie haben mehr Projekte gewählt als erlaubt.',
  cast: 'Stimme abgeben',
  signIn: 'Zum Abstimmen anmelden',
  voted: 'Vielen Dank, Ihre Stimme ist gezählt.',
  alreadyVoted: 'Sie haben bei diesem Bürgerhaushalt bereits abgestimmt.',
  notVerified: 'Abstimmen können nur verifizierte Einwohnerinnen und Einwohner (Bürgerbüro oder Brief-Code).',
  failed: 'Die Stimme konnte nicht abgegeben werden. Bitte versuchen Sie es erneut.',
  cost: 'Kosten',
  district: 'Stadtteil',
  projects: 'Projekte auf dem Stimmzettel',
};

const en: typeof de = {
  navBudget: 'Participatory budget',
  budgetTitle: 'Participatory budget',
  budgetIntro:
    'Choose the projects the town should carry out. Every verified resident of Kaarst votes once; who voted and what was voted are stored apart and cannot be joined.',
  loading: 'Loading …',
  none: 'No vote is open right now.',
  total: (amount: string) => `Budget: ${amount}`,
  remaining: (amount: string) => `Budget left: ${amount}`,
  chosen: (count: number, max: number) => `${count} of at most ${max} projects chosen`,
  overBudget: 'Your choice costs more than the budget. Please deselect a project.',
  tooMany: 'You chose more projects than allowed.',
  cast: 'Cast my vote',
  signIn: 'Sign in to vote',
  voted: 'Thank you, your vote is counted.',
  alreadyVoted: 'You have already voted in this participatory budget.',
  notVerified: 'Only verified residents may vote (at the citizens’ office or with a letter code).',
  failed: 'The vote could not be cast. Please try again.',
  cost: 'Cost',
  district: 'District',
  projects: 'Projects on the ballot',
};

export const tb = () => (language() === 'de' ? de : en);
