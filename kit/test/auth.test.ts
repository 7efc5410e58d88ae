import { SignJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  canActFor,
  hasRole,
  hubSessionVerifier,
  requireRole,
  requireViewer,
  SESSION_AUDIENCE,
  SESSION_ISSUER,
  signContextToken,
  signSessionToken,
  type Viewer,
  verifyContextToken,
  verifySessionToken,
} from '../src/auth.ts';
import { generateHubKeys, type HubKeys } from '../src/keys.ts';
import { expectHubError, rejectionOf, thrownBy } from './helpers.ts';

const ANNA: Viewer = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen'] };
const CLERK: Viewer = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff'],
  department: 'buergerbuero',
};
const ADMIN: Viewer = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0003', roles: ['admin'] };

let keys: HubKeys;
let otherKeys: HubKeys;
const verifier = () => hubSessionVerifier(keys);

beforeAll(async () => {
  keys = await generateHubKeys();
  otherKeys = await generateHubKeys();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('session tokens', () => {
  it('round-trips a citizen: the verified viewer is the one signed', async () => {
    const before = Date.now();
    const { token, expiresAt } = await signSessionToken(keys, ANNA, 3600);
    expect(token.split('.')).toHaveLength(3);
    // expiresAt is whole seconds, about one hour ahead
    expect(expiresAt.getTime() % 1000).toBe(0);
    expect(expiresAt.getTime()).toBeGreaterThan(before + 3590_000);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(before + 3601_000);

    await expect(verifySessionToken(token, verifier())).resolves.toEqual(ANNA);
  });

  it('round-trips staff with their department', async () => {
    const { token } = await signSessionToken(keys, CLERK);
    await expect(verifySessionToken(token, verifier())).resolves.toEqual(CLERK);
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const { token, expiresAt } = await signSessionToken(keys, ANNA, -10);
    expect(expiresAt.getTime()).toBeLessThan(Date.now());
    const error = expectHubError(await rejectionOf(verifySessionToken(token, verifier())), 'UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a token signed with other keys', async () => {
    const { token } = await signSessionToken(otherKeys, ANNA);
    const error = expectHubError(await rejectionOf(verifySessionToken(token, verifier())), 'UNAUTHENTICATED');
    expect(error.message).toBe('The session token is not valid.');
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const { token } = await signSessionToken(keys, ANNA);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    claims.roles = ['admin'];
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    expectHubError(await rejectionOf(verifySessionToken(forged, verifier())), 'UNAUTHENTICATED');
  });

  it('refuses a token for another issuer or audience', async () => {
    const signingKey = keys.signingKey;
    if (!signingKey) throw new Error('generated keys must have a signing key');
    const sign = (issuer: string, audience: string) =>
      new SignJWT({ roles: ['citizen'] })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject(ANNA.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setExpirationTime('1h')
        .sign(signingKey);
    expectHubError(
      await rejectionOf(verifySessionToken(await sign('elsewhere', SESSION_AUDIENCE), verifier())),
      'UNAUTHENTICATED',
    );
    expectHubError(
      await rejectionOf(verifySessionToken(await sign(SESSION_ISSUER, 'elsewhere'), verifier())),
      'UNAUTHENTICATED',
    );
    // the same construction with the right issuer and audience is accepted, so the above failed for those claims
    await expect(
      verifySessionToken(await sign(SESSION_ISSUER, SESSION_AUDIENCE), verifier()),
    ).resolves.toEqual(ANNA);
  });

  it('refuses a token without a subject, and garbage', async () => {
    const signingKey = keys.signingKey;
    if (!signingKey) throw new Error('generated keys must have a signing key');
    const noSubject = await new SignJWT({ roles: ['citizen'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(SESSION_ISSUER)
      .setAudience(SESSION_AUDIENCE)
      .setExpirationTime('1h')
      .sign(signingKey);
    expectHubError(await rejectionOf(verifySessionToken(noSubject, verifier())), 'UNAUTHENTICATED');
    expectHubError(await rejectionOf(verifySessionToken('not.a.jwt', verifier())), 'UNAUTHENTICATED');
  });

  it('drops unknown roles and falls back to citizen', async () => {
    /** A hub session token for "someone" with exactly these roles claimed. */
    const signWithRoles = (roles: string[]) => {
      if (!keys.signingKey) throw new Error('generated keys must have a signing key');
      return new SignJWT({ roles })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('someone')
        .setIssuer(SESSION_ISSUER)
        .setAudience(SESSION_AUDIENCE)
        .setExpirationTime('1h')
        .sign(keys.signingKey);
    };
    const token = await signWithRoles(['superuser', 'staff']);
    await expect(verifySessionToken(token, verifier())).resolves.toEqual({ id: 'someone', roles: ['staff'] });
    const onlyUnknown = await signWithRoles(['superuser']);
    await expect(verifySessionToken(onlyUnknown, verifier())).resolves.toEqual({
      id: 'someone',
      roles: ['citizen'],
    });
  });

  it('cannot sign without a private key', async () => {
    await expect(signSessionToken({ ...keys, signingKey: undefined }, ANNA)).rejects.toThrow(/signing key/);
  });
});

describe('context tokens (gateway to subgraph)', () => {
  it('round-trips a signed-in viewer', async () => {
    const token = await signContextToken(keys, CLERK);
    await expect(verifyContextToken(keys, token)).resolves.toEqual(CLERK);
  });

  it('round-trips an anonymous caller as null', async () => {
    const token = await signContextToken(keys, null);
    await expect(verifyContextToken(keys, token)).resolves.toBeNull();
  });

  it('refuses a missing token', async () => {
    expectHubError(await rejectionOf(verifyContextToken(keys, undefined)), 'UNAUTHENTICATED');
    expectHubError(await rejectionOf(verifyContextToken(keys, '')), 'UNAUTHENTICATED');
  });

  it('refuses a token signed with another internal secret', async () => {
    const token = await signContextToken(otherKeys, ANNA);
    expectHubError(await rejectionOf(verifyContextToken(keys, token)), 'UNAUTHENTICATED');
  });

  it('refuses a session token in place of a context token', async () => {
    const { token } = await signSessionToken(keys, ANNA);
    expectHubError(await rejectionOf(verifyContextToken(keys, token)), 'UNAUTHENTICATED');
  });

  it('never accepts a context token (HS256) in place of a session token', async () => {
    const token = await signContextToken(keys, ANNA);
    await expect(verifySessionToken(token, verifier())).rejects.toThrow();
  });

  // A token naming another algorithm (HS256, RS256...) is refused like any bad token.
  it('refuses a token with a foreign algorithm as UNAUTHENTICATED', async () => {
    const token = await signContextToken(keys, ANNA);
    expectHubError(await rejectionOf(verifySessionToken(token, verifier())), 'UNAUTHENTICATED');
  });

  it('refuses an anonymous token turned into a viewer without the secret', async () => {
    const token = await signContextToken(keys, null);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, anon: false, sub: ADMIN.id, roles: ['admin'] })).toString(
        'base64url',
      ),
      signature,
    ].join('.');
    expectHubError(await rejectionOf(verifyContextToken(keys, forged)), 'UNAUTHENTICATED');
  });

  // The subgraph checks these tokens with fast-jwt's synchronous verifier, as jose's jwtVerify did before.
  it('refuses a context token for another audience, with another algorithm, or in another encoding', async () => {
    const signed = (header: Record<string, unknown>, audience: string) =>
      new SignJWT({ anon: false, roles: ['admin'] })
        .setProtectedHeader(header as { alg: string })
        .setSubject(ADMIN.id)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('60s')
        .sign(keys.internalSecret);
    await expect(
      verifyContextToken(keys, await signed({ alg: 'HS256' }, 'kaarst-subgraphs')),
    ).resolves.toMatchObject({ id: ADMIN.id });
    expectHubError(
      await rejectionOf(verifyContextToken(keys, await signed({ alg: 'HS256' }, 'kaarst-hub'))),
      'UNAUTHENTICATED',
    );
    expectHubError(
      await rejectionOf(verifyContextToken(keys, await signed({ alg: 'HS512' }, 'kaarst-subgraphs'))),
      'UNAUTHENTICATED',
    );
    const token = await signContextToken(keys, ANNA);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expectHubError(await rejectionOf(verifyContextToken(keys, unsigned)), 'UNAUTHENTICATED');
    // The same signature bytes, written with padding: not the token the gateway signed.
    const padded = `${header}.${payload}.${signature}=`;
    expectHubError(await rejectionOf(verifyContextToken(keys, padded)), 'UNAUTHENTICATED');
    expectHubError(await rejectionOf(verifyContextToken(keys, `${token}.x`)), 'UNAUTHENTICATED');
  });

  it('expires after 60 seconds', async () => {
    const token = await signContextToken(keys, ANNA);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 50_000);
    await expect(verifyContextToken(keys, token)).resolves.toEqual(ANNA);
    vi.setSystemTime(Date.now() + 20_000);
    expectHubError(await rejectionOf(verifyContextToken(keys, token)), 'UNAUTHENTICATED');
  });
});

describe('resolver guards', () => {
  it('requireViewer refuses anonymous callers', () => {
    expectHubError(
      thrownBy(() => requireViewer(null)),
      'UNAUTHENTICATED',
    );
    expect(requireViewer(ANNA)).toBe(ANNA);
  });

  it('requireRole: anonymous is UNAUTHENTICATED, the wrong role FORBIDDEN, admin passes everything', () => {
    expectHubError(
      thrownBy(() => requireRole(null, 'staff')),
      'UNAUTHENTICATED',
    );
    const forbidden = expectHubError(
      thrownBy(() => requireRole(ANNA, 'staff')),
      'FORBIDDEN',
    );
    expect(forbidden.message).toContain('staff');
    expect(requireRole(CLERK, 'staff')).toBe(CLERK);
    expect(requireRole(ANNA, 'citizen')).toBe(ANNA);
    expect(requireRole(ADMIN, 'staff')).toBe(ADMIN);
    expect(requireRole(ADMIN, 'citizen')).toBe(ADMIN);
    expectHubError(
      thrownBy(() => requireRole(CLERK, 'admin')),
      'FORBIDDEN',
    );
  });

  it('hasRole checks only the roles held', () => {
    expect(hasRole(null, 'citizen')).toBe(false);
    expect(hasRole(ANNA, 'citizen')).toBe(true);
    expect(hasRole(ANNA, 'staff')).toBe(false);
    expect(hasRole(CLERK, 'staff')).toBe(true);
  });

  it('canActFor: oneself, staff and admins; not others, not anonymous', () => {
    expect(canActFor(null, ANNA.id)).toBe(false);
    expect(canActFor(ANNA, ANNA.id)).toBe(true);
    expect(canActFor(ANNA, CLERK.id)).toBe(false);
    expect(canActFor({ id: 'x', roles: ['citizen'] }, ANNA.id)).toBe(false);
    expect(canActFor(CLERK, ANNA.id)).toBe(true);
    expect(canActFor(ADMIN, ANNA.id)).toBe(true);
  });
});
