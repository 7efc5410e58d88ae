/**
 * One client's subscription from the hub, as the async iterator graphql-ws and the SSE transport
 * read: results queue up to a bound (the oldest dropped first, as a sliding buffer), and the
 * iterator ends after what was queued before its end. Written by hand instead of a Repeater
 * because there are tens of thousands of these: a Repeater keeps an executor's async state,
 * five bound functions and a buffer object per client, this keeps a queue that is empty while
 * events go to a sink.
 */
import type { ExecutionResult } from 'graphql';
import type { EventSink } from './frames.ts';

type Step = IteratorResult<ExecutionResult, undefined>;
const DONE: Step = { value: undefined, done: true };

export class ClientIterator implements AsyncIterableIterator<ExecutionResult, undefined> {
  private queue: ExecutionResult[] | undefined;
  private waiting: Array<(step: Step) => void> | undefined;
  private ended = false;
  private started = false;
  /** Where events go instead of the queue once set (see HubSubscription.deliverTo). */
  sink: EventSink | null = null;

  /**
   * `start` runs on the first next() (as a Repeater's executor does, so nothing is joined for an
   * iterator nobody reads); `stop` once, when the subscription ends for any reason.
   */
  constructor(
    private readonly bound: number,
    private readonly start: () => void,
    private readonly stop: () => void,
  ) {}

  /** Queues a result for the reader (or hands it to a waiting next()); nothing after the end. */
  push(result: ExecutionResult): void {
    if (this.ended) return;
    const waiter = this.waiting?.shift();
    if (waiter) {
      waiter({ value: result, done: false });
      return;
    }
    this.queue ??= [];
    if (this.queue.length >= this.bound) this.queue.shift();
    this.queue.push(result);
  }

  /** Ends the subscription: the reader still gets what was queued, then the end. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.stop();
    for (const waiter of this.waiting?.splice(0) ?? []) waiter(DONE);
  }

  next(): Promise<Step> {
    if (!this.started) {
      this.started = true;
      if (!this.ended) this.start();
    }
    const value = this.queue?.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.ended) return Promise.resolve(DONE);
    this.waiting ??= [];
    const waiting = this.waiting;
    return new Promise((resolve) => waiting.push(resolve));
  }

  /** The reader is gone (a client's `complete`, a closed socket): what was queued is dropped. */
  return(): Promise<Step> {
    this.queue = undefined;
    this.started = true;
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<Step> {
    this.queue = undefined;
    this.started = true;
    this.end();
    return Promise.reject(error);
  }

  deliverTo(sink: EventSink): void {
    this.sink = sink;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
