import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each case imports a fresh module, with the environment it stubs.
const load = async () => (await import('../src/signing-key.ts')).loadPassSigningKey();

describe('pass: the QR signing key', () => {
  let dataDir: string;
  beforeEach(() => {
    vi.resetModules();
    dataDir = mkdtempSync(path.join(tmpdir(), 'kaarst-pass-key-'));
    vi.stubEnv('HUB_DATA_DIR', dataDir);
    vi.stubEnv('PASS_SIGNING_KEY', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start in production without PASS_SIGNING_KEY', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(load()).rejects.toThrow(/PASS_SIGNING_KEY/);
  });

  it('takes PASS_SIGNING_KEY and publishes only its public half', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(privateKey);
    vi.stubEnv('PASS_SIGNING_KEY', JSON.stringify(jwk));
    const key = await load();
    expect(key.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
  });

  it('refuses a key that is not an Ed25519 private JWK', async () => {
    vi.stubEnv('PASS_SIGNING_KEY', '{"kty":"OKP","crv":"Ed25519","x":"abc"}');
    await expect(load()).rejects.toThrow(/Ed25519 private JWK/);
    vi.resetModules();
    vi.stubEnv('PASS_SIGNING_KEY', 'not json');
    await expect(load()).rejects.toThrow(/JWK in JSON/);
  });

  it('outside production makes one key in the data folder and keeps it', async () => {
    const first = await load();
    const file = path.join(dataDir, 'keys', 'pass-signing-key.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).d).toBe(first.privateJwk.d);
    expect(statSync(file).mode & 0o077).toBe(0);
    vi.resetModules();
    expect((await load()).publicJwk).toEqual(first.publicJwk);
  });
});
