/**
 * After a password reset, a new session may start only once the wall clock has reached the
 * account's cutoff: its token's `iat` (whole seconds) must not fall before it, or the gateway
 * refuses the new session as ended (tests/browser/account-reset.test.ts failed on this now and
 * then). Node's timers can fire a little early by the wall clock; here they fire 20 ms early on
 * purpose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionsOpen } from '../src/password-reset.ts';

describe('sessionsOpen', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns only once the clock has reached the cutoff, even when a timer fires early', async () => {
    const realSetTimeout = globalThis.setTimeout;
    const early = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((callback: () => void, ms?: number) =>
        realSetTimeout(callback, Math.max(0, (ms ?? 0) - 20))) as typeof setTimeout);
    const cutoff = Date.now() + 50;
    await sessionsOpen({ sessionsValidFrom: new Date(cutoff) });
    expect(Date.now()).toBeGreaterThanOrEqual(cutoff);
    expect(early.mock.calls.length).toBeGreaterThan(1); // it waited again after the early timer
  });

  it('does not wait without a cutoff or once it has passed', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    await sessionsOpen({ sessionsValidFrom: null });
    await sessionsOpen({ sessionsValidFrom: new Date(Date.now() - 1000) });
    expect(timer).not.toHaveBeenCalled();
  });
});
