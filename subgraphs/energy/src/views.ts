/** Small reads for the Meter type: the newest reading, refusal counts. */
import type { PrismaClient } from './generated/prisma/client.ts';

export async function lastReadingAt(db: PrismaClient, meterId: string): Promise<Date | null> {
  const newest = await db.reading.findFirst({
    where: { meterId },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  return newest?.at ?? null;
}

export const REFUSAL_DAYS = 30;

export async function refusalsOf(db: PrismaClient, meterId: string) {
  const since = new Date(Date.now() - REFUSAL_DAYS * 86_400_000);
  const rows = await db.ingestRefusal.findMany({
    where: { meterId, day: { gte: since } },
    orderBy: [{ day: 'desc' }, { reason: 'asc' }],
  });
  return rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), reason: r.reason, count: r.count }));
}
