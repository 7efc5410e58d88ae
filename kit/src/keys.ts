import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { dataDir, env, isProduction } from './config.ts';

type Key = Awaited<ReturnType<typeof importJWK>>;

/**
 * The hub's own keys: an Ed25519 pair for citizens' session tokens (the citizens
 * subgraph signs, the gateway verifies) and a shared secret with which the
 * gateway signs the per-request context it passes to subgraphs.
 */
export interface HubKeys {
  signingKey: Key | undefined;
  verifyKey: Key;
  internalSecret: Uint8Array;
}

interface StoredKeys {
  privateJwk: JWK;
  publicJwk: JWK;
  internalSecret: string;
}

const ALG = 'EdDSA';

async function generateStoredKeys(): Promise<StoredKeys> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  return {
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
    internalSecret: randomBytes(32).toString('base64url'),
  };
}

/**
 * A secret kept in a file of the data folder (outside production): read it, or make it with
 * `create` on first use, shared by every process of the hub on this machine. Written whole
 * under a temporary name (mode 600), then linked into place: the link fails if another
 * process won the race (its secret is then read), and nobody ever reads half a file.
 */
export async function loadOrCreateSecretFile<T>(file: string, create: () => Promise<T>): Promise<T> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh = await create();
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, JSON.stringify(fresh), { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } finally {
    unlinkSync(temporary);
  }
}

/** A JWK from an environment variable, or an error that names the variable. */
export function parseJwk(name: string, raw: string): JWK {
  try {
    return JSON.parse(raw) as JWK;
  } catch {
    throw new Error(`${name} must be a JWK in JSON (an Ed25519 key, "kty":"OKP")`);
  }
}

/**
 * Keys from HUB_JWT_PRIVATE_KEY / HUB_JWT_PUBLIC_KEY (JWK JSON) and
 * HUB_INTERNAL_SECRET; outside production, missing ones come from
 * `<data>/keys/hub-keys.json`, created on first start.
 */
export async function loadHubKeys(options: { keyFile?: string } = {}): Promise<HubKeys> {
  const privateRaw = env('HUB_JWT_PRIVATE_KEY');
  const publicRaw = env('HUB_JWT_PUBLIC_KEY');
  const secretRaw = env('HUB_INTERNAL_SECRET');
  let stored: StoredKeys | undefined;
  if ((!publicRaw && !privateRaw) || !secretRaw) {
    if (isProduction()) {
      throw new Error(
        'In production set HUB_JWT_PUBLIC_KEY (or HUB_JWT_PRIVATE_KEY) and HUB_INTERNAL_SECRET',
      );
    }
    stored = await loadOrCreateSecretFile(
      options.keyFile ?? path.join(dataDir(), 'keys', 'hub-keys.json'),
      generateStoredKeys,
    );
  }
  const privateJwk = privateRaw ? parseJwk('HUB_JWT_PRIVATE_KEY', privateRaw) : stored?.privateJwk;
  const publicJwk = publicRaw
    ? parseJwk('HUB_JWT_PUBLIC_KEY', publicRaw)
    : privateJwk
      ? { kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x }
      : stored?.publicJwk;
  if (!publicJwk) throw new Error('No public key for session tokens');
  const secret = secretRaw ?? stored?.internalSecret ?? '';
  if (secret.length < 32) throw new Error('HUB_INTERNAL_SECRET must be at least 32 characters');
  return {
    signingKey: privateJwk ? await importJWK(privateJwk, ALG) : undefined,
    verifyKey: await importJWK(publicJwk, ALG),
    internalSecret: new TextEncoder().encode(secret),
  };
}

/** Fresh in-memory keys, for tests and tools. */
export async function generateHubKeys(): Promise<HubKeys> {
  const stored = await generateStoredKeys();
  return {
    signingKey: await importJWK(stored.privateJwk, ALG),
    verifyKey: await importJWK(stored.publicJwk, ALG),
    internalSecret: new TextEncoder().encode(stored.internalSecret),
  };
}
