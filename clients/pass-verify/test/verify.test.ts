import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { signKaarstPassToken, tokenWindowStart, verifyKaarstPassToken } from '../src/index.ts';

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** One character of the token's payload changed to another base64url character. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const at = Math.floor(payload.length / 2);
  const swapped = payload[at] === 'A' ? 'B' : 'A';
  return [header, payload.slice(0, at) + swapped + payload.slice(at + 1), signature].join('.');
}

describe('Kaarst Pass token: offline verification', () => {
  let privateJwk: JWK;
  let publicJwk: JWK;
  // In the middle of a window: 12:00:10 UTC.
  const now = new Date('2026-11-25T12:00:10Z');
  const validUntil = new Date('2027-11-25T12:00:00Z');
  const claims = { passNumber: 'KP-000123', validUntil };

  beforeAll(async () => ({ privateJwk, publicJwk } = await keyPair()));

  it('accepts a fresh token: number and validity, no personal data, a free ride only in the zone', async () => {
    const token = await signKaarstPassToken(privateJwk, claims, now);
    const inZone = await verifyKaarstPassToken(token, publicJwk, { now, tripZone: 'kaarst' });
    expect(inZone).toEqual({ valid: true, passNumber: 'KP-000123', validUntil, freeRide: true });
    const outside = await verifyKaarstPassToken(token, publicJwk, { now, tripZone: 'vrr-duesseldorf' });
    expect(outside).toMatchObject({ valid: true, freeRide: false });
    const noTrip = await verifyKaarstPassToken(token, publicJwk, { now });
    expect(noTrip).toMatchObject({ valid: true, freeRide: false });
    const payload = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString());
    expect(Object.keys(payload).sort()).toEqual(['exp', 'iat', 'pn', 'vu', 'zn']);
    expect(payload.exp - payload.iat).toBe(60);
    expect(payload.iat).toBe(tokenWindowStart(now));
  });

  it('refuses a token with one character changed', async () => {
    const token = await signKaarstPassToken(privateJwk, claims, now);
    const result = await verifyKaarstPassToken(tamper(token), publicJwk, { now, tripZone: 'kaarst' });
    expect(result).toMatchObject({ valid: false, reason: 'TAMPERED', freeRide: false });
    expect(result.passNumber).toBeUndefined();
  });

  it('refuses a token a minute after its window began (a screenshot)', async () => {
    const token = await signKaarstPassToken(privateJwk, claims, now);
    const later = new Date(now.getTime() + 61_000);
    expect(await verifyKaarstPassToken(token, publicJwk, { now: later, tripZone: 'kaarst' })).toMatchObject({
      valid: false,
      reason: 'EXPIRED',
      freeRide: false,
    });
    // Still good 40 s later: the next window overlaps, so a code shown at a window's end passes.
    const soon = new Date(now.getTime() + 40_000);
    expect((await verifyKaarstPassToken(token, publicJwk, { now: soon })).valid).toBe(true);
  });

  it('refuses a revoked or suspended pass from the cached list', async () => {
    const token = await signKaarstPassToken(privateJwk, claims, now);
    const result = await verifyKaarstPassToken(token, publicJwk, {
      now,
      revokedNumbers: ['KP-000007', 'KP-000123'],
      tripZone: 'kaarst',
    });
    expect(result).toMatchObject({
      valid: false,
      reason: 'REVOKED',
      passNumber: 'KP-000123',
      freeRide: false,
    });
  });

  it('refuses a token signed with another key', async () => {
    const other = await keyPair();
    const token = await signKaarstPassToken(other.privateJwk, claims, now);
    expect(await verifyKaarstPassToken(token, publicJwk, { now })).toMatchObject({
      valid: false,
      reason: 'WRONG_KEY',
    });
  });

  it('refuses a pass whose validity has ended, though the token is fresh', async () => {
    const ended = { passNumber: 'KP-000124', validUntil: new Date(now.getTime() - 1000) };
    const token = await signKaarstPassToken(privateJwk, ended, now);
    expect(await verifyKaarstPassToken(token, publicJwk, { now, tripZone: 'kaarst' })).toMatchObject({
      valid: false,
      reason: 'PASS_EXPIRED',
      passNumber: 'KP-000124',
      freeRide: false,
    });
  });

  it('refuses what is not a pass token', async () => {
    for (const junk of ['', 'abc', 'a.b.c', 'eyJhbGciOiJub25lIn0.e30.']) {
      expect(await verifyKaarstPassToken(junk, publicJwk, { now })).toMatchObject({
        valid: false,
        reason: 'MALFORMED',
      });
    }
  });

  it('rotates every 30 seconds: two tokens 30 s apart differ and each verifies in its own window', async () => {
    const first = await signKaarstPassToken(privateJwk, claims, now);
    const sameWindow = await signKaarstPassToken(privateJwk, claims, new Date(now.getTime() + 5_000));
    expect(sameWindow).toBe(first);
    const nextAt = new Date(now.getTime() + 30_000);
    const second = await signKaarstPassToken(privateJwk, claims, nextAt);
    expect(second).not.toBe(first);
    expect((await verifyKaarstPassToken(first, publicJwk, { now })).valid).toBe(true);
    expect((await verifyKaarstPassToken(second, publicJwk, { now: nextAt })).valid).toBe(true);
    // The first is gone once the second's window is half over; the second lives on.
    const afterFirst = new Date(tokenWindowStart(now) * 1000 + 60_000);
    expect(await verifyKaarstPassToken(first, publicJwk, { now: afterFirst })).toMatchObject({
      reason: 'EXPIRED',
    });
    expect((await verifyKaarstPassToken(second, publicJwk, { now: afterFirst })).valid).toBe(true);
  });
});
