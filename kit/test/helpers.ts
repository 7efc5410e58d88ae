import { expect } from 'vitest';
import { HubError } from '../src/errors.ts';

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** The error a function throws (fails the test if it returns). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the function to throw, but it returned');
}

/** Asserts a HubError with this code, in the error and in its extensions. */
export function expectHubError(error: unknown, code: string): HubError {
  expect(error).toBeInstanceOf(HubError);
  const hubError = error as HubError;
  expect(hubError.code).toBe(code);
  expect(hubError.extensions.code).toBe(code);
  return hubError;
}
