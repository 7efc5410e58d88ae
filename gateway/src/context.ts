import {
  type HubKeys,
  hubSessionVerifier,
  type SessionVerifier,
  signContextToken,
  type Viewer,
  verifySessionToken,
} from '@kaarst/kit';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet } from 'jose';

/** Per-request context of the gateway: who is asking, and the token that tells the subgraphs. */
export interface GatewayContext {
  viewer: Viewer | null;
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

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Reads `Authorization: Bearer <token>`; no header means an anonymous caller. */
export async function viewerFromAuthorization(
  header: string | undefined,
  verifiers: SessionVerifier[],
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  let lastError: unknown;
  for (const verifier of verifiers) {
    try {
      return await verifySessionToken(match[1], verifier);
    } catch (error) {
      lastError = error;
    }
  }
  throw unauthenticated((lastError as Error | undefined)?.message ?? 'The session token is not valid.');
}

export function createGatewayContext(keys: HubKeys, viewer: Viewer | null): GatewayContext {
  let token: Promise<string> | undefined;
  return {
    viewer,
    contextToken: () => {
      token ??= signContextToken(keys, viewer);
      return token;
    },
  };
}
