import { DateTime } from 'luxon';

/** A service day of the feed: its date and the instant its GTFS times count from. */
export interface ServiceDay {
  /** YYYYMMDD, as GTFS writes dates. */
  gtfsDate: string;
  /** YYYY-MM-DD, as the graph shows it. */
  isoDate: string;
  /**
   * GTFS times are measured from "noon minus 12 h" of the service day in the
   * agency's time zone (not midnight: on the days clocks change the two differ).
   */
  baseMs: number;
  /** Monday = 0 ... Sunday = 6 */
  weekday: number;
}

export function serviceDay(date: DateTime): ServiceDay {
  const noon = date.set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
  return {
    gtfsDate: noon.toFormat('yyyyLLdd'),
    isoDate: noon.toISODate() ?? '',
    baseMs: noon.minus({ hours: 12 }).toMillis(),
    weekday: noon.weekday - 1,
  };
}

/** The service days around an instant: `before` days earlier (trips past midnight) to `after` days later. */
export function serviceDaysAround(atMs: number, timezone: string, before = 1, after = 1): ServiceDay[] {
  const local = DateTime.fromMillis(atMs, { zone: timezone });
  const days: ServiceDay[] = [];
  for (let offset = -before; offset <= after; offset++) days.push(serviceDay(local.plus({ days: offset })));
  return days;
}

export function serviceDayOf(isoDate: string, timezone: string): ServiceDay | null {
  const date = DateTime.fromISO(isoDate, { zone: timezone });
  return date.isValid && /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? serviceDay(date) : null;
}

export interface CalendarRule {
  weekdays: number;
  startDate: string;
  endDate: string;
}

/** Which services run on a day: calendar.txt's weekly rule, then calendar_dates.txt's exceptions. */
export class ServiceCalendar {
  constructor(
    readonly serviceIds: string[],
    private readonly rules: Array<CalendarRule | undefined>,
    /** service index -> date -> exception type (1 added, 2 removed) */
    private readonly exceptions: Array<Map<string, number> | undefined>,
  ) {}

  /** One flag per service index. */
  activeOn(day: ServiceDay): Uint8Array {
    const active = new Uint8Array(this.serviceIds.length);
    for (let service = 0; service < active.length; service++) {
      const exception = this.exceptions[service]?.get(day.gtfsDate);
      if (exception === 1) active[service] = 1;
      else if (exception === 2) active[service] = 0;
      else {
        const rule = this.rules[service];
        active[service] =
          rule &&
          rule.startDate <= day.gtfsDate &&
          day.gtfsDate <= rule.endDate &&
          (rule.weekdays >> day.weekday) & 1
            ? 1
            : 0;
      }
    }
    return active;
  }
}
