import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  hubSessionVerifier,
  signContextToken,
  signSessionToken,
  type Viewer,
  verifyContextToken,
  verifySessionToken,
} from '../src/auth.ts';
import { type HubKeys, loadHubKeys } from '../src/keys.ts';

const ENV_NAMES = ['HUB_JWT_PRIVATE_KEY', 'HUB_JWT_PUBLIC_KEY', 'HUB_INTERNAL_SECRET', 'NODE_ENV'] as const;
const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));

function restoreEnv() {
  for (const name of ENV_NAMES) {
    const value = savedEnv[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

const ANNA: Viewer = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen'] };
const root = mkdtempSync(path.join(tmpdir(), 'kaarst-keys-test-'));
let dirCount = 0;
const freshKeyFile = () => path.join(root, `case-${++dirCount}`, 'keys', 'hub-keys.json');

/** True when `a` signs session and context tokens that `b` accepts. */
async function expectInterchangeable(a: HubKeys, b: HubKeys) {
  const { token } = await signSessionToken(a, ANNA);
  await expect(verifySessionToken(token, hubSessionVerifier(b))).resolves.toEqual(ANNA);
  await expect(verifyContextToken(b, await signContextToken(a, ANNA))).resolves.toEqual(ANNA);
}

beforeEach(() => {
  for (const name of ['HUB_JWT_PRIVATE_KEY', 'HUB_JWT_PUBLIC_KEY', 'HUB_INTERNAL_SECRET'])
    delete process.env[name];
  if (process.env.NODE_ENV === 'production') delete process.env.NODE_ENV;
});
afterEach(restoreEnv);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadHubKeys with a key file', () => {
  it('creates the key file (and its folders) on first use and reuses it afterwards', async () => {
    const keyFile = freshKeyFile();
    expect(existsSync(keyFile)).toBe(false);

    const first = await loadHubKeys({ keyFile });
    expect(existsSync(keyFile)).toBe(true);
    // private key material: readable by the owner only
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const written = readFileSync(keyFile, 'utf8');
    const stored = JSON.parse(written);
    expect(stored.privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(typeof stored.privateJwk.d).toBe('string');
    expect(stored.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: stored.privateJwk.x });
    expect(stored.publicJwk.d).toBeUndefined();
    expect(stored.internalSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.signingKey).toBeDefined();

    const second = await loadHubKeys({ keyFile });
    expect(readFileSync(keyFile, 'utf8')).toBe(written);
    await expectInterchangeable(first, second);
    await expectInterchangeable(second, first);
  });

  it('two concurrent first starts agree on one key file', async () => {
    const keyFile = freshKeyFile();
    const [a, b] = await Promise.all([loadHubKeys({ keyFile }), loadHubKeys({ keyFile })]);
    await expectInterchangeable(a, b);
    await expectInterchangeable(b, a);
    // and a later start reads the same keys
    await expectInterchangeable(a, await loadHubKeys({ keyFile }));
  });

  it('different key files give keys that do not accept each other', async () => {
    const a = await loadHubKeys({ keyFile: freshKeyFile() });
    const b = await loadHubKeys({ keyFile: freshKeyFile() });
    const { token } = await signSessionToken(a, ANNA);
    await expect(verifySessionToken(token, hubSessionVerifier(b))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(verifyContextToken(b, await signContextToken(a, ANNA))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a corrupt key file instead of silently replacing it', async () => {
    const keyFile = freshKeyFile();
    await loadHubKeys({ keyFile });
    writeFileSync(keyFile, '{ not json');
    await expect(loadHubKeys({ keyFile })).rejects.toThrow(SyntaxError);
    expect(readFileSync(keyFile, 'utf8')).toBe('{ not json');
  });
});

describe('loadHubKeys from the environment', () => {
  it('uses HUB_JWT_PRIVATE_KEY and HUB_INTERNAL_SECRET and writes no key file', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    process.env.HUB_JWT_PRIVATE_KEY = JSON.stringify(await exportJWK(privateKey));
    process.env.HUB_INTERNAL_SECRET = 'x'.repeat(40);
    const keyFile = freshKeyFile();

    const a = await loadHubKeys({ keyFile });
    const b = await loadHubKeys({ keyFile });
    expect(existsSync(keyFile)).toBe(false);
    expect(new TextDecoder().decode(a.internalSecret)).toBe('x'.repeat(40));
    await expectInterchangeable(a, b);
  });

  it('with only a public key it can verify but not sign', async () => {
    const signerFile = freshKeyFile();
    const signer = await loadHubKeys({ keyFile: signerFile });
    const stored = JSON.parse(readFileSync(signerFile, 'utf8'));
    process.env.HUB_JWT_PUBLIC_KEY = JSON.stringify(stored.publicJwk);
    process.env.HUB_INTERNAL_SECRET = stored.internalSecret;

    const verifierOnly = await loadHubKeys({ keyFile: freshKeyFile() });
    expect(verifierOnly.signingKey).toBeUndefined();
    const { token } = await signSessionToken(signer, ANNA);
    await expect(verifySessionToken(token, hubSessionVerifier(verifierOnly))).resolves.toEqual(ANNA);
    await expect(signSessionToken(verifierOnly, ANNA)).rejects.toThrow(/signing key/);
  });

  it('refuses a short HUB_INTERNAL_SECRET and a non-JSON key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    process.env.HUB_JWT_PRIVATE_KEY = JSON.stringify(await exportJWK(privateKey));
    process.env.HUB_INTERNAL_SECRET = 'too-short';
    await expect(loadHubKeys({ keyFile: freshKeyFile() })).rejects.toThrow(/at least 32/);

    process.env.HUB_JWT_PRIVATE_KEY = 'not json';
    process.env.HUB_INTERNAL_SECRET = 'x'.repeat(40);
    await expect(loadHubKeys({ keyFile: freshKeyFile() })).rejects.toThrow(
      /HUB_JWT_PRIVATE_KEY must be a JWK/,
    );
  });

  it('in production does not fall back to a key file', async () => {
    process.env.NODE_ENV = 'production';
    const keyFile = freshKeyFile();
    await expect(loadHubKeys({ keyFile })).rejects.toThrow(/In production/);
    expect(existsSync(keyFile)).toBe(false);
  });
});
