/**
 * A location's queue at one moment, with the estimate: loaded once per change
 * (by the outbox publisher, for every live subscriber at once) or per query.
 */
import { notFound } from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { Prisma } from '../generated/prisma/client.ts';
import { localDate } from '../outbox.ts';
import { ZONE } from '../slots.ts';
import {
  HANDLING_SAMPLES,
  HANDLING_WINDOW_DAYS,
  handlingTimes,
  minutesUntil,
  OVERRUN_MS,
  simulate,
  type Waiting,
} from './estimate.ts';
import {
  type CallDisplayModel,
  type CounterModel,
  type QueueCallModel,
  type QueueSnapshot,
  type TicketModel,
  ticketInclude,
  ticketLabel,
} from './models.ts';
import { loadSettings } from './settings.ts';

type Db = Prisma.TransactionClient;

export const ACTIVE = ['CALLED', 'SERVING'] as const;
export const OPEN_STATUSES = ['WAITING', 'CALLED', 'SERVING', 'PARKED', 'MISSED'] as const;
/** Finished tickets stay in the snapshot this long, so their holders see the end live. */
const RECENTLY_FINISHED_MS = 30 * 60_000;
/** Booked appointments up to this late are still expected to come. */
const LATE_ARRIVAL_MS = 15 * 60_000;
/** How many calls the display shows. */
const DISPLAY_CALLS = 8;

const ms = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : 0);

/** A counter counts as open on the local date it was opened (yesterday's forgotten ones do not). */
export const openToday = (openedAt: Date, date: string) => localDate(openedAt) === date;

/** Recent handling samples per service at a location, newest first (seconds). */
async function handlingSamples(db: Db, locationId: string, now: Date) {
  const since = new Date(now.getTime() - HANDLING_WINDOW_DAYS * 86_400_000);
  const rows = await db.$queryRaw<Array<{ serviceId: string; handledSeconds: number }>>`
    SELECT "serviceId", "handledSeconds" FROM (
      SELECT s."serviceId", s."handledSeconds",
             row_number() OVER (PARTITION BY s."serviceId" ORDER BY t."finishedAt" DESC) AS n
        FROM queue_ticket_service s JOIN queue_ticket t ON t.id = s."ticketId"
       WHERE t."locationId" = ${locationId} AND t.status = 'DONE'
         AND s."handledSeconds" IS NOT NULL AND t."finishedAt" >= ${since}
    ) recent WHERE n <= ${HANDLING_SAMPLES} ORDER BY "serviceId", n`;
  const samples = new Map<string, number[]>();
  for (const row of rows)
    samples.set(row.serviceId, [...(samples.get(row.serviceId) ?? []), row.handledSeconds]);
  return samples;
}

export async function loadSnapshot(db: Db, locationId: string, now = new Date()): Promise<QueueSnapshot> {
  const location = await db.location.findUnique({ where: { id: locationId } });
  if (!location) throw notFound(`Location "${locationId}"`);
  const date = localDate(now);
  const settings = await loadSettings(db, locationId);
  const tickets: TicketModel[] = await db.queueTicket.findMany({
    where: {
      locationId,
      date,
      OR: [
        { status: { in: [...OPEN_STATUSES] } },
        { finishedAt: { gte: new Date(now.getTime() - RECENTLY_FINISHED_MS) } },
      ],
    },
    include: ticketInclude,
    // Who follows a ticket is nobody else's business: not loaded into what live events carry.
    omit: { followerId: true },
    orderBy: [{ priority: 'asc' }, { queuedAt: 'asc' }, { number: 'asc' }],
  });
  const counterRows = await db.queueCounter.findMany({ where: { locationId } });
  const catalogue = await db.service.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] });
  const handling = handlingTimes(catalogue, await handlingSamples(db, locationId, now));
  const endOfDay = DateTime.fromJSDate(now, { zone: ZONE }).endOf('day').toJSDate();
  const expected = await db.appointment.findMany({
    where: {
      locationId,
      status: 'BOOKED',
      attendance: 'EXPECTED',
      start: { gte: new Date(now.getTime() - LATE_ARRIVAL_MS), lte: endOfDay },
    },
    select: { id: true, start: true, services: { select: { serviceId: true } } },
  });

  const expectedMs = (serviceIds: readonly string[]) =>
    serviceIds.reduce((sum, id) => sum + (handling.get(id)?.minutes ?? 0), 0) * 60_000;
  const ticketMs = (t: TicketModel) => expectedMs(t.services.map((s) => s.serviceId));
  const t0 = now.getTime();

  const counters: CounterModel[] = Array.from({ length: location.counters }, (_, i) => {
    const counter = i + 1;
    const row = counterRows.find((c) => c.counter === counter);
    const open = row !== undefined && openToday(row.openedAt, date);
    const ticket = tickets.find(
      (t) => t.counter === counter && (ACTIVE as readonly string[]).includes(t.status),
    );
    return {
      counter,
      open,
      staffId: open ? (row?.staffId ?? null) : null,
      openedAt: open ? (row?.openedAt ?? null) : null,
      ticket: ticket ?? null,
    };
  });
  const freeAt = counters
    .filter((c) => c.open)
    .map(({ ticket }) => {
      if (!ticket) return t0;
      if (ticket.status === 'CALLED') return t0 + ticketMs(ticket);
      return Math.max(ms(ticket.servingStartedAt) + ticketMs(ticket), t0 + OVERRUN_MS);
    });

  const waiting: Waiting[] = tickets
    .filter((t) => t.status === 'WAITING')
    .map((t) => ({
      id: t.id,
      priority: t.priority,
      queuedAt: ms(t.queuedAt),
      // Walk-ins may be called at once (their times are the database's clock, a moment ahead of ours).
      eligibleAt: t.kind === 'WALK_IN' ? Math.min(ms(t.eligibleAt), t0) : ms(t.eligibleAt),
      number: t.number,
      expectedMs: ticketMs(t),
    }));
  const upcoming: Waiting[] = expected.map((a) => ({
    id: `appointment:${a.id}`,
    priority: settings.appointmentPriority,
    queuedAt: a.start.getTime(),
    eligibleAt: a.start.getTime() - settings.appointmentEarlyMinutes * 60_000,
    number: Number.MAX_SAFE_INTEGER,
    expectedMs: expectedMs(a.services.map((s) => s.serviceId)),
  }));
  // Someone drawing a ticket now stands behind everyone drawn so far (whose times are the database's clock).
  const last = Math.max(t0, ...waiting.map((w) => w.queuedAt));
  const newWalkIn: Waiting = {
    id: 'new',
    priority: settings.walkInPriority,
    queuedAt: last,
    eligibleAt: t0,
    number: Number.MAX_SAFE_INTEGER,
    expectedMs: 0,
  };
  const placements = simulate(t0, [...waiting, ...upcoming, newWalkIn], freeAt);
  const estimate = (id: string) => {
    const placed = placements.get(id);
    return placed && freeAt.length > 0 ? minutesUntil(t0, placed.startsAt) : null;
  };
  for (const ticket of tickets) {
    if (ticket.status !== 'WAITING') continue;
    ticket.ahead = placements.get(ticket.id)?.ahead ?? null;
    ticket.estimatedWaitMinutes = estimate(ticket.id);
  }
  // Waiting ones first, in the order they will be called; the others after, as loaded.
  const rank = (t: TicketModel) => (t.status === 'WAITING' ? (t.ahead ?? 0) : Number.MAX_SAFE_INTEGER);
  tickets.sort((a, b) => rank(a) - rank(b));
  for (const ticket of tickets) delete ticket.code; // the codes never travel with live events

  return {
    location,
    date,
    at: now,
    settings,
    tickets,
    counters,
    estimatedWaitMinutes: estimate('new'),
    handling: catalogue.map((service) => ({
      service,
      minutes: handling.get(service.id)?.minutes ?? service.durationMinutes,
      samples: handling.get(service.id)?.samples ?? 0,
    })),
  };
}

const callOf = (ticket: TicketModel): QueueCallModel => ({
  label: ticketLabel(ticket),
  counter: ticket.counter ?? ticket.lastCounter ?? 0,
  calledAt: ticket.lastCalledAt ?? ticket.drawnAt,
  callCount: ticket.callCount,
});

/** The waiting room's view: labels and counters only. */
export function callDisplayOf(snapshot: QueueSnapshot): CallDisplayModel {
  const called = snapshot.tickets
    .filter((t) => (ACTIVE as readonly string[]).includes(t.status))
    .sort((a, b) => ms(b.lastCalledAt) - ms(a.lastCalledAt));
  const newCall = snapshot.tickets.find(
    (t) => t.id === snapshot.newCallTicketId && (ACTIVE as readonly string[]).includes(t.status),
  );
  return {
    location: snapshot.location,
    date: snapshot.date,
    calls: called.slice(0, DISPLAY_CALLS).map(callOf),
    newCall: newCall ? callOf(newCall) : null,
    waiting: snapshot.tickets.filter((t) => t.status === 'WAITING').length,
    estimatedWaitMinutes: snapshot.estimatedWaitMinutes,
    walkInsOpen: snapshot.settings.walkInsOpen,
    updatedAt: snapshot.at,
  };
}
