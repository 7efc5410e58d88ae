import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/upstream/circuit-breaker.ts';

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
    now = 7000;
    breaker.failure(); // it took 2 s (a subgraph that hangs): open again for a full cooldown
    expect(breaker.state).toBe('open');
    now = 11_999;
    expect(breaker.allow()).toBe(false);
    now = 12_000;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('probes again within a second while probes are refused at once (a restarting subgraph)', () => {
    let now = 0;
    const breaker = new CircuitBreaker(3, 5000, () => now);
    for (let i = 0; i < 3; i++) breaker.failure();
    now = 5000;
    expect(breaker.allow()).toBe(true);
    now = 5003;
    breaker.failure(); // connection refused after 3 ms
    expect(breaker.state).toBe('open');
    now = 6002;
    expect(breaker.allow()).toBe(false);
    now = 6003;
    expect(breaker.allow()).toBe(true); // the subgraph is back: the probe succeeds
    breaker.success();
    expect(breaker.state).toBe('closed');
    // Opened again later, it waits the full cooldown first.
    for (let i = 0; i < 3; i++) breaker.failure();
    now = 7003;
    expect(breaker.allow()).toBe(false);
  });

  it('takes a probe whose outcome never came back as lost', () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 1000, () => now);
    breaker.failure();
    now = 1000;
    expect(breaker.allow()).toBe(true); // a probe that never reports success or failure
    now = 20_000;
    expect(breaker.allow()).toBe(false);
    now = 31_000;
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
