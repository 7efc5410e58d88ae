/**
 * A stand-in for a browser and its push service, for tests: the P-256 ECDH key pair and auth
 * secret a browser makes for a subscription, a local HTTP endpoint that receives the messages,
 * and the browser's side of RFC 8291 (aes128gcm, RFC 8188) written out here, not taken from
 * the library that encrypts, so a wrong encryption fails the test. The VAPID header (RFC 8292)
 * is checked against the hub's public key.
 */
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';

export interface ReceivedPush {
  headers: Record<string, string | string[] | undefined>;
  /** The decrypted payload as text. */
  text: string;
  /** The VAPID token's claims (aud, exp, sub), verified with the key the `k=` parameter names. */
  vapid: { publicKey: string; claims: Record<string, unknown> };
  /** The status the endpoint answered it with. */
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface PushEndpoint {
  /** What the browser would hand the hub: PushSubscription.toJSON(). */
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  received: ReceivedPush[];
  /** Resolves with the next message (or one already received and not yet taken). */
  next(timeoutMs?: number): Promise<ReceivedPush>;
  /** The status the endpoint answers (201 by default; 410 plays a browser that unsubscribed). */
  answer(status: number): void;
  /** The answers to the next messages, in turn (e.g. 503 with Retry-After), before `answer`'s again. */
  answerNext(...answers: Array<{ status: number; headers?: Record<string, string> }>): void;
  close(): Promise<void>;
}

/** A VAPID key pair as VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY take it: a P-256 point and scalar, base64url. */
export function testVapidKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    privateKey: ecdh.getPrivateKey().toString('base64url'),
  };
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8291 § 3.4 and RFC 8188 § 2: one record, padding delimiter 0x02. */
export function decryptAes128gcm(body: Buffer, uaPrivate: ReturnType<typeof createECDH>, authSecret: Buffer) {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const asPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`keyid is ${idLength} bytes, not the sender's 65-byte public key`);
  if (ciphertext.length > recordSize) throw new Error('more than one record');
  const ecdhSecret = uaPrivate.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPrivate.getPublicKey(), asPublic]);
  const ikm = hmac(hmac(authSecret, ecdhSecret), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/** `vapid t=<JWT>, k=<key>`: the JWT's ES256 signature checked with k. */
function checkVapid(authorization: string | undefined) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`no VAPID authorization: ${authorization}`);
  const [header, claims, signature] = match[1].split('.');
  const point = Buffer.from(match[2], 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = Buffer.from(`${header}.${claims}`);
  if (
    !verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature ?? '', 'base64url'))
  )
    throw new Error('VAPID signature does not verify');
  return {
    publicKey: match[2],
    claims: JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()) as Record<string, unknown>,
  };
}

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  const received: ReceivedPush[] = [];
  const waiting: Array<(push: ReceivedPush) => void> = [];
  const failures: Error[] = [];
  let status = 201;
  const upcoming: Array<{ status: number; headers?: Record<string, string> }> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = upcoming.shift() ?? { status };
      try {
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        const push = {
          headers: request.headers,
          text: decryptAes128gcm(Buffer.concat(chunks), ecdh, authSecret),
          vapid: checkVapid(request.headers.authorization),
          status: reply.status,
          at: Date.now(),
        };
        const taker = waiting.shift();
        if (taker) taker(push);
        else received.push(push);
      } catch (err) {
        failures.push(err as Error);
      }
      response.statusCode = reply.status;
      for (const [name, value] of Object.entries(reply.headers ?? {})) response.setHeader(name, value);
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    subscription: {
      endpoint: `http://127.0.0.1:${port}/push/${randomBytes(8).toString('hex')}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
    },
    received,
    next(timeoutMs = 20_000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const failure = failures[0];
          reject(failure ?? new Error(`no push message within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push((push) => {
          clearTimeout(timer);
          resolve(push);
        });
      });
    },
    answer(next) {
      status = next;
    },
    answerNext(...answers) {
      upcoming.push(...answers);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
