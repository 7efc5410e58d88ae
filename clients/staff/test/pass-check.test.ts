/**
 * The partner's pass check (clients/staff/src/pass-check): the big word for each kind of code,
 * checked with cached data only, and the cache's tolerance of what localStorage may hold.
 */
import { generateKeyPairSync, webcrypto } from 'node:crypto';
import {
  devicePublicJwk,
  issueDeviceCertificate,
  type JWK,
  signDeviceCode,
  signKaarstPassToken,
} from '@kaarst/pass-verify';
import { beforeAll, describe, expect, it } from 'vitest';
import { passVerdict } from '../src/pass-check/verdict.ts';
import {
  ageText,
  isStale,
  loadVerificationData,
  storeVerificationData,
  type VerificationData,
} from '../src/pass-check/verification-data.ts';

const now = new Date('2026-12-06T12:00:10Z');
const validUntil = new Date('2027-12-06T12:00:00Z');

/** A pass key as the hub holds it: Ed25519, as JWKs. */
function passKeys(): { privateJwk: JWK; publicJwk: JWK } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateJwk: privateKey.export({ format: 'jwk' }) as JWK,
    publicJwk: publicKey.export({ format: 'jwk' }) as JWK,
  };
}

describe('pass check verdicts, offline', () => {
  let privateJwk: JWK;
  let data: VerificationData;

  beforeAll(() => {
    const keys = passKeys();
    privateJwk = keys.privateJwk;
    data = {
      key: keys.publicJwk,
      revokedNumbers: ['KP-000666'],
      revokedDevices: ['device-lost'],
      fetchedAt: now.toISOString(),
    };
  });

  const token = (passNumber: string, until = validUntil, at = now) =>
    signKaarstPassToken(privateJwk, { passNumber, validUntil: until }, at);

  it('says GÜLTIG for a current token of a valid pass, with its number and end', async () => {
    const verdict = await passVerdict(await token('KP-000123'), data, now);
    expect(verdict).toMatchObject({ kind: 'valid', word: 'GÜLTIG', passNumber: 'KP-000123' });
    expect(verdict.detail).toBe('Der Kaarst-Pass gilt bis 06.12.2027.');
  });

  it('says ABGELAUFEN for a pass past its validity, GESPERRT for one on the revocation list', async () => {
    const expired = await passVerdict(await token('KP-000124', new Date('2026-12-01T00:00:00Z')), data, now);
    expect(expired).toMatchObject({ kind: 'expired', word: 'ABGELAUFEN', passNumber: 'KP-000124' });
    expect(expired.detail).toBe('Der Kaarst-Pass ist abgelaufen (seit 01.12.2026).');
    const revoked = await passVerdict(await token('KP-000666'), data, now);
    expect(revoked).toMatchObject({ kind: 'revoked', word: 'GESPERRT', passNumber: 'KP-000666' });
  });

  it('says UNGÜLTIG for a screenshot older than a minute, a changed code and text that is no code', async () => {
    const old = await passVerdict(
      await token('KP-000123', validUntil, new Date(now.getTime() - 120_000)),
      data,
      now,
    );
    expect(old).toMatchObject({ kind: 'invalid', word: 'UNGÜLTIG' });
    expect(old.detail).toContain('älter als eine Minute');
    const genuine = await token('KP-000123');
    const [header, payload, signature] = genuine.split('.') as [string, string, string];
    const changed = `${header}.${payload.slice(0, -2)}${payload.endsWith('A') ? 'B' : 'A'}${payload.slice(-1)}.${signature}`;
    expect((await passVerdict(changed, data, now)).kind).toBe('invalid');
    expect(await passVerdict('https://example.org/not-a-pass', data, now)).toMatchObject({
      kind: 'invalid',
      detail: 'Das ist kein Code eines Kaarst-Passes.',
    });
  });

  it('checks the Kaarst App’s device codes too, and says GESPERRT for a device reported lost', async () => {
    const device = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ])) as webcrypto.CryptoKeyPair;
    const deviceJwk = devicePublicJwk(await webcrypto.subtle.exportKey('jwk', device.publicKey));
    if (!deviceJwk) throw new Error('no device key');
    const certificate = (deviceId: string) =>
      issueDeviceCertificate(
        privateJwk,
        {
          passNumber: 'KP-000200',
          passValidUntil: validUntil,
          deviceId,
          devicePublicJwk: deviceJwk,
          expiresAt: new Date(now.getTime() + 30 * 86_400_000),
        },
        now,
      );
    const good = await signDeviceCode(
      device.privateKey as Parameters<typeof signDeviceCode>[0],
      await certificate('device-ok'),
      now,
    );
    expect(await passVerdict(good, data, now)).toMatchObject({ kind: 'valid', passNumber: 'KP-000200' });
    const lost = await signDeviceCode(
      device.privateKey as Parameters<typeof signDeviceCode>[0],
      await certificate('device-lost'),
      now,
    );
    expect(await passVerdict(lost, data, now)).toMatchObject({ kind: 'revoked', word: 'GESPERRT' });
  });

  it('refuses everything when another key is cached (another town, an old key)', async () => {
    const otherData = { ...data, key: passKeys().publicJwk };
    expect(await passVerdict(await token('KP-000123'), otherData, now)).toMatchObject({
      kind: 'invalid',
      detail: 'Der Code ist nicht mit dem Schlüssel der Stadt Kaarst signiert.',
    });
  });
});

describe('pass check verification data cache', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };
  const sample: VerificationData = {
    key: { kty: 'OKP', crv: 'Ed25519', x: 'abc' },
    revokedNumbers: ['KP-1'],
    revokedDevices: [],
    fetchedAt: '2026-12-06T10:00:00.000Z',
  };

  it('keeps what was stored and ignores what is not verification data', () => {
    const storage = memory();
    expect(loadVerificationData(storage)).toBeNull();
    storeVerificationData(sample, storage);
    expect(loadVerificationData(storage)).toEqual(sample);
    storage.setItem('kaarst-staff-pass-verification', '{"key":null}');
    expect(loadVerificationData(storage)).toBeNull();
    storage.setItem('kaarst-staff-pass-verification', 'not json');
    expect(loadVerificationData(storage)).toBeNull();
  });

  it('says how old the lists are and flags them after a day', () => {
    expect(ageText(sample.fetchedAt, new Date('2026-12-06T10:00:30Z'))).toBe('gerade eben');
    expect(ageText(sample.fetchedAt, new Date('2026-12-06T10:05:00Z'))).toBe('vor 5 Minuten');
    expect(ageText(sample.fetchedAt, new Date('2026-12-06T15:00:00Z'))).toBe('vor 5 Stunden');
    expect(ageText(sample.fetchedAt, new Date('2026-12-09T10:00:00Z'))).toBe('vor 3 Tagen');
    expect(isStale(sample, new Date('2026-12-07T09:00:00Z'))).toBe(false);
    expect(isStale(sample, new Date('2026-12-07T11:00:00Z'))).toBe(true);
  });
});
