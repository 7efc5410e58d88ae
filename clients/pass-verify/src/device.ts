/**
 * The pass in the pocket, offline: device binding.
 *
 * The holder's app makes an ECDSA P-256 key pair in the browser's WebCrypto that
 * cannot be exported, and registers the public half with the pass. The hub
 * answers with a **device certificate**: a compact JWS signed with the pass key
 * (EdDSA, the key that signs the server's QR tokens) that binds the pass number,
 * the pass's validity, the device's id and the device's public key (`cnf.jwk`,
 * as RFC 7800 names it), valid for some weeks. The app keeps it and, without
 * network, signs a **device code** itself every 30 seconds: a compact JWS
 * (ES256, the device key) carrying the certificate and the moment it was made.
 *
 * A verifier needs only the pass key's public half and the revocation lists:
 * the certificate proves the key belongs to the pass, the code's signature
 * proves the phone holding that key made it now, and the time window (60 s)
 * makes a screenshot worthless a minute later. A lost phone's device id goes on
 * `kaarstPassRevokedDevices`.
 */
import {
  base64url,
  type CryptoKey,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  errors,
  importJWK,
  type JWK,
  jwtVerify,
  SignJWT,
} from 'jose';

export const DEVICE_CERTIFICATE_TYPE = 'kaarst-pass-device+jwt';
export const DEVICE_CODE_TYPE = 'kaarst-pass-code+jwt';
/** The app shows a new code this often. */
export const DEVICE_CODE_REFRESH_SECONDS = 30;
/** A code is accepted this long after it was made (a screenshot is refused after a minute). */
export const DEVICE_CODE_LIFETIME_SECONDS = 60;
/** How far a code may lie in the verifier's future (clocks of phone and verifier differ a little). */
export const DEVICE_CLOCK_SKEW_SECONDS = 30;
const ISSUER_ALG = 'EdDSA';
const DEVICE_ALG = 'ES256';
const ZONE = 'kaarst';

export type DeviceVerificationFailure =
  | 'TAMPERED'
  | 'EXPIRED'
  | 'REVOKED'
  | 'DEVICE_REVOKED'
  | 'CERTIFICATE_EXPIRED'
  | 'WRONG_KEY'
  | 'MALFORMED'
  | 'PASS_EXPIRED';

export interface DeviceVerificationResult {
  valid: boolean;
  reason?: DeviceVerificationFailure;
  passNumber?: string;
  deviceId?: string;
  /** When the pass itself ends. */
  validUntil?: Date;
  /** A valid pass on a trip in the town's zone. */
  freeRide: boolean;
}

export interface DeviceVerifyOptions {
  /** The verifier's clock (default: now). */
  now?: Date;
  /** Numbers of revoked or suspended passes (`kaarstPassRevocations`). */
  revokedNumbers?: Iterable<string>;
  /** Ids of revoked devices (`kaarstPassRevokedDevices`). */
  revokedDevices?: Iterable<string>;
  /** The zone of the ride, for the free-ride answer (see rideZone). */
  tripZone?: string | null;
}

/** A device's public key as the pass accepts it: EC P-256, public half only. */
export interface DevicePublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** The public P-256 key in a JWK, nothing private, or null when it is not one. */
export function devicePublicJwk(jwk: unknown): DevicePublicJwk | null {
  if (!jwk || typeof jwk !== 'object') return null;
  const { kty, crv, x, y, d } = jwk as Record<string, unknown>;
  if (kty !== 'EC' || crv !== 'P-256' || d !== undefined) return null;
  if (typeof x !== 'string' || typeof y !== 'string') return null;
  // 32-byte coordinates, base64url without padding.
  if (!/^[A-Za-z0-9_-]{43}$/.test(x) || !/^[A-Za-z0-9_-]{43}$/.test(y)) return null;
  return { kty, crv, x, y };
}

/** RFC 7638 thumbprint: the same key is the same device. */
export const deviceKeyThumbprint = (jwk: DevicePublicJwk): Promise<string> => calculateJwkThumbprint(jwk);

export interface DeviceCertificateClaims {
  passNumber: string;
  /** When the pass ends. */
  passValidUntil: Date;
  deviceId: string;
  devicePublicJwk: DevicePublicJwk;
  /** When the certificate ends (never after the pass). */
  expiresAt: Date;
}

/** The hub's half: certifies a device key for a pass with the pass key (a private Ed25519 JWK). */
export async function issueDeviceCertificate(
  issuerPrivateJwk: JWK,
  claims: DeviceCertificateClaims,
  now: Date = new Date(),
): Promise<string> {
  const key = await importJWK(issuerPrivateJwk, ISSUER_ALG);
  const kid = await calculateJwkThumbprint({
    kty: issuerPrivateJwk.kty,
    crv: issuerPrivateJwk.crv,
    x: issuerPrivateJwk.x,
  } as JWK);
  return new SignJWT({
    pn: claims.passNumber,
    vu: Math.floor(claims.passValidUntil.getTime() / 1000),
    zn: ZONE,
    did: claims.deviceId,
    cnf: { jwk: claims.devicePublicJwk },
  })
    .setProtectedHeader({ alg: ISSUER_ALG, typ: DEVICE_CERTIFICATE_TYPE, kid })
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(key);
}

/**
 * The app's half: a code for now, signed with the device's private key (a
 * WebCrypto CryptoKey, which need not be extractable).
 */
export function signDeviceCode(
  devicePrivateKey: CryptoKey,
  certificate: string,
  now: Date = new Date(),
): Promise<string> {
  return new SignJWT({ crt: certificate })
    .setProtectedHeader({ alg: DEVICE_ALG, typ: DEVICE_CODE_TYPE })
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(devicePrivateKey);
}

/** What a certificate says, read without checking it (the app shows its end). */
export function readDeviceCertificate(certificate: string): {
  passNumber: string;
  deviceId: string;
  expiresAt: Date;
  passValidUntil: Date;
} | null {
  try {
    const [, payload] = certificate.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? ''))) as Record<
      string,
      unknown
    >;
    if (typeof claims.pn !== 'string' || typeof claims.did !== 'string') return null;
    if (typeof claims.exp !== 'number' || typeof claims.vu !== 'number') return null;
    return {
      passNumber: claims.pn,
      deviceId: claims.did,
      expiresAt: new Date(claims.exp * 1000),
      passValidUntil: new Date(claims.vu * 1000),
    };
  } catch {
    return null;
  }
}

const failed = (
  reason: DeviceVerificationFailure,
  known: { passNumber?: string; deviceId?: string } = {},
): DeviceVerificationResult => ({ valid: false, reason, ...known, freeRide: false });

/** Whether a scanned text is a device code (else try verifyKaarstPassToken). */
export function isDeviceCode(text: string): boolean {
  try {
    return decodeProtectedHeader(text).typ === DEVICE_CODE_TYPE;
  } catch {
    return false;
  }
}

/**
 * Checks a device code offline: the certificate with the pass key, the code's
 * signature with the certified device key, the code's time window, both
 * revocation lists and the pass's validity.
 */
export async function verifyKaarstPassCode(
  code: string,
  issuerPublicJwk: JWK,
  options: DeviceVerifyOptions = {},
): Promise<DeviceVerificationResult> {
  const now = options.now ?? new Date();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  let certificate: string;
  try {
    const header = decodeProtectedHeader(code);
    if (header.alg !== DEVICE_ALG || header.typ !== DEVICE_CODE_TYPE) return failed('MALFORMED');
    const [, payload] = code.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? ''))) as {
      crt?: unknown;
    };
    if (typeof claims.crt !== 'string') return failed('MALFORMED');
    certificate = claims.crt;
    const certificateHeader = decodeProtectedHeader(certificate);
    if (certificateHeader.alg !== ISSUER_ALG || certificateHeader.typ !== DEVICE_CERTIFICATE_TYPE)
      return failed('MALFORMED');
    const issuerKid = await calculateJwkThumbprint({
      kty: issuerPublicJwk.kty,
      crv: issuerPublicJwk.crv,
      x: issuerPublicJwk.x,
    } as JWK);
    if (certificateHeader.kid !== issuerKid) return failed('WRONG_KEY');
  } catch {
    return failed('MALFORMED');
  }

  // 1. The certificate: signed with the pass key, not expired.
  let certified: Record<string, unknown>;
  try {
    const issuerKey = await importJWK(
      { kty: issuerPublicJwk.kty, crv: issuerPublicJwk.crv, x: issuerPublicJwk.x },
      ISSUER_ALG,
    );
    ({ payload: certified } = await jwtVerify(certificate, issuerKey, {
      algorithms: [ISSUER_ALG],
      typ: DEVICE_CERTIFICATE_TYPE,
      currentDate: now,
      requiredClaims: ['iat', 'exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return failed('TAMPERED');
    if (error instanceof errors.JWTExpired) return failed('CERTIFICATE_EXPIRED');
    return failed('MALFORMED');
  }
  const { pn, vu, zn, did, cnf } = certified;
  const deviceJwk = devicePublicJwk((cnf as { jwk?: unknown } | undefined)?.jwk);
  if (
    typeof pn !== 'string' ||
    typeof vu !== 'number' ||
    typeof did !== 'string' ||
    zn !== ZONE ||
    !deviceJwk
  )
    return failed('MALFORMED');
  const known = { passNumber: pn, deviceId: did };

  // 2. The code: signed by the certified device key, made within the last minute.
  let iat: unknown;
  try {
    const deviceKey = await importJWK(deviceJwk, DEVICE_ALG);
    const { payload } = await compactVerify(code, deviceKey, { algorithms: [DEVICE_ALG] });
    ({ iat } = JSON.parse(new TextDecoder().decode(payload)) as { iat?: unknown });
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return failed('TAMPERED', known);
    return failed('MALFORMED', known);
  }
  if (typeof iat !== 'number' || !Number.isInteger(iat)) return failed('MALFORMED', known);
  // From the future beyond the clock skew: the phone's clock is far ahead, or it was made ahead on purpose.
  if (iat > nowSeconds + DEVICE_CLOCK_SKEW_SECONDS) return failed('MALFORMED', known);
  if (nowSeconds >= iat + DEVICE_CODE_LIFETIME_SECONDS) return failed('EXPIRED', known);

  // 3. The lists and the pass itself.
  if (new Set(options.revokedNumbers ?? []).has(pn)) return failed('REVOKED', known);
  if (new Set(options.revokedDevices ?? []).has(did)) return failed('DEVICE_REVOKED', known);
  const validUntil = new Date(vu * 1000);
  if (validUntil.getTime() <= now.getTime()) return { ...failed('PASS_EXPIRED', known), validUntil };
  return { valid: true, ...known, validUntil, freeRide: options.tripZone === ZONE };
}
