import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { FareZoneSource } from './assemble.ts';
import { loadTimetable } from './load.ts';
import type { Timetable } from './model.ts';

/** How often a replica asks which feed is active (an import by the CLI or the Job switches it). */
const CHECK_EVERY_MS = 10_000;

/**
 * The active feed's timetable. `start()` (the subgraph's background work)
 * loads it when the process starts and then checks every CHECK_EVERY_MS
 * whether another feed became active, building the new timetable while
 * queries still use the old one; `ready` says when the first load is done
 * (/health/ready). Without start() (a test's second replica) the first query
 * loads it, and a query checks at most every CHECK_EVERY_MS.
 */
export class TimetableCache {
  private current: Timetable | null = null;
  private loading: Promise<Timetable | null> | null = null;
  private checkedAt = 0;
  private polling = false;
  /** True once a load finished (with or without an active feed). */
  ready = false;

  constructor(
    private readonly db: PrismaClient,
    /** The configured zone map's zones (read once, at start). */
    private readonly zones: FareZoneSource[] = [],
  ) {}

  async get(): Promise<Timetable | null> {
    const fresh = this.checkedAt !== 0 && (this.polling || Date.now() - this.checkedAt < CHECK_EVERY_MS);
    if (this.current && fresh) return this.current;
    return this.refresh();
  }

  /** The next query waits until the active feed was looked up again (after an import in this process). */
  invalidate() {
    this.checkedAt = 0;
    this.generation++;
  }

  /** Counts invalidate() calls: a lookup that began before one does not count as fresh. */
  private generation = 0;

  /** Loads now, then keeps the timetable current in the background; stop() ends that. */
  start(log: Logger): { stop(): Promise<void> } {
    this.polling = true;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const loop = async () => {
      const started = Date.now();
      const before = this.current?.feedId;
      try {
        await this.refresh();
        if (this.current && this.current.feedId !== before)
          log.info(
            { feedId: this.current.feedId, trips: this.current.trips.length, ms: Date.now() - started },
            'timetable loaded',
          );
      } catch (err) {
        log.error({ err }, 'timetable could not be loaded; keeping the one there is');
      }
      if (!stopped) timer = setTimeout(loop, CHECK_EVERY_MS);
    };
    const first = loop();
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        await first.catch(() => {});
        await this.loading?.catch(() => {});
      },
    };
  }

  private refresh(): Promise<Timetable | null> {
    if (this.loading) return this.loading.then((tt) => (this.checkedAt === 0 ? this.refresh() : tt));
    this.loading = this.check().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async check(): Promise<Timetable | null> {
    const generation = this.generation;
    const active = await this.db.feed.findFirst({
      where: { status: 'ACTIVE' },
      orderBy: { id: 'desc' },
      select: { id: true },
    });
    if (!active || this.current?.feedId !== active.id)
      this.current = active ? await loadTimetable(this.db, this.zones) : null;
    if (generation === this.generation) this.checkedAt = Date.now();
    this.ready = true;
    return this.current;
  }
}
