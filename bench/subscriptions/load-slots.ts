/**
 * The slots the load books: the location's opening hours on the 15-minute
 * grid, once per counter, day after day from the phase's first day on (so no
 * two phases book the same day).
 */
import type { HubKeys } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { DateTime } from 'luxon';
import { LOCATION_ID } from './shared.ts';

const ZONE = 'Europe/Berlin';
/** Consecutive bookings go to different days, so each day's events come seconds apart. */
const POOL = 60;

interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface Office {
  id: string;
  counters: number;
  openingHours: Hours[];
}

export interface Day {
  date: string;
  index: number;
  /** Slot starts (UTC ISO), each once (one citizen books them all, and a person's bookings never overlap). */
  starts: string[];
  /** Free slots of the empty day as the subgraph counts them: every start once per counter. */
  capacity: number;
  next: number;
}

export interface SlotCalendar {
  /** The slot for this publisher tick (a day of the pool, replaced by a new one when full). */
  takeSlot(tick: number): { day: Day; start: string };
  /** Every day planned so far, by ISO date: how events (which carry the date) find their day. */
  dayByDate: Map<string, Day>;
  /** The offset from today after the last day planned: where the next phase starts. */
  nextDayOffset(): number;
}

/** The benchmark's location as the appointments subgraph has it. */
export async function fetchOffice(appointmentsUrl: string, keys: HubKeys): Promise<Office> {
  const location = await subgraphRequest<{ officeLocations: Office[] }>(
    appointmentsUrl,
    keys,
    null,
    '{ officeLocations { id counters openingHours { weekday opens closes } } }',
  );
  const office = location.data?.officeLocations.find((l) => l.id === LOCATION_ID);
  if (!office) throw new Error(`no location ${LOCATION_ID}: ${JSON.stringify(location)}`);
  return office;
}

export function slotCalendar(office: Office, firstDay: number): SlotCalendar {
  let dayOffset = firstDay;
  const days: Day[] = [];
  function nextDay(): Day {
    for (;;) {
      const day = DateTime.now().setZone(ZONE).startOf('day').plus({ days: dayOffset++ });
      const starts: string[] = [];
      for (const h of office.openingHours.filter((o) => o.weekday === day.weekday)) {
        const at = (hhmm: string) => {
          const [hour, minute] = hhmm.split(':').map(Number);
          return day.set({ hour, minute });
        };
        for (let t = at(h.opens); t.plus({ minutes: 15 }) <= at(h.closes); t = t.plus({ minutes: 15 })) {
          // One citizen books them all, and a person's bookings never overlap: each time once.
          starts.push(t.toUTC().toISO() as string);
        }
      }
      if (starts.length === 0) continue;
      const entry = {
        date: day.toISODate() as string,
        index: days.length,
        starts,
        capacity: starts.length * office.counters,
        next: 0,
      };
      days.push(entry);
      return entry;
    }
  }
  const pool: Day[] = Array.from({ length: POOL }, nextDay);
  const dayByDate = new Map(days.map((d) => [d.date, d]));
  return {
    takeSlot(tick) {
      const slot = tick % POOL;
      let day = pool[slot] as Day;
      if (day.next >= day.starts.length) {
        day = nextDay();
        dayByDate.set(day.date, day);
        pool[slot] = day;
      }
      return { day, start: day.starts[day.next++] as string };
    },
    dayByDate,
    nextDayOffset: () => dayOffset,
  };
}
