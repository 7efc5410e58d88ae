import { randomBytes, type ScryptOptions, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';

// scrypt from node:crypto (no native add-on). N=2^14, r=8, p=1: ~16 MiB and
// tens of milliseconds per hash; parameters are stored with each hash so they
// can be raised later without breaking old ones.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // A corrupt row must not throw or ask for gigabytes: accept only sane parameters.
  if (!Number.isInteger(Math.log2(params.N)) || params.N < 2 || params.N > 2 ** 17) return false;
  if (!Number.isInteger(params.r) || params.r < 1 || params.r > 32) return false;
  if (!Number.isInteger(params.p) || params.p < 1 || params.p > 16) return false;
  const expected = Buffer.from(hash, 'base64url');
  try {
    const key = await scrypt(password, Buffer.from(salt, 'base64url'), {
      ...params,
      maxmem: 256 * 1024 * 1024,
    });
    return key.length === expected.length && timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

// Hashed once so that an unknown email costs as much time as a wrong password.
export const DUMMY_HASH = hashPassword(randomBytes(12).toString('hex'));

/**
 * zxcvbn's score (0 to 4) a new password needs. 3 is "safely unguessable"
 * (about 10^10 guesses): "1234567890", "aaaaaaaaaa", "passwort123" or
 * "Sommer2026!" are refused, phrases of several words pass.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/** Built once, on first use: loading the dictionaries takes up to a second. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // English and German word lists, common passwords and names; feedback in German.
    dictionary: { ...common.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
    translations: german.translations,
  });
  return estimator;
}

export interface PasswordWeakness {
  score: number;
  /** zxcvbn's feedback, in German: why it is easy to guess, and what would help. */
  warning: string | null;
  suggestions: string[];
}

/**
 * Why a new password is too easy to guess (among the most common ones, a
 * pattern, the person's own email or name), or null when it is strong enough.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): PasswordWeakness | null {
  const result = passwordEstimator().check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
}
