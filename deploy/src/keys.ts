/**
 * `hub.mjs keys`: a fresh set of the hub's keys as KEY=value lines, the format
 * of `kubectl create secret generic --from-env-file` (and of `docker run --env-file`).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export function freshKeys(): Record<
  'HUB_JWT_PRIVATE_KEY' | 'HUB_JWT_PUBLIC_KEY' | 'HUB_INTERNAL_SECRET' | 'PASS_SIGNING_KEY',
  string
> {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return {
    HUB_JWT_PRIVATE_KEY: JSON.stringify(jwk),
    HUB_JWT_PUBLIC_KEY: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }),
    HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    // A key of its own for Kaarst Pass QR tokens: replaced alone if it leaks.
    PASS_SIGNING_KEY: JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' })),
  };
}

export function printKeys(): void {
  for (const [name, value] of Object.entries(freshKeys())) console.log(`${name}=${value}`);
}
