import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { badInput } from './errors.ts';

// An ISO 8601 date-time with a zone (Z or ±hh:mm): times are stored in UTC.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw badInput(
      `DateTime must be an ISO 8601 string with a time zone, e.g. 2026-12-01T09:00:00+01:00; got ${JSON.stringify(value)}.`,
    );
  }
  const [year, month, day, hour, minute, second] = value.match(/\d+/g)?.slice(0, 6).map(Number) ?? [];
  const date = new Date(value);
  // Date rolls impossible values over (30 February becomes 2 March): refuse them instead.
  const calendarDay = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (
    Number.isNaN(date.getTime()) ||
    calendarDay.getUTCMonth() !== (month ?? 0) - 1 ||
    calendarDay.getUTCDate() !== day ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  ) {
    throw badInput(`${value} is not a real date-time.`);
  }
  return date;
}

/** DateTime as used by every subgraph: ISO 8601 in, UTC ISO 8601 out. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string with a time zone; answers are in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`Cannot serialize ${String(value)} as DateTime`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string.');
    return parseDateTime(ast.value);
  },
});

/** The town's time zone: opening hours, and the local times open-data formats ask for. */
export const TOWN_ZONE = 'Europe/Berlin';

/**
 * An instant as the town's local time with its offset, to the second:
 * `2026-12-06T04:07:35+01:00`. OParl 1.1 (chapter 2.4) and Open311 GeoReport v2 both
 * want this form (`yyyy-mm-ddThh:mm:ss±hh:mm`), not UTC with milliseconds.
 */
export function townDateTime(date: Date): string {
  return DateTime.fromJSDate(date, { zone: TOWN_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** A JSON object, for parts of the schema whose shape each subgraph owns (the personal-data export). */
export { GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';
