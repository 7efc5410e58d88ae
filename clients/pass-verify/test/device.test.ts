import { webcrypto } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEVICE_CODE_LIFETIME_SECONDS,
  devicePublicJwk,
  isDeviceCode,
  issueDeviceCertificate,
  readDeviceCertificate,
  signDeviceCode,
  verifyKaarstPassCode,
} from '../src/index.ts';

/** As the app makes it: WebCrypto ECDSA P-256, the private half not extractable. */
async function deviceKeys() {
  const pair = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const jwk = devicePublicJwk(await webcrypto.subtle.exportKey('jwk', pair.publicKey));
  if (!jwk) throw new Error('no public JWK');
  return { privateKey: pair.privateKey, jwk };
}

async function issuerKeys() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

describe('Kaarst Pass device codes: offline verification', () => {
  const now = new Date('2026-12-06T12:00:10Z');
  const passValidUntil = new Date('2027-12-06T12:00:00Z');
  let issuer: { privateJwk: JWK; publicJwk: JWK };
  let device: Awaited<ReturnType<typeof deviceKeys>>;
  let certificate: string;

  beforeAll(async () => {
    [issuer, device] = await Promise.all([issuerKeys(), deviceKeys()]);
    certificate = await issueDeviceCertificate(
      issuer.privateJwk,
      {
        passNumber: 'KP-000123',
        passValidUntil,
        deviceId: 'device-1',
        devicePublicJwk: device.jwk,
        expiresAt: new Date('2027-01-05T12:00:00Z'),
      },
      now,
    );
  });

  it('accepts a code the device made now, within the minute; refuses it (a screenshot) after', async () => {
    const code = await signDeviceCode(device.privateKey, certificate, now);
    expect(isDeviceCode(code)).toBe(true);
    expect(readDeviceCertificate(certificate)).toMatchObject({
      passNumber: 'KP-000123',
      deviceId: 'device-1',
    });
    const options = { revokedNumbers: ['KP-000999'], revokedDevices: ['device-2'], tripZone: 'kaarst' };
    expect(await verifyKaarstPassCode(code, issuer.publicJwk, { ...options, now })).toEqual({
      valid: true,
      passNumber: 'KP-000123',
      deviceId: 'device-1',
      validUntil: passValidUntil,
      freeRide: true,
    });
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(
      (await verifyKaarstPassCode(code, issuer.publicJwk, { now: later(DEVICE_CODE_LIFETIME_SECONDS - 1) }))
        .valid,
    ).toBe(true);
    expect(
      await verifyKaarstPassCode(code, issuer.publicJwk, { now: later(DEVICE_CODE_LIFETIME_SECONDS) }),
    ).toMatchObject({ valid: false, reason: 'EXPIRED', passNumber: 'KP-000123' });
    // Made far ahead of the verifier's clock: refused too.
    expect(await verifyKaarstPassCode(code, issuer.publicJwk, { now: later(-120) })).toMatchObject({
      valid: false,
      reason: 'MALFORMED',
    });
  });

  it('refuses a revoked device, a revoked pass, an expired certificate, an expired pass', async () => {
    const code = await signDeviceCode(device.privateKey, certificate, now);
    expect(
      await verifyKaarstPassCode(code, issuer.publicJwk, { now, revokedDevices: ['device-1'] }),
    ).toMatchObject({ valid: false, reason: 'DEVICE_REVOKED', deviceId: 'device-1' });
    expect(
      await verifyKaarstPassCode(code, issuer.publicJwk, { now, revokedNumbers: ['KP-000123'] }),
    ).toMatchObject({ valid: false, reason: 'REVOKED' });
    const late = new Date('2027-01-05T12:00:05Z');
    const lateCode = await signDeviceCode(device.privateKey, certificate, late);
    expect(await verifyKaarstPassCode(lateCode, issuer.publicJwk, { now: late })).toMatchObject({
      valid: false,
      reason: 'CERTIFICATE_EXPIRED',
    });
    const shortPass = await issueDeviceCertificate(
      issuer.privateJwk,
      {
        passNumber: 'KP-000123',
        passValidUntil: new Date(now.getTime() - 1000),
        deviceId: 'device-1',
        devicePublicJwk: device.jwk,
        expiresAt: new Date('2027-01-05T12:00:00Z'),
      },
      now,
    );
    expect(
      await verifyKaarstPassCode(await signDeviceCode(device.privateKey, shortPass, now), issuer.publicJwk, {
        now,
      }),
    ).toMatchObject({ valid: false, reason: 'PASS_EXPIRED' });
  });

  it('refuses another key: a certificate of another issuer, a code signed by another device', async () => {
    const other = await issuerKeys();
    const code = await signDeviceCode(device.privateKey, certificate, now);
    expect(await verifyKaarstPassCode(code, other.publicJwk, { now })).toMatchObject({
      valid: false,
      reason: 'WRONG_KEY',
    });
    // A thief with the certificate (it travels in every code) but not the phone's key.
    const thief = await deviceKeys();
    const forged = await signDeviceCode(thief.privateKey, certificate, now);
    expect(await verifyKaarstPassCode(forged, issuer.publicJwk, { now })).toMatchObject({
      valid: false,
      reason: 'TAMPERED',
      deviceId: 'device-1',
    });
    expect(await verifyKaarstPassCode('not.a.code', issuer.publicJwk, { now })).toMatchObject({
      valid: false,
      reason: 'MALFORMED',
    });
  });

  it('accepts only public P-256 keys for binding', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    expect(devicePublicJwk(privateJwk)).toBeNull();
    expect(devicePublicJwk({ ...device.jwk, crv: 'P-384' })).toBeNull();
    expect(devicePublicJwk(device.jwk)).toEqual(device.jwk);
  });
});
