import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { unsafeOperationInput } from '../src/input-safety.ts';

describe('unsafeOperationInput', () => {
  it('refuses a document again when the same parsed document comes back (verdicts kept per document)', () => {
    const bad = parse('{ search(text: "a\\u0000b") }');
    const good = parse('query ($t: String) { search(text: $t) { n } }');
    for (let round = 0; round < 2; round++) {
      expect(unsafeOperationInput(bad, {})).toMatch(/NUL character/);
      expect(unsafeOperationInput(parse('{ f(x: 1e400) }'), {})).toMatch(/beyond what a Float holds/);
      expect(unsafeOperationInput(good, { t: 'fine' })).toBeNull();
      // The document's verdict is kept, the variables are checked every time.
      expect(unsafeOperationInput(good, { t: 'x\u0000' })).toMatch(/^t holds a NUL character/);
      expect(unsafeOperationInput(good, { t: '\uD800' })).toMatch(/^t holds .* unpaired surrogate/);
    }
  });
});
