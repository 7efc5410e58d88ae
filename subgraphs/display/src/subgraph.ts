import { fileURLToPath } from 'node:url';
import { env, envInt, type SubgraphDefinition } from '@kaarst/kit';
import { Gauge } from 'prom-client';
import { announceExpired, eraseDisplayAccount } from './display.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers.ts';
import { fleetHealth } from './screens.ts';
import { seedDisplay } from './seed.ts';
import { importWarningFeed } from './warning-feed.ts';

/** How often expired emergencies are looked for (their end is announced to the screens). */
const EXPIRY_TICK_MS = 1000;

/** The display subgraph: city screens, moderated content, schedules, emergency takeover, fleet health. */
export const displaySubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'display',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedDisplay,
  eraseAccount: (db, accountId) => eraseDisplayAccount(db, accountId),
  background: ({ db, pubsub, log, metrics }) => {
    // For an alert: screens silent longer than DISPLAY_OFFLINE_AFTER_SECONDS (default 120).
    const offlineAfter = envInt('DISPLAY_OFFLINE_AFTER_SECONDS', 120);
    new Gauge({
      name: 'hub_display_screen_online',
      help: `1 when the screen sent a heartbeat in the last ${offlineAfter} s, else 0`,
      labelNames: ['screen'],
      registers: [metrics],
      async collect() {
        for (const health of await fleetHealth(db, offlineAfter))
          this.set({ screen: health.screen.id }, health.online ? 1 : 0);
      },
    });
    let running: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      running = announceExpired(db, pubsub).catch((error) => log.warn({ err: error }, 'expiry check failed'));
    }, EXPIRY_TICK_MS);
    timer.unref();
    // Optional: an official warning feed (CAP-JSON), read every DISPLAY_WARNING_FEED_INTERVAL_SECONDS.
    const feedUrl = env('DISPLAY_WARNING_FEED_URL');
    const feedArea = env('DISPLAY_WARNING_FEED_AREA');
    let importing: Promise<unknown> = Promise.resolve();
    let feedTimer: ReturnType<typeof setInterval> | undefined;
    if (feedUrl) {
      const read = () => {
        importing = importWarningFeed(db, pubsub, feedUrl, feedArea)
          .then((changed) => {
            if (changed.published || changed.withdrawn) log.info(changed, 'warning feed applied');
          })
          .catch((error) => log.warn({ err: error }, 'warning feed not read; nothing changed'));
      };
      feedTimer = setInterval(read, Math.max(1, envInt('DISPLAY_WARNING_FEED_INTERVAL_SECONDS', 60)) * 1000);
      feedTimer.unref();
      read();
    }
    return {
      async stop() {
        clearInterval(timer);
        clearInterval(feedTimer);
        await Promise.all([running, importing]);
      },
    };
  },
};
