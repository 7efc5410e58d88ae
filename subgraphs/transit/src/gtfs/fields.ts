import { IANAZone } from 'luxon';

/** One problem in a feed, where a person can find it: file, line (1 is the header), column. */
export interface FeedError {
  file: string;
  line: number;
  field?: string;
  message: string;
}

export type Report = (field: string | undefined, message: string) => void;

/** A CSV row with typed getters that report what is wrong instead of throwing. */
export class RowReader {
  /** Columns already reported as malformed: checks built on them would only repeat the error. */
  readonly invalid = new Set<string>();
  private readonly report: Report;

  constructor(
    readonly row: Record<string, string | undefined>,
    report: Report,
  ) {
    this.report = (field, message) => {
      if (field) this.invalid.add(field);
      report(field, message);
    };
  }

  optional(field: string): string | null {
    const value = this.row[field]?.trim();
    return value ? value : null;
  }

  required(field: string): string {
    const value = this.optional(field);
    if (value === null) this.report(field, `${field} is required`);
    return value ?? '';
  }

  /** An integer from `allowed` (GTFS enums); an empty cell gives `fallback`. */
  enumeration(field: string, allowed: readonly number[], fallback: number): number {
    const value = this.optional(field);
    if (value === null) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || !allowed.includes(n)) {
      this.report(field, `${field} must be one of ${allowed.join(', ')}, got "${value}"`);
      return fallback;
    }
    return n;
  }

  integer(field: string, { min = 0, required = true } = {}): number | null {
    const value = required ? this.required(field) : this.optional(field);
    if (!value) return null;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      this.report(field, `${field} must be a whole number of at least ${min}, got "${value}"`);
      return null;
    }
    return n;
  }

  coordinate(field: string, limit: number, required: boolean): number | null {
    const value = required ? this.required(field) : this.optional(field);
    if (!value) return null;
    const n = Number(value);
    if (!Number.isFinite(n) || Math.abs(n) > limit) {
      this.report(field, `${field} must be a number between -${limit} and ${limit}, got "${value}"`);
      return null;
    }
    return n;
  }

  /** HH:MM:SS (H may be past 24 for trips after midnight) as seconds; empty gives null. */
  time(field: string): number | null {
    const value = this.optional(field);
    if (value === null) return null;
    const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(value);
    if (!match) {
      this.report(field, `${field} must be HH:MM:SS, got "${value}"`);
      return null;
    }
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  }

  /** YYYYMMDD, checked to be a real date. */
  date(field: string): string {
    const value = this.required(field);
    if (!value) return '';
    if (!isGtfsDate(value)) this.report(field, `${field} must be a date YYYYMMDD, got "${value}"`);
    return value;
  }

  timezone(field: string): string {
    const value = this.required(field);
    if (value && !IANAZone.isValidZone(value))
      this.report(field, `${field} must be an IANA time zone such as Europe/Berlin, got "${value}"`);
    return value;
  }
}

export function isGtfsDate(value: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** GTFS route types: the basic ones and the extended (Hierarchical Vehicle Type) range. */
export function isRouteType(n: number): boolean {
  return (n >= 0 && n <= 7) || n === 11 || n === 12 || (n >= 100 && n <= 1799);
}
