/**
 * Reading OParl 1.1 JSON from another system: checked attribute getters, so that a
 * broken object fails with a message naming the attribute instead of storing garbage.
 */
import { createHash } from 'node:crypto';
import { OPARL_TYPE } from './serialize.ts';

export type OparlObject = Record<string, unknown> & { id: string; type: string };

export class BrokenObject extends Error {
  override name = 'BrokenObject';
}

/** The local id of an imported object: stable per source URL, so importing again updates it. */
export const localId = (url: string) => `imp-${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;

/** The object, checked to be of OParl type `type` with an id URL. */
export function asObject(value: unknown, type: string): OparlObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BrokenObject(`a ${type} must be a JSON object`);
  const object = value as Record<string, unknown>;
  if (typeof object.id !== 'string' || !/^https?:\/\//.test(object.id))
    throw new BrokenObject(`a ${type} needs an id URL`);
  const given = typeof object.type === 'string' ? object.type : '';
  // 1.0 objects are read as well: their attributes are a subset of 1.1's.
  if (given !== `${OPARL_TYPE}${type}` && given !== `https://schema.oparl.org/1.0/${type}`)
    throw new BrokenObject(
      `${object.id}: type must be ${OPARL_TYPE}${type}, got ${JSON.stringify(object.type)}`,
    );
  return object as OparlObject;
}

function fail(o: OparlObject, key: string, expected: string): never {
  throw new BrokenObject(`${o.id}: ${key} must be ${expected}, got ${JSON.stringify(o[key])}`);
}

export function text(o: OparlObject, key: string): string | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : fail(o, key, 'a string');
}

export function texts(o: OparlObject, key: string): string[] {
  const value = o[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? value
    : fail(o, key, 'a list of strings');
}

export function flag(o: OparlObject, key: string): boolean | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  return typeof value === 'boolean' ? value : fail(o, key, 'true or false');
}

export function integer(o: OparlObject, key: string): number | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  return Number.isInteger(value) ? (value as number) : fail(o, key, 'an integer');
}

/** A date-time (ISO 8601 with zone) or, with `dateOnly`, a date YYYY-MM-DD. */
export function instant(o: OparlObject, key: string, dateOnly = false): Date | null {
  const value = text(o, key);
  if (value === null) return null;
  const pattern = dateOnly
    ? /^\d{4}-\d{2}-\d{2}$/
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  return pattern.test(value) && !Number.isNaN(date.getTime())
    ? date
    : fail(o, key, dateOnly ? 'a date YYYY-MM-DD' : 'an ISO 8601 date-time');
}

/** Problems with one embedded object, which do not stop its parent. */
export interface Notes {
  /** The embedded object was not stored. */
  failed(url: string, reason: string): void;
  /** It was stored, with something filled in or left out. */
  warned(url: string, reason: string): void;
}

/** Throws BrokenObject's message as it is, anything else as a string. */
export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Embedded objects of `type` under `key` (a list, or one object). With `notes`, one that
 * is not an OParl object of that type is reported and left out instead of failing the parent.
 */
export function embedded(o: OparlObject, key: string, type: string, notes?: Notes): OparlObject[] {
  const value = o[key];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item, index) => {
    try {
      return [asObject(item, type)];
    } catch (error) {
      if (!notes || !(error instanceof BrokenObject)) throw error;
      const id = (item as { id?: unknown } | null)?.id;
      notes.failed(typeof id === 'string' ? id : `${o.id} ${key}[${index}]`, reasonOf(error));
      return [];
    }
  });
}

/** URL references under `key` (one URL or a list). */
export function urls(o: OparlObject, key: string): string[] {
  const value = o[key];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.every((v) => typeof v === 'string') ? (list as string[]) : fail(o, key, 'URLs');
}

/** The attributes every OParl object has, as columns. */
export function common(o: OparlObject) {
  const created = instant(o, 'created');
  const modified = instant(o, 'modified');
  return {
    externalId: o.id,
    license: text(o, 'license'),
    keyword: texts(o, 'keyword'),
    web: text(o, 'web'),
    deleted: flag(o, 'deleted') ?? false,
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
  };
}
