/**
 * The answer at the counter for a scanned or typed code: a server token from the portal (EdDSA,
 * `verifyKaarstPassToken`) or a code the Kaarst App signed offline (`verifyKaarstPassCode`),
 * both checked with the cached key and lists only. Partners need one of three big words, plus
 * "UNGÜLTIG" for anything that is not a genuine current code; the reason is said in a line below.
 */
import { isDeviceCode, verifyKaarstPassCode, verifyKaarstPassToken } from '@kaarst/pass-verify';
import type { VerificationData } from './verification-data.ts';

export type VerdictKind = 'valid' | 'expired' | 'revoked' | 'invalid';

export interface Verdict {
  kind: VerdictKind;
  /** The big word: GÜLTIG, ABGELAUFEN, GESPERRT or UNGÜLTIG. */
  word: string;
  /** One sentence saying why, in German. */
  detail: string;
  passNumber?: string;
  validUntil?: Date;
}

const WORDS: Record<VerdictKind, string> = {
  valid: 'GÜLTIG',
  expired: 'ABGELAUFEN',
  revoked: 'GESPERRT',
  invalid: 'UNGÜLTIG',
};

const NO_PASS_CODE: [VerdictKind, string] = ['invalid', 'Das ist kein Code eines Kaarst-Passes.'];
const DETAILS: Record<string, [VerdictKind, string]> = {
  PASS_EXPIRED: ['expired', 'Der Kaarst-Pass ist abgelaufen.'],
  REVOKED: ['revoked', 'Der Kaarst-Pass ist gesperrt oder widerrufen.'],
  DEVICE_REVOKED: ['revoked', 'Dieses Handy wurde für den Pass gesperrt (verloren gemeldet).'],
  EXPIRED: [
    'invalid',
    'Der Code ist älter als eine Minute (ein Bildschirmfoto?). Bitte den aktuellen Code zeigen lassen.',
  ],
  CERTIFICATE_EXPIRED: [
    'invalid',
    'Die Bescheinigung auf dem Handy ist abgelaufen: die App einmal mit Netz öffnen lassen.',
  ],
  TAMPERED: ['invalid', 'Die Signatur stimmt nicht: der Code wurde verändert.'],
  WRONG_KEY: ['invalid', 'Der Code ist nicht mit dem Schlüssel der Stadt Kaarst signiert.'],
  MALFORMED: NO_PASS_CODE,
};

const DATE = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });

export async function passVerdict(code: string, data: VerificationData, now = new Date()): Promise<Verdict> {
  const text = code.trim();
  const options = {
    now,
    revokedNumbers: data.revokedNumbers,
    revokedDevices: data.revokedDevices,
  };
  const result = isDeviceCode(text)
    ? await verifyKaarstPassCode(text, data.key, options)
    : await verifyKaarstPassToken(text, data.key, options);
  const known = {
    ...(result.passNumber ? { passNumber: result.passNumber } : {}),
    ...(result.validUntil ? { validUntil: result.validUntil } : {}),
  };
  if (result.valid)
    return {
      kind: 'valid',
      word: WORDS.valid,
      detail: result.validUntil
        ? `Der Kaarst-Pass gilt bis ${DATE.format(result.validUntil)}.`
        : 'Der Kaarst-Pass gilt.',
      ...known,
    };
  const [kind, detail] = DETAILS[result.reason ?? 'MALFORMED'] ?? NO_PASS_CODE;
  const expiredOn =
    kind === 'expired' && result.validUntil ? ` (seit ${DATE.format(result.validUntil)})` : '';
  return { kind, word: WORDS[kind], detail: detail.replace(/\.$/, `${expiredOn}.`), ...known };
}
