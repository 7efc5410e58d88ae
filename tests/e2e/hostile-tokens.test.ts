import { createHmac, webcrypto } from 'node:crypto';
import { generateHubKeys } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startHub, type TestHub } from '../harness.ts';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A JWT signed with Ed25519 (as the hub signs) by hand, so every header and claim can be bent. */
async function ed25519Jwt(payload: object, key: unknown): Promise<string> {
  const input = `${b64({ alg: 'EdDSA', typ: 'JWT' })}.${b64(payload)}`;
  const signature = await webcrypto.subtle.sign(
    'Ed25519',
    key as webcrypto.CryptoKey,
    new TextEncoder().encode(input),
  );
  return `${input}.${Buffer.from(signature).toString('base64url')}`;
}

/** Forged, tampered, expired and misdirected session tokens: each is refused at the gateway with 401. */
describe('hostile session tokens', () => {
  let hub: TestHub;
  let valid: string;
  const tokens: Array<[string, () => Promise<string>]> = [];
  beforeAll(async () => {
    hub = await startHub();
    valid = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  const claims = (extra: Record<string, unknown> = {}) => ({
    sub: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001',
    roles: ['admin'],
    iss: 'kaarst-hub',
    aud: 'kaarst-hub',
    iat: now(),
    exp: now() + 3600,
    ...extra,
  });
  const signed = (payload: Record<string, unknown>, key: unknown = hub.keys.signingKey) =>
    ed25519Jwt(payload, key);

  tokens.push(
    ['alg "none", unsigned', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
    [
      'HS256 "signed" with the public key (algorithm confusion)',
      async () => {
        const publicJwk = JSON.stringify(
          await webcrypto.subtle.exportKey('jwk', hub.keys.verifyKey as webcrypto.CryptoKey),
        );
        const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
        return `${input}.${createHmac('sha256', publicJwk).update(input).digest('base64url')}`;
      },
    ],
    ['signed by another key', async () => signed(claims(), (await generateHubKeys()).signingKey)],
    ['expired an hour ago', async () => signed(claims({ iat: now() - 7200, exp: now() - 3600 }))],
    ['another issuer', async () => signed(claims({ iss: 'evil' }))],
    ['another audience', async () => signed(claims({ aud: 'kaarst-subgraphs' }))],
    [
      'a real token with its roles raised to admin (signature kept)',
      async () => {
        const [header, , signature] = valid.split('.');
        return `${header}.${b64(claims())}.${signature}`;
      },
    ],
    ['three parts of garbage', async () => 'abc.def.ghi'],
    ['an empty bearer value with spaces', async () => '   '],
    ['10 KiB of token', async () => 'a'.repeat(10_240)],
  );

  it.each(tokens.map(([name, make]) => ({ name, make })))(
    '$name: 401 UNAUTHENTICATED, no data',
    async ({ make }) => {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await make()}` },
        body: JSON.stringify({ query: '{ me { id email } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as {
        data?: unknown;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(body.data ?? null).toBeNull();
    },
  );

  it('a token signed the same way with the hub key and honest claims is accepted: each forgery differs in one thing', async () => {
    const control = await signed(claims({ roles: ['citizen'] }));
    const response = await hub.request<{ me: { email: string } }>('{ me { email } }', undefined, control);
    expect(response.status).toBe(200);
    expect(response.data?.me.email).toBe(ANNA);
  });

  it('still answers the real token', async () => {
    const response = await hub.request<{ me: { email: string } }>('{ me { email } }', undefined, valid);
    expect(response.data?.me.email).toBe(ANNA);
  });
});
