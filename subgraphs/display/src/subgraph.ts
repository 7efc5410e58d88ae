import { fileURLToPath } from 'node:url';
import { envInt, type SubgraphDefinition } from '@kaarst/kit';
import { Gauge } from 'prom-client';
import { announceExpired, eraseDisplayAccount } from './display.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers.ts';
import { fleetHealth } from './screens.ts';
import { seedDisplay } from './seed.ts';

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
    return {
      async stop() {
        clearInterval(timer);
        await running;
      },
    };
  },
};
