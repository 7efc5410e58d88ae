/**
 * OParl 1.1 rules that a JSON Schema cannot express, as checks over exported JSON
 * (github:OParl/spec, tag v1.1.1): date-times in the form `yyyy-mm-ddThh:mm:ss±hh:mm`
 * (chapter 2.4), and no back-reference from an embedded object to its parent (chapter 3:
 * "Bei der internen Ausgabe wird beim internen Objekt auf die Rückreferenz auf das
 * Elternobjekt verzichtet"). Each returns what breaks the rule, as readable lines.
 */

type Json = Record<string, unknown>;

/** Chapter 2.4: a date-time "muss in der Form yyyy-mm-ddThh:mm:ss±hh:mm angegeben werden". */
export const OPARL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** The date-time attributes of OParl 1.1's objects (type date-time in schema/*.json). */
const DATE_TIME_ATTRIBUTES = ['created', 'modified', 'start', 'end', 'licenseValidSince', 'oparlSince'];

const isOparlObject = (value: unknown): value is Json & { id: string; type: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as Json).type === 'string' &&
  ((value as Json).type as string).startsWith('https://schema.oparl.org/');

/** The OParl objects embedded directly in `object`, with the attribute holding them. */
function children(object: Json): Array<[string, Json & { id: string; type: string }]> {
  return Object.entries(object).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).filter(isOparlObject).map((child) => [key, child] as const),
  ) as Array<[string, Json & { id: string; type: string }]>;
}

export function dateTimeViolations(object: Json, path = String(object.id)): string[] {
  const own = DATE_TIME_ATTRIBUTES.flatMap((key) => {
    const value = object[key];
    return value === undefined || (typeof value === 'string' && OPARL_DATE_TIME.test(value))
      ? []
      : [`${path}.${key} = ${JSON.stringify(value)}`];
  });
  return [...own, ...children(object).flatMap(([key, child]) => dateTimeViolations(child, `${path}.${key}`))];
}

/** Embedded objects naming their parent's id in any attribute. */
export function backReferenceViolations(object: Json & { id?: unknown }): string[] {
  return children(object).flatMap(([key, child]) => {
    const naming = Object.entries(child)
      .filter(([, value]) => value === object.id || (Array.isArray(value) && value.includes(object.id)))
      .map(([attribute]) => `${String(object.id)} .${key}[${child.id}].${attribute}`);
    return [...naming, ...backReferenceViolations(child)];
  });
}

/** How many OParl objects are embedded in `object`, at any depth. */
export const embeddedCount = (object: Json): number =>
  children(object).reduce((sum, [, child]) => sum + 1 + embeddedCount(child), 0);
