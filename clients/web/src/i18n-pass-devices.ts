/** The pass page's device list (phones carrying the pass in the Kaarst App), in German and English. */
import { language } from './i18n.ts';

const de = {
  devicesTitle: 'Geräte mit Ihrem Pass',
  devicesIntro:
    'Auf diesen Handys zeigt die Kaarst App Ihren Pass auch ohne Netz. Ist ein Handy verloren, sperren Sie es hier: Seine Codes werden dann nicht mehr angenommen.',
  noDevices: 'Noch auf keinem Handy gespeichert. Öffnen Sie dazu die Kaarst App unter /app/.',
  registered: (date: string) => `gespeichert am ${date}`,
  revokedOn: (date: string) => `gesperrt am ${date}`,
  revoke: (label: string) => `${label} sperren`,
  revokeConfirm: (label: string) => `„${label}“ wirklich sperren? Das lässt sich nicht rückgängig machen.`,
  revokedMessage: (label: string) => `„${label}“ ist gesperrt.`,
  revokeFailed: 'Das Gerät konnte nicht gesperrt werden. Bitte versuchen Sie es erneut.',
  cancel: 'Abbrechen',
};

const en: typeof de = {
  devicesTitle: 'Devices with your pass',
  devicesIntro:
    'On these phones the Kaarst App shows your pass even without network. If a phone is lost, revoke it here: its codes are refused from then on.',
  noDevices: 'Not saved on any phone yet. Open the Kaarst App at /app/ for that.',
  registered: (date: string) => `saved on ${date}`,
  revokedOn: (date: string) => `revoked on ${date}`,
  revoke: (label: string) => `Revoke ${label}`,
  revokeConfirm: (label: string) => `Really revoke "${label}"? This cannot be undone.`,
  revokedMessage: (label: string) => `"${label}" is revoked.`,
  revokeFailed: 'The device could not be revoked. Please try again.',
  cancel: 'Cancel',
};

export const tpd = (): typeof de => (language() === 'en' ? en : de);
