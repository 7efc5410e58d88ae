import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { announceExpired } from './display.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers.ts';
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
  background: ({ db, pubsub, log }) => {
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
