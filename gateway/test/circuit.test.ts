import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/circuit.ts';

describe('circuit breaker', () => {
  it('opens after the threshold, fails fast, then lets one probe through after the cooldown', () => {
    let now = 0;
    const breaker = new CircuitBreaker(3, 5000, () => now);
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    breaker.failure();
    expect(breaker.state).toBe('closed');
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    now = 4999;
    expect(breaker.allow()).toBe(false);
    now = 5000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true); // the probe
    expect(breaker.allow()).toBe(false); // only one at a time
    breaker.failure();
    expect(breaker.state).toBe('open'); // the probe failed: open again for a full cooldown
    now = 10_000;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('a success resets the count of failures', () => {
    const breaker = new CircuitBreaker(2, 1000, () => 0);
    breaker.failure();
    breaker.success();
    breaker.failure();
    expect(breaker.state).toBe('closed');
  });
});
