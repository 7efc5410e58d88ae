/**
 * Appointment codes are 40 random bits, and a code alone reads or cancels a
 * booking: guessing them is throttled per client address. 10 look-ups of codes
 * that do not exist are free, then a lock of 30 s that doubles with each
 * further one up to 15 minutes (kit/src/throttle.ts); a code that exists gives
 * the look-up back, so a citizen checking their own booking is never held up.
 */
import { ErrorCode, envInt, HubError, type Throttle, type Throttled } from '@kaarst/kit';

const perClient = {
  free: envInt('CODE_LOOKUPS_PER_CLIENT', 10),
  firstLockSeconds: 30,
  maxLockSeconds: 900,
  forgetAfterSeconds: 900,
};

/** Runs a look-up by code as one throttled attempt of the caller's address. */
export async function lookUpByCode<T>(
  { throttle, client }: { throttle: Throttle; client: string | null },
  lookUp: () => Promise<T>,
): Promise<T> {
  const attempt: Throttled[] = client
    ? [{ key: `code:client:${client}`, policy: perClient, onSuccess: 'refund' }]
    : [];
  if (attempt.length === 0) return lookUp();
  await throttle.attempt(attempt);
  try {
    const found = await lookUp();
    if (found !== null) await throttle.succeeded(attempt);
    return found;
  } catch (error) {
    // Any other answer than NOT_FOUND (e.g. "has already begun") means the code exists.
    if (!(error instanceof HubError && error.code === ErrorCode.NOT_FOUND)) await throttle.succeeded(attempt);
    throw error;
  }
}
