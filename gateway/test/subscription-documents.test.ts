import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentCache } from '../src/subscriptions/websocket.ts';

describe('parsed subscription documents', () => {
  it('are shared by clients sending the same text, bounded, and a syntax error is not kept', () => {
    let parses = 0;
    const cached = documentCache(
      (source) => {
        parses++;
        return parse(source);
      },
      2,
      100,
    );
    const a = 'subscription { a }';
    expect(cached(a)).toBe(cached(a));
    expect(parses).toBe(1);
    expect(() => cached('subscription {')).toThrow(/Syntax Error/);
    expect(() => cached('subscription {')).toThrow(/Syntax Error/);
    expect(parses).toBe(3);
    // Two entries at most: a third evicts the oldest.
    cached('subscription { b }');
    cached('subscription { c }');
    expect(parses).toBe(5);
    cached(a);
    expect(parses).toBe(6);
    // A long text is parsed every time, never kept.
    const long = `subscription { a ${'# pad\n'.repeat(30)}}`;
    cached(long);
    cached(long);
    expect(parses).toBe(8);
  });
});
