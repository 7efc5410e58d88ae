/**
 * The pass subgraph's own Ed25519 key for QR tokens, apart from the hub's session
 * keys: a leaked pass key forges passes, not sessions, and it can be replaced alone.
 * PASS_SIGNING_KEY (a private JWK in JSON) in production; elsewhere a key made once
 * and kept in <data dir>/keys/pass-signing-key.json, shared by the hub's processes.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, env, isProduction } from '@kaarst/kit';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export interface PassSigningKey {
  privateJwk: JWK;
  /** What verifiers get: kty, crv, x and nothing private. */
  publicJwk: JWK;
}

function checked(name: string, jwk: JWK): PassSigningKey {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string')
    throw new Error(`${name} must be an Ed25519 private JWK ("kty":"OKP","crv":"Ed25519" with "d" and "x")`);
  return { privateJwk: jwk, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x } };
}

async function loadOrCreate(file: string): Promise<JWK> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const fresh = await exportJWK(privateKey);
  // Written whole, then linked into place: a concurrent first start finds the winner's key.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(fresh), { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } finally {
    unlinkSync(temporary);
  }
}

let loading: Promise<PassSigningKey> | undefined;

/** The key, loaded once per process; in production without PASS_SIGNING_KEY it throws. */
export function loadPassSigningKey(): Promise<PassSigningKey> {
  loading ??= (async () => {
    const raw = env('PASS_SIGNING_KEY');
    if (raw) {
      let jwk: JWK;
      try {
        jwk = JSON.parse(raw) as JWK;
      } catch {
        throw new Error('PASS_SIGNING_KEY must be a JWK in JSON (an Ed25519 private key)');
      }
      return checked('PASS_SIGNING_KEY', jwk);
    }
    if (isProduction())
      throw new Error('In production set PASS_SIGNING_KEY (an Ed25519 private JWK in JSON)');
    const file = path.join(dataDir(), 'keys', 'pass-signing-key.json');
    return checked(file, await loadOrCreate(file));
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
