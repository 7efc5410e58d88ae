import type { PrismaClient } from '../generated/prisma/client.ts';
import { loadTimetable } from './load.ts';
import type { Timetable } from './model.ts';

/** How often a replica asks which feed is active (an import by the CLI switches it). */
const CHECK_EVERY_MS = 10_000;

/** The active feed's timetable, built once and rebuilt when another feed becomes active. */
export class TimetableCache {
  private current: Timetable | null = null;
  private loading: Promise<Timetable | null> | null = null;
  private checkedAt = 0;

  constructor(private readonly db: PrismaClient) {}

  async get(): Promise<Timetable | null> {
    if (this.loading) return this.loading;
    if (this.current && Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.current;
    this.loading = this.refresh().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Forget the timetable (after an import in this process). */
  invalidate() {
    this.checkedAt = 0;
  }

  private async refresh(): Promise<Timetable | null> {
    const active = await this.db.feed.findFirst({
      where: { status: 'ACTIVE' },
      orderBy: { id: 'desc' },
      select: { id: true },
    });
    this.checkedAt = Date.now();
    if (active && this.current?.feedId === active.id) return this.current;
    this.current = active ? await loadTimetable(this.db) : null;
    return this.current;
  }
}
