/**
 * Merging fetched data into the results so far, in place, with the rules of @apollo/gateway's
 * `deepMerge` (utilities/deepMerge.ts): undefined never overwrites, objects merge key by key,
 * lists of equal length merge element by element, anything else replaces. A key the target
 * would otherwise inherit (a null-prototype root aside, "constructor" and the like) becomes
 * its own property first, as Apollo's `defineOwn` does.
 */
const hasOwn = Object.prototype.hasOwnProperty;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Names a plain object inherits; any other key is never found on a target's prototype. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

function own(target: Record<string, unknown>, key: string): void {
  if (INHERITED.has(key) && key in target && !hasOwn.call(target, key))
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      value: undefined,
      writable: true,
    });
}

export function mergeInto(target: Record<string, unknown>, source: unknown): void {
  if (source === undefined || source === null) return;
  const from = source as Record<string, unknown>;
  const keys = Object.keys(from);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const value = from[key];
    if (value === undefined) continue;
    own(target, key);
    const existing = target[key];
    if (existing && isObject(value)) {
      mergeInto(existing as Record<string, unknown>, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        const element = value[i];
        const current = existing[i];
        if (isObject(current) && isObject(element)) mergeInto(current, element);
        else existing[i] = element;
      }
    } else {
      target[key] = value;
    }
  }
}
