/**
 * The day-before reminder: a timer looks for booked appointments of tomorrow (Europe/Berlin)
 * that have none yet, and in one transaction records the reminder (its key is the appointment)
 * and writes the notification into the outbox, so each appointment is reminded once, even
 * with several replicas or a restart, and nothing is announced for a rolled-back round.
 */
import { type BackgroundTask, type Logger, notificationOutboxRow, outboxWritten } from '@kaarst/kit';
import { DateTime } from 'luxon';
import type { PrismaClient } from './generated/prisma/client.ts';
import { ZONE } from './slots.ts';

const BATCH = 200;
const TIME = new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

/** Reminds the appointments of the day after `now`'s local date; resolves with how many. */
export async function sendReminders(db: PrismaClient, now = new Date()): Promise<number> {
  const tomorrow = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').plus({ days: 1 });
  let total = 0;
  for (;;) {
    const sent = await db.$transaction(async (tx) => {
      const due = await tx.appointment.findMany({
        where: {
          status: 'BOOKED',
          start: { gte: tomorrow.toJSDate(), lt: tomorrow.plus({ days: 1 }).toJSDate() },
          reminder: null,
        },
        include: { location: { select: { name: true } } },
        orderBy: { start: 'asc' },
        take: BATCH,
      });
      if (due.length === 0) return 0;
      // A replica that got there first has its rows: those appointments are skipped here.
      const claimed = await tx.appointmentReminder.createManyAndReturn({
        data: due.map((appointment) => ({ appointmentId: appointment.id })),
        skipDuplicates: true,
      });
      const mine = new Set(claimed.map((row) => row.appointmentId));
      const rows = due
        .filter((appointment) => mine.has(appointment.id))
        .map((appointment) =>
          notificationOutboxRow({
            accountId: appointment.citizenId,
            topic: 'appointment-reminder',
            title: `Morgen um ${TIME.format(appointment.start)} Uhr: Ihr Termin`,
            body: `${appointment.location.name}, Buchungscode ${appointment.code}.`,
            url: '/#/termine',
          }),
        );
      await tx.outboxEvent.createMany({ data: rows });
      return due.length;
    });
    if (sent === 0) break;
    total += sent;
    outboxWritten();
  }
  return total;
}

/** Runs sendReminders at start and every `everyMs` (REMINDER_INTERVAL_MS, default 15 minutes). */
export function startReminders(db: PrismaClient, log: Logger, everyMs: number): BackgroundTask {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const sent = await sendReminders(db);
        if (sent > 0) log.info({ sent }, 'appointment reminders written');
      } catch (err) {
        log.warn({ err }, 'appointment reminders failed; tried again at the next tick');
      }
    });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
