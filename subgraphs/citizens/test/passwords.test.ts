import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../src/passwords.ts';

describe('passwords', () => {
  it('verifies the password it hashed', async () => {
    const stored = await hashPassword('kaarst-demo');
    expect(await verifyPassword('kaarst-demo', stored)).toBe(true);
  });

  it('stores the scheme and its parameters with the hash, not the password', async () => {
    const stored = await hashPassword('kaarst-demo');
    expect(stored).not.toContain('kaarst-demo');
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(hash ?? '', 'base64url')).toHaveLength(32);
  });

  it('refuses a wrong password, including near misses', async () => {
    const stored = await hashPassword('kaarst-demo');
    expect(await verifyPassword('kaarst-dem0', stored)).toBe(false);
    expect(await verifyPassword('Kaarst-demo', stored)).toBe(false);
    expect(await verifyPassword('kaarst-demo ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts: two hashes of one password differ, and both verify', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('treats canonically equal Unicode spellings as the same password (NFKC)', async () => {
    const composed = 'B\u00fcttgen'; // ü as one code point
    const decomposed = 'Bu\u0308ttgen'; // u + combining diaeresis
    expect(composed).not.toBe(decomposed);
    const stored = await hashPassword(composed);
    expect(await verifyPassword(decomposed, stored)).toBe(true);
  });

  it('uses the parameters stored with each hash, so they can change later', async () => {
    // A hash made elsewhere with N=1024 (as an older or newer setting would store it).
    const salt = randomBytes(16);
    const key = scryptSync('kaarst-demo', salt, 32, { N: 1024, r: 8, p: 1 });
    const older = ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(await verifyPassword('kaarst-demo', older)).toBe(true);
    expect(await verifyPassword('kaarst-demo!', older)).toBe(false);
    // relabelling the parameters of a real hash breaks it
    const relabelled = older.replace('scrypt$1024$', 'scrypt$2048$');
    expect(await verifyPassword('kaarst-demo', relabelled)).toBe(false);
  });

  it.each([
    '',
    'kaarst-demo',
    'bcrypt$2b$10$abcdefghijklmnopqrstuv',
    'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA',
    'scrypt$16384$8$1$$aGFzaA',
  ])('refuses a malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('kaarst-demo', stored)).toBe(false);
  });

  it('refuses a stored hash whose key has the wrong length', async () => {
    const stored = await hashPassword('kaarst-demo');
    const parts = stored.split('$');
    const truncated = [
      ...parts.slice(0, 5),
      Buffer.from(parts[5] ?? '', 'base64url')
        .subarray(0, 16)
        .toString('base64url'),
    ];
    expect(await verifyPassword('kaarst-demo', truncated.join('$'))).toBe(false);
  });

  // A corrupt stored hash (bad or absurd scrypt parameters) answers false, it never throws.
  it.each(['scrypt$abc$8$1$c2FsdA$aGFzaA', 'scrypt$3$8$1$c2FsdA$aGFzaA'])(
    'answers false (not an exception) for the malformed stored hash %j',
    async (stored) => {
      expect(await verifyPassword('kaarst-demo', stored)).toBe(false);
    },
  );

  it('has a dummy hash for unknown accounts that no empty or common password matches', async () => {
    const dummy = await DUMMY_HASH;
    expect(dummy.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('kaarst-demo', dummy)).toBe(false);
    expect(await verifyPassword('', dummy)).toBe(false);
  });
});
