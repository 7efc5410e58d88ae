import { DeadlineExceeded } from './deadline.ts';
import type { FetchStep } from './fetch-steps.ts';
import { CircuitOpen, GatewayRefused, unavailable } from './subgraph-errors.ts';

/** A probe that failed faster than this cost its caller nothing worth avoiding: the subgraph refused at once. */
const FAST_FAILURE_MS = 1000;
/** A probe that has not reported after this long is taken as lost (its outcome never came back). */
const PROBE_LOST_MS = 30_000;

/**
 * A circuit breaker per subgraph: after `failureThreshold` failures in a row
 * it opens and callers fail at once (no waiting on connects and timeouts);
 * after `cooldownMs` it lets one probe through (half-open), whose outcome
 * closes or re-opens it.
 *
 * A probe that fails fast (the subgraph's process is gone and its port
 * refuses, or it answers 5xx at once) re-opens the circuit for only
 * `fastRetryMs`: probing again costs nobody a wait, and a restarted subgraph is
 * used again within about that long. A probe that failed slowly (a subgraph
 * that hangs) re-opens it for the full cooldown, so few callers wait for it.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private openForMs: number;
  private probeStartedAt: number | null = null;

  constructor(
    readonly failureThreshold = 3,
    readonly cooldownMs = 5000,
    private readonly now: () => number = Date.now,
    readonly fastRetryMs = Math.min(1000, cooldownMs),
  ) {
    this.openForMs = cooldownMs;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.openForMs ? 'half-open' : 'open';
  }

  /** Whether a request may go out now. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    if (this.probeStartedAt !== null && this.now() - this.probeStartedAt < PROBE_LOST_MS) return false;
    this.probeStartedAt = this.now();
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.openForMs = this.cooldownMs;
    this.probeStartedAt = null;
  }

  failure(): void {
    const probeMs = this.probeStartedAt === null ? null : this.now() - this.probeStartedAt;
    this.probeStartedAt = null;
    this.failures++;
    if (this.openedAt === null && this.failures < this.failureThreshold) return;
    this.openedAt = this.now();
    // Only a probe's outcome tells how the subgraph fails; anything else opens for the full cooldown.
    this.openForMs = probeMs !== null && probeMs < FAST_FAILURE_MS ? this.fastRetryMs : this.cooldownMs;
  }
}

/**
 * The breaker around a subgraph's fetches: refused at once while open; an answer (a refusal of
 * the gateway too: the subgraph is up) closes it, a failure counts towards opening it. An
 * operation whose time is up is not the subgraph's failure: the circuit stays as it is.
 */
export function circuitBreakerStep(breaker: CircuitBreaker, serviceName: string): FetchStep {
  return async (options, next) => {
    if (!breaker.allow()) throw unavailable(serviceName, options, CircuitOpen);
    try {
      const response = await next(options);
      breaker.success();
      return response;
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw error;
      if (error instanceof GatewayRefused) {
        breaker.success();
        throw error;
      }
      breaker.failure();
      throw unavailable(serviceName, options);
    }
  };
}
