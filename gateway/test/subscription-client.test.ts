import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ClientIterator } from '../src/subscriptions/client.ts';

const result = (n: number): ExecutionResult => ({ data: { n } });

describe("a client's subscription iterator", () => {
  it('joins on the first read, keeps only the newest results when the reader is slow, and ends after them', async () => {
    let started = 0;
    let stopped = 0;
    const client = new ClientIterator(
      3,
      () => started++,
      () => stopped++,
    );
    expect(started).toBe(0); // nothing joined before anyone reads
    const first = client.next();
    expect(started).toBe(1);
    client.push(result(0)); // to the waiting reader
    expect(await first).toEqual({ value: result(0), done: false });
    for (let n = 1; n <= 5; n++) client.push(result(n)); // the reader is away: 1 and 2 are dropped
    client.end();
    client.end();
    client.push(result(6)); // after the end: nothing
    expect(stopped).toBe(1);
    const rest: unknown[] = [];
    for await (const value of client) rest.push(value);
    expect(rest).toEqual([result(3), result(4), result(5)]);
    expect(started).toBe(1);
  });

  it('ends a waiting read at the end, and return() drops what was queued', async () => {
    let stopped = 0;
    const client = new ClientIterator(
      10,
      () => {},
      () => stopped++,
    );
    const waiting = client.next();
    client.end();
    expect(await waiting).toEqual({ value: undefined, done: true });

    const other = new ClientIterator(
      10,
      () => {},
      () => stopped++,
    );
    other.push(result(1));
    expect(await other.return()).toEqual({ value: undefined, done: true });
    expect(await other.next()).toEqual({ value: undefined, done: true });
    expect(stopped).toBe(2);
  });
});
