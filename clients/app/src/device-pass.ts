/**
 * The pass in the pocket: this phone's own key and the hub's certificate for it.
 *
 * The key pair is made in WebCrypto with the private half not extractable: no script,
 * not even this one, can read it out; it can only sign. It is kept in IndexedDB (a
 * CryptoKey survives there as it is) with the certificate, so the pass works for
 * days without network: every 30 seconds the app signs a new code (@kaarst/pass-verify)
 * that verifiers accept for a minute.
 */
import { readDeviceCertificate, signDeviceCode } from '@kaarst/pass-verify';
import { AppRegisterKaarstPassDeviceDocument } from './generated/graphql.ts';
import { client, errorCode } from './graphql-client.ts';

export interface DevicePass {
  keyPair: CryptoKeyPair;
  certificate: string;
  deviceId: string;
  label: string;
  passNumber: string;
  /** When the pass ends (ISO 8601). */
  passValidUntil: string;
  /** When the certificate ends: renewed whenever the app is online and signed in. */
  certificateExpiresAt: string;
}

const DB_NAME = 'kaarst-app';
const STORE = 'device-pass';
const KEY = 'current';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export const loadDevicePass = async (): Promise<DevicePass | null> =>
  ((await withStore('readonly', (store) => store.get(KEY))) as DevicePass | undefined) ?? null;
const saveDevicePass = (pass: DevicePass) => withStore('readwrite', (store) => store.put(pass, KEY));
export const forgetDevicePass = () => withStore('readwrite', (store) => store.delete(KEY));

export type BindResult = { ok: true; pass: DevicePass } | { ok: false; code: string; reason?: string };

/**
 * Registers this phone's key with the pass (a new key when there is none or it was
 * revoked), or renews the certificate of the key it has: the same call, idempotent.
 */
export async function bindOrRenew(label: string, existing: DevicePass | null): Promise<BindResult> {
  const keyPair =
    existing?.keyPair ??
    ((await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  const result = await client()
    .mutation(AppRegisterKaarstPassDeviceDocument, { input: { publicKey: { kty, crv, x, y }, label } })
    .toPromise();
  const answer = result.data?.registerKaarstPassDevice;
  if (!answer) {
    const reason = result.error?.graphQLErrors[0]?.extensions?.reason;
    // Revoked from the portal (a lost phone found again): this key is done for; forget it.
    if (reason === 'DEVICE_REVOKED') await forgetDevicePass();
    return {
      ok: false,
      code: errorCode(result.error) ?? 'NETWORK',
      ...(typeof reason === 'string' ? { reason } : {}),
    };
  }
  const claims = readDeviceCertificate(answer.certificate);
  if (!claims) return { ok: false, code: 'MALFORMED' };
  const pass: DevicePass = {
    keyPair,
    certificate: answer.certificate,
    deviceId: answer.device.id,
    label: answer.device.label,
    passNumber: claims.passNumber,
    passValidUntil: claims.passValidUntil.toISOString(),
    certificateExpiresAt: answer.expiresAt,
  };
  await saveDevicePass(pass);
  return { ok: true, pass };
}

/** The code to show now: signed on this phone, no network needed. */
export const codeFor = (pass: DevicePass, now = new Date()): Promise<string> =>
  signDeviceCode(pass.keyPair.privateKey, pass.certificate, now);
