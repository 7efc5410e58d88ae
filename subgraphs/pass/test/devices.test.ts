/**
 * Device binding on a real database: a holder registers a WebCrypto key, gets a
 * certificate signed with the pass key, the device's codes verify offline; the same
 * key again renews (one device, not two); another person cannot see or revoke it;
 * a revoked device is on the list and cannot renew; at most five at once, also when
 * registrations race; the personal-data export and erasure cover devices.
 */
import { randomUUID, webcrypto } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { devicePublicJwk, signDeviceCode, verifyKaarstPassCode } from '@kaarst/pass-verify';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { erasePassData, exportPassData } from '../src/privacy.ts';
import { passSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);
const reasons = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.reason);

const REGISTER = `mutation ($input: RegisterKaarstPassDeviceInput!) {
  registerKaarstPassDevice(input: $input) { certificate expiresAt device { id label revokedAt certificateExpiresAt } } }`;
const REVOKE = 'mutation ($id: ID!) { revokeKaarstPassDevice(id: $id) { id revokedAt } }';
const MINE = '{ myKaarstPassDevices { id label revokedAt } }';
const LISTS = '{ kaarstPassVerificationKey kaarstPassRevocations kaarstPassRevokedDevices }';
type Registered = {
  registerKaarstPassDevice: {
    certificate: string;
    expiresAt: string;
    device: { id: string; label: string; revokedAt: string | null };
  };
};

async function deviceKey() {
  const pair = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  return { privateKey: pair.privateKey, jwk: await webcrypto.subtle.exportKey('jwk', pair.publicKey) };
}

describe('pass: devices that carry the pass offline', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen = (): Viewer => ({ id: randomUUID(), roles: ['citizen'] });
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const register = (viewer: Viewer, publicKey: unknown, label = 'Mein Handy') =>
    request<Registered>(viewer, REGISTER, { input: { publicKey, label } });
  const withPass = async () => {
    const viewer = citizen();
    const applied = await request(
      viewer,
      'mutation ($input: ApplyForKaarstPassInput!) { applyForKaarstPass(input: $input) { id } }',
      { input: { postalCode: '41564', street: 'Am Neumarkt 2' } },
    );
    expect(applied.errors).toBeUndefined();
    return viewer;
  };
  const lists = async () =>
    (
      await request<{
        kaarstPassVerificationKey: JWK;
        kaarstPassRevocations: string[];
        kaarstPassRevokedDevices: string[];
      }>(null, LISTS)
    ).data as {
      kaarstPassVerificationKey: JWK;
      kaarstPassRevocations: string[];
      kaarstPassRevokedDevices: string[];
    };

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(passSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('certifies a device key; its codes verify offline; the same key renews the same device', async () => {
    const anna = await withPass();
    const key = await deviceKey();
    const first = await register(anna, key.jwk);
    expect(first.errors).toBeUndefined();
    const registered = first.data?.registerKaarstPassDevice as Registered['registerKaarstPassDevice'];
    const { certificate, device, expiresAt } = registered;
    // 30 days, no longer.
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const code = await signDeviceCode(key.privateKey, certificate);
    const list = await lists();
    expect(
      await verifyKaarstPassCode(code, list.kaarstPassVerificationKey, {
        revokedNumbers: list.kaarstPassRevocations,
        revokedDevices: list.kaarstPassRevokedDevices,
      }),
    ).toMatchObject({ valid: true, deviceId: device.id });

    const again = await register(anna, key.jwk, 'Handy von Anna');
    expect(again.data?.registerKaarstPassDevice.device).toMatchObject({
      id: device.id,
      label: 'Handy von Anna',
    });
    const mine = await request<{ myKaarstPassDevices: Array<{ id: string }> }>(anna, MINE);
    expect(mine.data?.myKaarstPassDevices.map((d) => d.id)).toEqual([device.id]);
  });

  it('refuses bad keys and labels, no pass, and anyone else', async () => {
    const anna = await withPass();
    const key = await deviceKey();
    const { privateKey } = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
    ])) as webcrypto.CryptoKeyPair;
    const privateJwk = await webcrypto.subtle.exportKey('jwk', privateKey);
    expect(codes(await register(anna, privateJwk))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await register(anna, { kty: 'OKP', crv: 'Ed25519', x: 'abc' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await register(anna, key.jwk, '  '))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await register(citizen(), key.jwk))).toEqual(['NOT_FOUND']);
    expect(codes(await request(null, REGISTER, { input: { publicKey: key.jwk, label: 'x' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const registered = await register(anna, key.jwk);
    const id = registered.data?.registerKaarstPassDevice.device.id as string;
    // Bert neither sees nor revokes Anna's device.
    const bert = await withPass();
    expect((await request<{ myKaarstPassDevices: unknown[] }>(bert, MINE)).data?.myKaarstPassDevices).toEqual(
      [],
    );
    expect(codes(await request(bert, REVOKE, { id }))).toEqual(['NOT_FOUND']);
    expect((await lists()).kaarstPassRevokedDevices).not.toContain(id);
  });

  it('a revoked device goes on the list, its codes are refused, it cannot renew', async () => {
    const anna = await withPass();
    const key = await deviceKey();
    const registered = (await register(anna, key.jwk)).data
      ?.registerKaarstPassDevice as Registered['registerKaarstPassDevice'];
    const revoked = await request<{ revokeKaarstPassDevice: { id: string; revokedAt: string } }>(
      anna,
      REVOKE,
      {
        id: registered.device.id,
      },
    );
    expect(revoked.data?.revokeKaarstPassDevice.revokedAt).toBeTruthy();
    // Idempotent: the second revocation keeps the first time.
    const twice = await request<{ revokeKaarstPassDevice: { revokedAt: string } }>(anna, REVOKE, {
      id: registered.device.id,
    });
    expect(twice.data?.revokeKaarstPassDevice.revokedAt).toBe(revoked.data?.revokeKaarstPassDevice.revokedAt);
    const list = await lists();
    expect(list.kaarstPassRevokedDevices).toContain(registered.device.id);
    const code = await signDeviceCode(key.privateKey, registered.certificate);
    expect(
      await verifyKaarstPassCode(code, list.kaarstPassVerificationKey, {
        revokedDevices: list.kaarstPassRevokedDevices,
      }),
    ).toMatchObject({ valid: false, reason: 'DEVICE_REVOKED' });
    const renew = await register(anna, key.jwk);
    expect(codes(renew)).toEqual(['CONFLICT']);
    expect(reasons(renew)).toEqual(['DEVICE_REVOKED']);
  });

  it('at most five devices, also when ten register at once', async () => {
    const anna = await withPass();
    const keys10 = await Promise.all(Array.from({ length: 10 }, () => deviceKey()));
    const results = await Promise.all(keys10.map((key) => register(anna, key.jwk)));
    expect(results.filter((r) => r.data?.registerKaarstPassDevice).length).toBe(5);
    expect(results.filter((r) => reasons(r)[0] === 'TOO_MANY_DEVICES').length).toBe(5);
  });

  it('the export lists devices; erasure revokes them and unlinks the person', async () => {
    const anna = await withPass();
    const key = await deviceKey();
    const id = (await register(anna, key.jwk)).data?.registerKaarstPassDevice.device.id as string;
    const exported = await exportPassData(subgraph.db, anna.id);
    expect(exported.devices).toMatchObject([{ label: 'Mein Handy', revokedAt: null }]);
    await erasePassData(subgraph.db, anna.id);
    const row = await subgraph.db.passDevice.findUnique({ where: { id } });
    expect(row?.holderId).toBeNull();
    expect(row?.revokedAt).not.toBeNull();
    expect((await lists()).kaarstPassRevokedDevices).toContain(id);
    expect(devicePublicJwk(row?.publicJwk)).not.toBeNull();
  });
});
