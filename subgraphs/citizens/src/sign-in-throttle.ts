/**
 * How many wrong passwords are tried for free: per account (5) and per client
 * address (20, for many accounts), then a lock of 30 s that doubles with each
 * further attempt up to 15 minutes (kit/src/throttle.ts). A right password
 * forgets the account's count. Counted before the password is checked, so
 * parallel guesses gain nothing; the account is named by a hash of its email,
 * so Redis holds no address.
 */
import { createHash } from 'node:crypto';
import { envInt, type Throttled, type ThrottlePolicy } from '@kaarst/kit';

const LOCK = { firstLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 900 };
const perAccount: ThrottlePolicy = { free: envInt('SIGN_IN_ATTEMPTS_PER_ACCOUNT', 5), ...LOCK };
const perClient: ThrottlePolicy = { free: envInt('SIGN_IN_ATTEMPTS_PER_CLIENT', 20), ...LOCK };

/** The throttle keys of one sign-in: the account, and the client address when the gateway gave one. */
export function signInAttempt(normalizedEmail: string, client: string | null): Throttled[] {
  const account = createHash('sha256').update(normalizedEmail).digest('base64url');
  return [
    { key: `sign-in:account:${account}`, policy: perAccount, onSuccess: 'forget' },
    ...(client ? [{ key: `sign-in:client:${client}`, policy: perClient, onSuccess: 'refund' as const }] : []),
  ];
}
