import { createSigner, createVerifier } from 'fast-jwt';
import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { forbidden, unauthenticated } from './errors.ts';
import type { HubKeys } from './keys.ts';

/**
 * citizen: a resident; staff: town employees (with a department); admin: the hub's
 * administrators; partner: Kaarst Pass partners (their own offers); driver: bus
 * drivers (their trips); display: the city's information displays (read-only);
 * kiosk: a ticket machine at an office's entrance (draws walk-in tickets, nothing else).
 */
export const ROLES = ['citizen', 'staff', 'admin', 'partner', 'driver', 'display', 'kiosk'] as const;
export type Role = (typeof ROLES)[number];
/**
 * Device roles: an account holding nothing else may run only the mutations made
 * for it, i.e. whose @requiresScopes names a scope it holds (a display: none at
 * all; a kiosk: drawing a ticket). Everything a person may do for themselves
 * (booking, keys, requests) is closed to a device standing in a public place.
 */
export const DEVICE_ROLES: readonly Role[] = ['display', 'kiosk'];

/** Who is asking: the verified claims the gateway hands to every subgraph. */
export interface Viewer {
  /** The citizen's or staff member's account id. */
  id: string;
  roles: Role[];
  /** For staff: the department they work in (e.g. "buergerbuero"). */
  department?: string;
}

export const SESSION_ISSUER = 'kaarst-hub';
export const SESSION_AUDIENCE = 'kaarst-hub';
const CONTEXT_AUDIENCE = 'kaarst-subgraphs';
/** The header that carries the gateway-signed context to subgraphs. */
export const CONTEXT_HEADER = 'x-hub-context';

function viewerFromClaims(payload: JWTPayload): Viewer {
  const roles = Array.isArray(payload.roles)
    ? (payload.roles.filter((r) => (ROLES as readonly string[]).includes(r as string)) as Role[])
    : [];
  if (typeof payload.sub !== 'string' || payload.sub === '')
    throw unauthenticated('The token names no subject.');
  const viewer: Viewer = { id: payload.sub, roles: roles.length > 0 ? roles : ['citizen'] };
  if (typeof payload.department === 'string') viewer.department = payload.department;
  return viewer;
}

/** Signs a citizen's or staff member's session token (EdDSA). */
export async function signSessionToken(
  keys: HubKeys,
  viewer: Viewer,
  ttlSeconds = 8 * 3600,
): Promise<{ token: string; expiresAt: Date }> {
  if (!keys.signingKey) throw new Error('This service has no signing key (HUB_JWT_PRIVATE_KEY)');
  const expiresAt = new Date((Math.floor(Date.now() / 1000) + ttlSeconds) * 1000);
  const token = await new SignJWT({
    roles: viewer.roles,
    ...(viewer.department ? { department: viewer.department } : {}),
  })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(viewer.id)
    .setIssuer(SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.signingKey);
  return { token, expiresAt };
}

export interface SessionVerifier {
  key: HubKeys['verifyKey'] | JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** Accepted signature algorithms; the hub's own tokens are EdDSA only. */
  algorithms: string[];
}

/** The verifier for the hub's own session tokens (EdDSA, signed by the citizens subgraph). */
export function hubSessionVerifier(keys: Pick<HubKeys, 'verifyKey'>): SessionVerifier {
  return { key: keys.verifyKey, issuer: SESSION_ISSUER, audience: SESSION_AUDIENCE, algorithms: ['EdDSA'] };
}

/** Verifies a session token from the Authorization header; any failure is UNAUTHENTICATED. */
export async function verifySessionToken(token: string, verifier: SessionVerifier): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, verifier.key as Parameters<typeof jwtVerify>[1], {
      issuer: verifier.issuer,
      audience: verifier.audience,
      algorithms: verifier.algorithms,
    });
    return viewerFromClaims(payload);
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('The session has expired. Sign in again.');
    // Whatever else failed (signature, algorithm, claims, key type), the caller learns no internals.
    throw unauthenticated('The session token is not valid.');
  }
}

/**
 * The gateway signs, per request, who is asking (or that nobody signed in) and
 * from which client address; subgraphs accept only requests that carry this,
 * so nothing reaches them around the gateway, and they can throttle guessing
 * per client (kit/src/throttle.ts).
 */
export async function signContextToken(
  keys: HubKeys,
  viewer: Viewer | null,
  options: {
    /** The caller's address as the gateway saw it (for throttles per client). */
    client?: string;
    /** The gateway asking for itself (e.g. the revocation lists), never on a caller's behalf. */
    gatewayService?: boolean;
  } = {},
): Promise<string> {
  const claims = viewer
    ? { roles: viewer.roles, ...(viewer.department ? { department: viewer.department } : {}) }
    : {};
  return contextSigner(keys.internalSecret)({
    ...claims,
    anon: viewer === null,
    ...(options.client ? { cip: options.client } : {}),
    ...(options.gatewayService ? { svc: 'gateway' } : {}),
    ...(viewer ? { sub: viewer.id } : {}),
  });
}

const contextSigners = new WeakMap<Uint8Array, (claims: Record<string, unknown>) => string>();

/**
 * HS256 under the internal secret, audience the subgraphs, iat now, exp 60 s later: fast-jwt's
 * synchronous signer, built once per secret. jose signs through WebCrypto (the secret imported
 * again and one job on the thread pool per token), which cost the gateway ~3 % of its CPU with
 * one token per request (bench/RESULTS.md, issue 28), as jose's verifier cost the subgraphs.
 */
function contextSigner(secret: Uint8Array): (claims: Record<string, unknown>) => string {
  let sign = contextSigners.get(secret);
  if (!sign) {
    sign = createSigner({
      key: Buffer.from(secret),
      algorithm: 'HS256',
      aud: CONTEXT_AUDIENCE,
      expiresIn: 60_000,
    }) as (claims: Record<string, unknown>) => string;
    contextSigners.set(secret, sign);
  }
  return sign;
}

/** What a subgraph learns from the gateway's context token. */
export interface HubContextClaims {
  viewer: Viewer | null;
  /** The caller's address as the gateway saw it; null when the gateway gave none. */
  client: string | null;
  /** The gateway asking for itself (its token says so), not on a caller's behalf. */
  gatewayService: boolean;
}

/** Subgraph side: who is asking, from where, and whether it is the gateway asking for itself. */
export async function readContextToken(keys: HubKeys, token: string | undefined): Promise<HubContextClaims> {
  const payload = token ? verifiedContextClaims(keys.internalSecret, token) : undefined;
  if (!payload) throw unauthenticated('Requests must come through the hub gateway.');
  return {
    viewer: payload.anon === true ? null : viewerFromClaims(payload),
    client: typeof payload.cip === 'string' && payload.cip !== '' ? payload.cip : null,
    gatewayService: payload.svc === 'gateway' && payload.anon === true,
  };
}

const contextVerifiers = new WeakMap<Uint8Array, (token: string) => JWTPayload>();

/**
 * The claims of a context token (HS256 under the internal secret, audience the subgraphs, not
 * expired), or undefined. fast-jwt's synchronous verifier, built once per secret: jose verifies
 * through WebCrypto, one job per token, which cost a subgraph about a sixth of its CPU per
 * request under load (bench/RESULTS.md, issue 19). No token cache: every request is verified.
 */
function verifiedContextClaims(secret: Uint8Array, token: string): JWTPayload | undefined {
  let verify = contextVerifiers.get(secret);
  if (!verify) {
    verify = createVerifier({
      key: Buffer.from(secret),
      algorithms: ['HS256'],
      allowedAud: CONTEXT_AUDIENCE,
      cache: false,
    }) as (token: string) => JWTPayload;
    contextVerifiers.set(secret, verify);
  }
  try {
    return verify(token);
  } catch {
    return undefined;
  }
}

/** Subgraph side: the viewer from the gateway's context token; null for an anonymous caller. */
export async function verifyContextToken(keys: HubKeys, token: string | undefined): Promise<Viewer | null> {
  return (await readContextToken(keys, token)).viewer;
}

/** For fields only gateways read (revocation lists): refused to everyone else, signed in or not. */
export function requireGatewayService(context: { gatewayService?: boolean }): void {
  if (context.gatewayService !== true) throw forbidden('Only the hub gateways read this.');
}

/** Resolver guards. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  const v = requireViewer(viewer);
  if (!v.roles.includes(role) && !v.roles.includes('admin'))
    throw forbidden(`This needs the role "${role}".`);
  return v;
}

/** Staff and admins may act on anyone's records; others only on their own. */
export function canActFor(viewer: Viewer | null, ownerId: string): boolean {
  if (!viewer) return false;
  return viewer.id === ownerId || viewer.roles.includes('staff') || viewer.roles.includes('admin');
}
