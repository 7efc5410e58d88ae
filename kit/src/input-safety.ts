/**
 * Input no service of ours can store or compute with, refused as the caller's
 * mistake (BAD_USER_INPUT) before anything runs, instead of failing deep down
 * as an INTERNAL_SERVER_ERROR: a NUL character (PostgreSQL text cannot hold
 * one), a lone UTF-16 surrogate (not Unicode text: drivers turn it into U+FFFD
 * or fail), and number literals beyond what a double holds (`1e400` parses to
 * Infinity, which graphql-js lets through as a Float literal). The gateway
 * checks every operation with it (variables and inline literals alike), and
 * every subgraph again, so a request that reached one some other way is
 * refused the same.
 */
import { type DocumentNode, visit } from 'graphql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a NUL or a lone surrogate. */
export const isUnsafeText = (text: string): boolean => text.includes('\0') || LONE_SURROGATE.test(text);

const describe = (path: Array<string | number>) =>
  path.length === 0
    ? 'the input'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .slice(1);

/** Why a JSON-like value (variables, a parsed body) is refused, or null: its first unsafe string or number. */
export function unsafeValue(value: unknown, path: Array<string | number> = []): string | null {
  if (typeof value === 'string')
    return isUnsafeText(value)
      ? `${describe(path)} holds a NUL character or an unpaired surrogate, which is not text.`
      : null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : `${describe(path)} is not a finite number.`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unsafeValue(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found =
        (isUnsafeText(key) ? `${describe([...path, '?'])} has a key that is not text.` : null) ??
        unsafeValue(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A document's verdict, once per document: parsed documents are immutable and the servers keep
 * them in their caches, so a repeated operation is not walked again (a subgraph walked every
 * request's document: about 1.5 % of its CPU per request, bench/RESULTS.md, issue 19).
 */
const literalVerdicts = new WeakMap<DocumentNode, string | null>();

/** Why a document's literals are refused, or null: string literals with NUL or lone surrogates, non-finite numbers. */
export function unsafeLiterals(document: DocumentNode): string | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  const found = walkLiterals(document);
  literalVerdicts.set(document, found);
  return found;
}

function walkLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && isUnsafeText(node.value))
        found = 'A string in the document holds a NUL character or an unpaired surrogate, which is not text.';
    },
    FloatValue(node) {
      if (!found && !Number.isFinite(Number(node.value)))
        found = `The number ${node.value.slice(0, 40)} is beyond what a Float holds.`;
    },
    IntValue(node) {
      if (!found && !Number.isFinite(Number(node.value)))
        found = `The number ${node.value.slice(0, 40)} is beyond what an Int holds.`;
    },
  });
  return found;
}

/** Why an operation's input is refused (literals first, then variables), or null when it may run. */
export function unsafeOperationInput(document: DocumentNode, variables: unknown): string | null {
  return unsafeLiterals(document) ?? unsafeValue(variables ?? {}, []);
}
