/** A location's queue on one day: waiting and handling times per service and counter. */
import type { Viewer } from '@kaarst/kit';
import type { PrismaClient, Service } from '../generated/prisma/client.ts';
import { checkLocalDate } from '../validation.ts';
import { requireBuergerbuero } from './access.ts';
import { loadLocationOrFail } from './counters.ts';
import { median } from './estimate.ts';
import { type TicketModel, ticketInclude } from './models.ts';

export interface DurationSummary {
  count: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
  maxMinutes: number | null;
}

const round = (minutes: number | null) => (minutes === null ? null : Math.round(minutes * 10) / 10);

export function summarize(minutes: readonly number[]): DurationSummary {
  if (minutes.length === 0)
    return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null, maxMinutes: null };
  const sorted = [...minutes].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least 90 % of the values at or below it.
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1] as number;
  return {
    count: sorted.length,
    meanMinutes: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    medianMinutes: round(median(sorted)),
    p90Minutes: round(p90),
    maxMinutes: round(sorted.at(-1) as number),
  };
}

/** Minutes from when the ticket could be called to its first call (null: never called). */
export function waitingMinutes(ticket: Pick<TicketModel, 'eligibleAt' | 'firstCalledAt'>): number | null {
  if (!ticket.firstCalledAt) return null;
  const waited = new Date(ticket.firstCalledAt).getTime() - new Date(ticket.eligibleAt).getTime();
  return Math.max(0, waited) / 60_000;
}

const values = <T>(items: readonly T[], pick: (item: T) => number | null | undefined) =>
  items.map(pick).filter((v): v is number => typeof v === 'number');

export async function queueStatistics(
  db: PrismaClient,
  viewer: Viewer | null,
  locationId: string,
  date: string,
) {
  requireBuergerbuero(viewer);
  checkLocalDate(date, 'date');
  const location = await loadLocationOrFail(db, locationId);
  const tickets: TicketModel[] = await db.queueTicket.findMany({
    where: { locationId, date },
    include: ticketInclude,
    orderBy: { number: 'asc' },
  });
  const done = tickets.filter((t) => t.status === 'DONE');
  const services = new Map<string, Service>();
  for (const t of tickets) for (const line of t.services) services.set(line.serviceId, line.service);
  const counters = [...new Set(done.map((t) => t.lastCounter).filter((c): c is number => c !== null))].sort(
    (a, b) => a - b,
  );
  return {
    location,
    date,
    tickets: tickets.length,
    walkIns: tickets.filter((t) => t.kind === 'WALK_IN').length,
    appointments: tickets.filter((t) => t.kind === 'APPOINTMENT').length,
    served: done.length,
    missed: tickets.filter((t) => t.status === 'MISSED').length,
    cancelled: tickets.filter((t) => t.status === 'CANCELLED').length,
    open: tickets.filter((t) => ['WAITING', 'CALLED', 'SERVING', 'PARKED'].includes(t.status)).length,
    waiting: summarize(values(tickets, waitingMinutes)),
    handling: summarize(values(done, (t) => t.handledSeconds / 60)),
    byService: [...services.values()].map((service) => {
      const withService = tickets.filter((t) => t.services.some((l) => l.serviceId === service.id));
      const lines = done.flatMap((t) => t.services.filter((l) => l.serviceId === service.id));
      return {
        service,
        tickets: withService.length,
        waiting: summarize(values(withService, waitingMinutes)),
        handling: summarize(values(lines, (l) => (l.handledSeconds === null ? null : l.handledSeconds / 60))),
      };
    }),
    byCounter: counters.map((counter) => {
      const served = done.filter((t) => t.lastCounter === counter);
      return {
        counter,
        served: served.length,
        waiting: summarize(values(served, waitingMinutes)),
        handling: summarize(values(served, (t) => t.handledSeconds / 60)),
      };
    }),
  };
}
