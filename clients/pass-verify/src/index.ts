/**
 * The Kaarst Pass QR token: a compact JWS (EdDSA, Ed25519) that the holder's app
 * shows as a QR code, and its offline check for drivers' and partners' apps.
 *
 * The claims carry only what a verifier must see: the pass number, until when the
 * pass is valid, its zone, and the token's window. A token is issued for the
 * 30-second window it falls in (iat = window start) and expires 60 s after that
 * start, so the code on screen changes every 30 s and a screenshot is worthless
 * after a minute. Both halves live here so the format is defined once.
 */
import {
  calculateJwkThumbprint,
  decodeProtectedHeader,
  errors,
  importJWK,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';

/** The public key's form, for apps that cache it. */
export type { JWK } from 'jose';
export * from './device.ts';
export { type FareZoneMap, rideZone } from './zones.ts';

/** Every 30 seconds a new token. */
export const TOKEN_WINDOW_SECONDS = 30;
/** A token is accepted this long after its window started (two windows: the one shown and the next). */
export const TOKEN_LIFETIME_SECONDS = 60;
/** The town's zone: a trip in it with a valid pass is a free ride (issue 6, item 8). */
export const KAARST_ZONE = 'kaarst';
const TOKEN_TYPE = 'kaarst-pass+jwt';
const ALG = 'EdDSA';

export type VerificationFailure =
  | 'TAMPERED'
  | 'EXPIRED'
  | 'REVOKED'
  | 'WRONG_KEY'
  | 'MALFORMED'
  | 'PASS_EXPIRED';

export interface VerificationResult {
  valid: boolean;
  reason?: VerificationFailure;
  passNumber?: string;
  /** When the pass itself ends (not the token). */
  validUntil?: Date;
  /** A valid pass on a trip in the town's zone. */
  freeRide: boolean;
}

export interface VerifyOptions {
  /** The verifier's clock (default: now). */
  now?: Date;
  /** Numbers of revoked or suspended passes, from the graph's `kaarstPassRevocations`. */
  revokedNumbers?: Iterable<string>;
  /** The zone of the ride the holder takes, for the free-ride answer: `rideZone(fareZoneMap, stopIds)`. */
  tripZone?: string | null;
}

export interface PassTokenClaims {
  passNumber: string;
  validUntil: Date;
}

/** The start of the 30-second window `at` falls in, in seconds since the epoch. */
export function tokenWindowStart(at: Date): number {
  const seconds = Math.floor(at.getTime() / 1000);
  return seconds - (seconds % TOKEN_WINDOW_SECONDS);
}

/** The key id both sides agree on: the RFC 7638 thumbprint of the public key. */
export function keyIdOf(publicJwk: JWK): Promise<string> {
  return calculateJwkThumbprint({ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x } as JWK);
}

/**
 * Signs the token for the window `now` falls in. Ed25519 signatures are
 * deterministic: within one window the same pass gets the same token.
 */
export async function signKaarstPassToken(
  privateJwk: JWK,
  claims: PassTokenClaims,
  now: Date = new Date(),
): Promise<string> {
  const key = await importJWK(privateJwk, ALG);
  const issuedAt = tokenWindowStart(now);
  return new SignJWT({
    pn: claims.passNumber,
    vu: Math.floor(claims.validUntil.getTime() / 1000),
    zn: KAARST_ZONE,
  })
    .setProtectedHeader({ alg: ALG, typ: TOKEN_TYPE, kid: await keyIdOf(privateJwk) })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
    .sign(key);
}

const failed = (reason: VerificationFailure, passNumber?: string): VerificationResult => ({
  valid: false,
  reason,
  ...(passNumber ? { passNumber } : {}),
  freeRide: false,
});

/** Checks a token with the public key alone: signature, token window, revocation list, pass validity. */
export async function verifyKaarstPassToken(
  token: string,
  publicJwk: JWK,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  let keyId: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== ALG || header.typ !== TOKEN_TYPE) return failed('MALFORMED');
    keyId = header.kid;
  } catch {
    return failed('MALFORMED');
  }
  // Another key signed it (another town, an old key): no point checking the signature.
  if (keyId !== (await keyIdOf(publicJwk))) return failed('WRONG_KEY');
  let payload: Record<string, unknown>;
  try {
    const key = await importJWK({ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, ALG);
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ALG],
      typ: TOKEN_TYPE,
      currentDate: now,
      requiredClaims: ['iat', 'exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return failed('TAMPERED');
    if (error instanceof errors.JWTExpired) return failed('EXPIRED');
    return failed('MALFORMED');
  }
  const { pn, vu, zn } = payload;
  if (typeof pn !== 'string' || typeof vu !== 'number' || zn !== KAARST_ZONE) return failed('MALFORMED');
  // A token from a window that has not begun yet: the holder's clock is far ahead, or it was forged ahead.
  if (
    typeof payload.iat !== 'number' ||
    payload.iat > Math.floor(now.getTime() / 1000) + TOKEN_WINDOW_SECONDS
  )
    return failed('MALFORMED', pn);
  if (new Set(options.revokedNumbers ?? []).has(pn)) return failed('REVOKED', pn);
  const validUntil = new Date(vu * 1000);
  if (validUntil.getTime() <= now.getTime()) return { ...failed('PASS_EXPIRED', pn), validUntil };
  return { valid: true, passNumber: pn, validUntil, freeRide: options.tripZone === KAARST_ZONE };
}
