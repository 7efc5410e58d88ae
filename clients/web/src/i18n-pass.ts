/**
 * The texts of the Kaarst-Pass pages (apply, the pass with its QR code, the
 * offers): German first, English second, apart from i18n.ts so each file stays
 * readable. A missing translation is a type error.
 */
import { language } from './i18n.ts';

type PassStatus = 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'REJECTED' | 'EXPIRED';
type OfferCategory = 'CULTURE' | 'SPORT' | 'LIBRARY' | 'POOL' | 'TRANSIT' | 'DISCOUNT';
type RedeemRefusal =
  | 'QUOTA_EXHAUSTED'
  | 'PASS_NOT_ACTIVE'
  | 'PASS_EXPIRED'
  | 'REDEMPTION_LIMIT_REACHED'
  | 'OFFER_NOT_AVAILABLE';

const de = {
  navPass: 'Kaarst-Pass',
  passTitle: 'Kaarst-Pass',
  passIntro:
    'Mit dem Kaarst-Pass nutzen Einwohnerinnen und Einwohner mit geringem Einkommen Angebote der Stadt und ihrer Partner günstiger oder kostenlos.',
  needSignIn: 'Bitte melden Sie sich an, um den Kaarst-Pass zu beantragen oder vorzuzeigen.',
  loading: 'Wird geladen …',
  applyTitle: 'Kaarst-Pass beantragen',
  applyIntro:
    'Mit einer Anschrift in Kaarst (Postleitzahl 41564) ist Ihr Pass sofort gültig. Bei anderen Anschriften prüft das Bürgerbüro Ihren Antrag; das dauert einige Tage.',
  postalCode: 'Postleitzahl',
  postalCodeHint: 'Fünf Ziffern, zum Beispiel 41564.',
  street: 'Straße und Hausnummer',
  applyButton: 'Pass beantragen',
  postalCodeInvalid: 'Die Postleitzahl hat fünf Ziffern.',
  streetInvalid: 'Bitte geben Sie Straße und Hausnummer an (3 bis 200 Zeichen).',
  applyFailed: 'Der Antrag konnte nicht gestellt werden. Bitte versuchen Sie es später erneut.',
  appliedActive: 'Ihr Kaarst-Pass ist ausgestellt und sofort gültig.',
  appliedPending: 'Ihr Antrag ist eingegangen. Das Bürgerbüro entscheidet darüber; der Stand steht hier.',
  myPassTitle: 'Mein Kaarst-Pass',
  passNumber: 'Passnummer',
  status: 'Stand',
  validFrom: 'Gültig ab',
  validUntil: 'Gültig bis',
  reason: 'Begründung',
  statusText: {
    PENDING: 'Beantragt – das Bürgerbüro prüft Ihren Antrag',
    ACTIVE: 'Gültig',
    SUSPENDED: 'Vorübergehend gesperrt',
    REVOKED: 'Entzogen',
    REJECTED: 'Abgelehnt',
    EXPIRED: 'Abgelaufen',
  } satisfies Record<PassStatus, string>,
  qrTitle: 'QR-Code zum Vorzeigen',
  qrIntro:
    'Zeigen Sie diesen Code im Bus oder bei Partnern vor. Er wechselt alle 30 Sekunden; ein Foto davon gilt nicht.',
  qrAlt: (number: string, until: string) => `QR-Code des Kaarst-Passes ${number}, gültig bis ${until}`,
  secondsLeft: (seconds: number) =>
    seconds === 1 ? 'Neuer Code in 1 Sekunde' : `Neuer Code in ${seconds} Sekunden`,
  qrFailed: 'Der QR-Code konnte nicht geladen werden. Wir versuchen es gleich erneut.',
  offersTitle: 'Angebote',
  offersIntro: 'Angebote der Stadt und ihrer Partner für Inhaberinnen und Inhaber des Kaarst-Passes.',
  noOffers: 'Zurzeit gibt es keine Angebote.',
  offersFailed: 'Die Angebote konnten nicht geladen werden.',
  free: 'Kostenlos',
  priceLabel: 'Preis',
  left: 'Verfügbar',
  partner: 'Anbieter',
  category: 'Art',
  offerValid: (from: string, until: string) => `${from} bis ${until}`,
  validity: 'Gültig',
  remaining: (count: number) => `Noch ${count} verfügbar`,
  sample: 'Beispieldaten, kein echtes Angebot',
  categoryText: {
    CULTURE: 'Kultur',
    SPORT: 'Sport',
    LIBRARY: 'Bücherei',
    POOL: 'Schwimmbad',
    TRANSIT: 'Bus und Bahn',
    DISCOUNT: 'Ermäßigung',
  } satisfies Record<OfferCategory, string>,
  redeem: 'Einlösen',
  redeemNeedsPass: 'Zum Einlösen brauchen Sie einen gültigen Kaarst-Pass.',
  redeemed: (title: string) => `Eingelöst: ${title}. Zeigen Sie beim Anbieter Ihren QR-Code vor.`,
  paymentPending: (title: string) => `Reserviert: ${title}. Bitte bezahlen Sie noch:`,
  payHow: (partner: string, reference: string) =>
    `Bitte zahlen Sie vor Ort bei ${partner} oder per Überweisung mit dem Verwendungszweck ${reference}.`,
  invoiceReference: 'Verwendungszweck',
  redeemRefusal: {
    QUOTA_EXHAUSTED: 'Dieses Angebot ist leider vergriffen.',
    PASS_NOT_ACTIVE: 'Ihr Kaarst-Pass ist nicht gültig (noch nicht bewilligt oder gesperrt).',
    PASS_EXPIRED: 'Ihr Kaarst-Pass ist abgelaufen. Bitte beantragen Sie ihn neu.',
    REDEMPTION_LIMIT_REACHED: 'Sie haben dieses Angebot schon so oft eingelöst, wie es möglich ist.',
    OFFER_NOT_AVAILABLE: 'Dieses Angebot gibt es nicht mehr oder noch nicht.',
  } satisfies Record<RedeemRefusal, string>,
  redeemFailed: 'Das Angebot konnte nicht eingelöst werden. Bitte versuchen Sie es später erneut.',
};

export type PassMessages = typeof de;

const en: PassMessages = {
  navPass: 'Kaarst Pass',
  passTitle: 'Kaarst Pass',
  passIntro:
    'With the Kaarst Pass, residents on a low income use offers of the town and its partners for less or for free.',
  needSignIn: 'Please sign in to apply for or show your Kaarst Pass.',
  loading: 'Loading …',
  applyTitle: 'Apply for the Kaarst Pass',
  applyIntro:
    'With an address in Kaarst (postal code 41564) your pass is valid at once. For other addresses the citizens’ office checks your application; this takes a few days.',
  postalCode: 'Postal code',
  postalCodeHint: 'Five digits, for example 41564.',
  street: 'Street and house number',
  applyButton: 'Apply for the pass',
  postalCodeInvalid: 'The postal code has five digits.',
  streetInvalid: 'Please give the street and house number (3 to 200 characters).',
  applyFailed: 'The application could not be made. Please try again later.',
  appliedActive: 'Your Kaarst Pass is issued and valid at once.',
  appliedPending:
    'Your application has arrived. The citizens’ office decides on it; its state is shown here.',
  myPassTitle: 'My Kaarst Pass',
  passNumber: 'Pass number',
  status: 'State',
  validFrom: 'Valid from',
  validUntil: 'Valid until',
  reason: 'Reason',
  statusText: {
    PENDING: 'Applied for – the citizens’ office is checking it',
    ACTIVE: 'Valid',
    SUSPENDED: 'Suspended for now',
    REVOKED: 'Revoked',
    REJECTED: 'Rejected',
    EXPIRED: 'Expired',
  },
  qrTitle: 'QR code to show',
  qrIntro: 'Show this code on the bus or to partners. It changes every 30 seconds; a photo of it is no use.',
  qrAlt: (number: string, until: string) => `QR code of Kaarst Pass ${number}, valid until ${until}`,
  secondsLeft: (seconds: number) =>
    seconds === 1 ? 'New code in 1 second' : `New code in ${seconds} seconds`,
  qrFailed: 'The QR code could not be loaded. We will try again shortly.',
  offersTitle: 'Offers',
  offersIntro: 'Offers of the town and its partners for Kaarst Pass holders.',
  noOffers: 'There are no offers at the moment.',
  offersFailed: 'The offers could not be loaded.',
  free: 'Free',
  priceLabel: 'Price',
  left: 'Available',
  partner: 'Offered by',
  category: 'Kind',
  offerValid: (from: string, until: string) => `${from} to ${until}`,
  validity: 'Valid',
  remaining: (count: number) => `${count} left`,
  sample: 'Sample data, not a real offer',
  categoryText: {
    CULTURE: 'Culture',
    SPORT: 'Sport',
    LIBRARY: 'Library',
    POOL: 'Swimming pool',
    TRANSIT: 'Bus and train',
    DISCOUNT: 'Discount',
  },
  redeem: 'Redeem',
  redeemNeedsPass: 'To redeem offers you need a valid Kaarst Pass.',
  redeemed: (title: string) => `Redeemed: ${title}. Show your QR code to the provider.`,
  paymentPending: (title: string) => `Reserved: ${title}. Please still pay:`,
  payHow: (partner: string, reference: string) =>
    `Please pay at ${partner} or by bank transfer quoting ${reference}.`,
  invoiceReference: 'Payment reference',
  redeemRefusal: {
    QUOTA_EXHAUSTED: 'Sorry, this offer is sold out.',
    PASS_NOT_ACTIVE: 'Your Kaarst Pass is not valid (not approved yet, or suspended).',
    PASS_EXPIRED: 'Your Kaarst Pass has expired. Please apply again.',
    REDEMPTION_LIMIT_REACHED: 'You have redeemed this offer as often as it allows.',
    OFFER_NOT_AVAILABLE: 'This offer is no longer or not yet available.',
  },
  redeemFailed: 'The offer could not be redeemed. Please try again later.',
};

/** The Kaarst-Pass pages' messages in the current language (reactive). */
export const tp = (): PassMessages => (language() === 'en' ? en : de);

/** Whether an error code is one of the refusals of redeeming that the page explains. */
export const isRedeemRefusal = (code: string | undefined): code is RedeemRefusal =>
  !!code && Object.hasOwn(de.redeemRefusal, code);
