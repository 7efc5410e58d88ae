import { randomUUID } from 'node:crypto';
import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { SESSION_ISSUER } from './auth.ts';
import type { HubKeys } from './keys.ts';

/**
 * API keys for third-party and open-data applications are EdDSA-signed tokens
 * (signed by the citizens subgraph, verified by every gateway with the public
 * key alone), so checking one needs no database round trip. Their audience
 * differs from session tokens': a key is never a session and a session never a key.
 */
export const API_KEY_AUDIENCE = 'kaarst-hub-api';
/** The header applications send their key in. */
export const API_KEY_HEADER = 'x-api-key';
/** Requests per minute for a self-service key. */
export const DEFAULT_API_KEY_RATE = 60;
/** Active keys a citizen may hold of their own; staff issue more on request. */
export const SELF_SERVICE_KEY_LIMIT = 5;
export const MAX_API_KEY_RATE = 100_000;

/** What a verified key says about the application that sent it. */
export interface ApiKeyClaims {
  /** The key's id (its record in the citizens subgraph). */
  id: string;
  /** The account that owns the key. */
  ownerId: string;
  /** Requests per minute the key may make (across all gateways when they share Redis). */
  ratePerMinute: number;
}

export async function signApiKey(
  keys: HubKeys,
  claims: Omit<ApiKeyClaims, 'id'> & { id?: string },
): Promise<{ key: string; claims: ApiKeyClaims }> {
  if (!keys.signingKey) throw new Error('This service has no signing key (HUB_JWT_PRIVATE_KEY)');
  const full: ApiKeyClaims = { id: claims.id ?? randomUUID(), ...claims };
  const key = await new SignJWT({ owner: full.ownerId, rpm: full.ratePerMinute })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(full.id)
    .setIssuer(SESSION_ISSUER)
    .setAudience(API_KEY_AUDIENCE)
    .setIssuedAt()
    .sign(keys.signingKey);
  return { key, claims: full };
}

/** The key's claims, or null for anything that is not a valid hub API key. */
export async function verifyApiKey(
  key: string,
  keys: Pick<HubKeys, 'verifyKey'>,
): Promise<ApiKeyClaims | null> {
  // A key is three base64url parts; anything longer than a few KiB is not one of ours.
  if (key.length > 4096) return null;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(key, keys.verifyKey, {
      issuer: SESSION_ISSUER,
      audience: API_KEY_AUDIENCE,
      algorithms: ['EdDSA'],
    }));
  } catch {
    return null;
  }
  const { sub, owner, rpm } = payload;
  if (typeof sub !== 'string' || typeof owner !== 'string') return null;
  if (typeof rpm !== 'number' || !Number.isInteger(rpm) || rpm < 1 || rpm > MAX_API_KEY_RATE) return null;
  return { id: sub, ownerId: owner, ratePerMinute: rpm };
}
