import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { sweep } from './allocation-confirm.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { eraseFamilyData } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedFamily } from './seed.ts';

/** How often overdue offers are lapsed in the background (FAMILY_LAPSE_SWEEP_MS, default 15 s). */
function sweepMs(): number {
  const n = Number(process.env.FAMILY_LAPSE_SWEEP_MS ?? 15_000);
  return Number.isFinite(n) && n >= 50 ? n : 15_000;
}

/** The family subgraph: the Kita and family-offer directory, Kita applications, allocation. */
export const familySubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'family',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedFamily,
  // Offers lapse by themselves: a timer sweeps overdue ones (reads sweep too), and the freed
  // places go down the waiting list, live to the families. Runs past their confirmation
  // deadline are released by the same timer.
  background: ({ db, pubsub, log }) => {
    let running = Promise.resolve();
    const timer = setInterval(() => {
      running = running
        .then(() => sweep(db, pubsub))
        .then(
          (n) => void (n > 0 && log.info({ swept: n }, 'offers lapsed or runs released')),
          (error) => log.warn({ err: error }, 'lapsing offers failed'),
        );
    }, sweepMs());
    timer.unref();
    return {
      stop: async () => {
        clearInterval(timer);
        await running;
      },
    };
  },
  eraseAccount: (db, accountId) => eraseFamilyData(db, accountId),
};
