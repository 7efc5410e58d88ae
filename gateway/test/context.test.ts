import { createServer } from 'node:http';
import { generateHubKeys, signSessionToken, verifyContextToken } from '@kaarst/kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createGatewayContext, sessionVerifiers, viewerFromAuthorization } from '../src/context.ts';
import { subgraphUrlsFromEnv } from '../src/upstream/urls.ts';

describe('gateway authentication', () => {
  it('no Authorization header is an anonymous caller', async () => {
    const keys = await generateHubKeys();
    expect(await viewerFromAuthorization(undefined, sessionVerifiers({ keys }))).toBeNull();
  });

  it('a hub session token gives the verified viewer; one from other keys is UNAUTHENTICATED with 401', async () => {
    const keys = await generateHubKeys();
    const { token } = await signSessionToken(keys, {
      id: 'a1',
      roles: ['staff'],
      department: 'buergerbuero',
    });
    expect(await viewerFromAuthorization(`Bearer ${token}`, sessionVerifiers({ keys }))).toEqual({
      id: 'a1',
      roles: ['staff'],
      department: 'buergerbuero',
    });
    const other = await generateHubKeys();
    const refused = viewerFromAuthorization(`Bearer ${token}`, sessionVerifiers({ keys: other }));
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('refuses headers that are not "Bearer <token>"', async () => {
    const keys = await generateHubKeys();
    for (const header of ['Basic abc', 'Bearer', 'Bearer a b']) {
      await expect(viewerFromAuthorization(header, sessionVerifiers({ keys }))).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('signs the subgraph context once per request, with the viewer in it', async () => {
    const keys = await generateHubKeys();
    const context = createGatewayContext(keys, { viewer: { id: 'c9', roles: ['citizen'] } });
    const first = await context.contextToken();
    expect(await context.contextToken()).toBe(first);
    expect(await verifyContextToken(keys, first)).toEqual({ id: 'c9', roles: ['citizen'] });
    expect(
      await verifyContextToken(keys, await createGatewayContext(keys, { viewer: null }).contextToken()),
    ).toBeNull();
  });
});

describe('context tokens of long-lived contexts', () => {
  it('signs a fresh token once the cached one is half its 60 s life old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const keys = await generateHubKeys();
      const context = createGatewayContext(keys, { viewer: { id: 's1', roles: ['staff'] } });
      const first = await context.contextToken();
      vi.setSystemTime(Date.now() + 29_000);
      expect(await context.contextToken()).toBe(first);
      vi.setSystemTime(Date.now() + 2_000);
      const second = await context.contextToken();
      expect(second).not.toBe(first);
      // 61 s after the first was signed, the fresh one is still accepted
      vi.setSystemTime(Date.now() + 30_000);
      expect(await verifyContextToken(keys, second)).toEqual({ id: 's1', roles: ['staff'] });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('subgraph URLs from the environment', () => {
  it('maps SUBGRAPH_<NAME>_URL to subgraph names and ignores the rest', () => {
    expect(
      subgraphUrlsFromEnv({
        SUBGRAPH_CITIZENS_URL: 'http://citizens:4001/graphql',
        SUBGRAPH_PASS_TRANSIT_URL: 'http://pass:4003/graphql',
        SUBGRAPH_EMPTY_URL: '',
        DATABASE_URL: 'postgresql://x',
      }),
    ).toEqual({ citizens: 'http://citizens:4001/graphql', 'pass-transit': 'http://pass:4003/graphql' });
  });
});

describe('an external OpenID Connect issuer', () => {
  it('accepts tokens signed with a key from its JWKS, and only for its issuer and audience', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const keys = await generateHubKeys();
      const oidc = {
        jwksUrl: `http://127.0.0.1:${port}/jwks`,
        issuer: 'https://login.example.org',
        audience: 'kaarst-hub',
      };
      const verifiers = sessionVerifiers({ keys, oidc });
      const sign = (issuer: string) =>
        new SignJWT({ roles: ['staff'] })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('oidc-user-7')
          .setIssuer(issuer)
          .setAudience('kaarst-hub')
          .setExpirationTime('5m')
          .sign(privateKey);
      expect(await viewerFromAuthorization(`Bearer ${await sign(oidc.issuer)}`, verifiers)).toEqual({
        id: 'oidc-user-7',
        roles: ['staff'],
      });
      await expect(
        viewerFromAuthorization(`Bearer ${await sign('https://evil.example.org')}`, verifiers),
      ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      server.close();
    }
  });
});
