/**
 * The pass subgraph's own Ed25519 key for QR tokens, apart from the hub's session
 * keys: a leaked pass key forges passes, not sessions, and it can be replaced alone.
 * PASS_SIGNING_KEY (a private JWK in JSON) in production; elsewhere a key made once
 * and kept in <data dir>/keys/pass-signing-key.json, shared by the hub's processes.
 */
import path from 'node:path';
import { dataDir, env, isProduction, loadOrCreateSecretFile, parseJwk } from '@kaarst/kit';
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

async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return exportJWK(privateKey);
}

/** The key; in production without PASS_SIGNING_KEY it throws. Loaded once per running subgraph (its `services`). */
export async function loadPassSigningKey(): Promise<PassSigningKey> {
  const raw = env('PASS_SIGNING_KEY');
  if (raw) return checked('PASS_SIGNING_KEY', parseJwk('PASS_SIGNING_KEY', raw));
  if (isProduction()) throw new Error('In production set PASS_SIGNING_KEY (an Ed25519 private JWK in JSON)');
  const file = path.join(dataDir(), 'keys', 'pass-signing-key.json');
  return checked(file, await loadOrCreateSecretFile(file, generatePrivateJwk));
}
