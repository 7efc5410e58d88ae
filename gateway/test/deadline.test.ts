import { describe, expect, it } from 'vitest';
import { beforeDeadline, deadlineExceeded } from '../src/upstream/deadline.ts';

describe('beforeDeadline', () => {
  it('refuses at once when the deadline has passed, and the work failing later is no unhandled rejection', async () => {
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<never>((_resolve, reject) => {
      fail = reject;
    });
    await expect(beforeDeadline(work, Date.now() - 1, () => deadlineExceeded(['a']))).rejects.toMatchObject({
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
    // As when the gateway closes its pool under the fetch: vitest fails the run on an unhandled rejection.
    fail(new Error('The client is destroyed'));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
