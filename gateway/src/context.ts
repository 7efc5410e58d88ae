import {
  type ApiKeyClaims,
  type HubKeys,
  hubSessionVerifier,
  type SessionVerifier,
  signContextToken,
  type Viewer,
  verifySessionToken,
} from '@kaarst/kit/common';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, decodeJwt } from 'jose';

/** Per-request context of the gateway: who is asking, and the token that tells the subgraphs. */
export interface GatewayContext {
  viewer: Viewer | null;
  /** The third-party application's verified API key, if it sent one (X-API-Key). */
  apiKey: ApiKeyClaims | null;
  keys: HubKeys;
  /** When the caller's session token expires; live subscriptions end then. */
  sessionExpiresAt?: Date;
  /** When the caller's session token was issued; sessions ended by a password reset are refused. */
  sessionIssuedAt?: Date;
  /** Signed once per request, on first use. */
  contextToken(): Promise<string>;
}

export interface AuthOptions {
  keys: HubKeys;
  /** An external OpenID Connect issuer whose JWKS also signs valid sessions. */
  oidc?: { jwksUrl: string; issuer: string; audience: string };
}

/** The verifiers a session token may match: the hub's own key, then an OIDC issuer if configured. */
export function sessionVerifiers(options: AuthOptions): SessionVerifier[] {
  const verifiers: SessionVerifier[] = [hubSessionVerifier(options.keys)];
  if (options.oidc) {
    verifiers.push({
      key: createRemoteJWKSet(new URL(options.oidc.jwksUrl)),
      issuer: options.oidc.issuer,
      audience: options.oidc.audience,
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
    });
  }
  return verifiers;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export interface Session {
  viewer: Viewer | null;
  expiresAt?: Date;
  issuedAt?: Date;
}

/** Reads `Authorization: Bearer <token>` (or the bare token); no header means an anonymous caller. */
export async function authenticate(
  header: string | undefined,
  verifiers: SessionVerifier[],
): Promise<Session> {
  if (!header) return { viewer: null };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const token = match[1];
  let lastError: unknown;
  for (const verifier of verifiers) {
    try {
      const viewer = await verifySessionToken(token, verifier);
      const { exp, iat } = decodeJwt(token);
      return {
        viewer,
        ...(exp ? { expiresAt: new Date(exp * 1000) } : {}),
        ...(iat ? { issuedAt: new Date(iat * 1000) } : {}),
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw unauthenticated((lastError as Error | undefined)?.message ?? 'The session token is not valid.');
}

export async function viewerFromAuthorization(
  header: string | undefined,
  verifiers: SessionVerifier[],
): Promise<Viewer | null> {
  return (await authenticate(header, verifiers)).viewer;
}

// Context tokens live 60 s; a context that outlives that (a WebSocket connection,
// a shared subscription) signs a fresh one after half of it.
const CONTEXT_TOKEN_REUSE_MS = 30_000;

export function createGatewayContext(
  keys: HubKeys,
  session: Session,
  apiKey: ApiKeyClaims | null = null,
  /** The caller's address: subgraphs throttle guessing per client with it. */
  client?: string,
): GatewayContext {
  let token: Promise<string> | undefined;
  let signedAt = 0;
  const viewer = session.viewer;
  return {
    viewer,
    apiKey,
    keys,
    ...(session.expiresAt ? { sessionExpiresAt: session.expiresAt } : {}),
    ...(session.issuedAt ? { sessionIssuedAt: session.issuedAt } : {}),
    contextToken: () => {
      if (!token || Date.now() - signedAt > CONTEXT_TOKEN_REUSE_MS) {
        token = signContextToken(keys, viewer, client ? { client } : {});
        signedAt = Date.now();
      }
      return token;
    },
  };
}
