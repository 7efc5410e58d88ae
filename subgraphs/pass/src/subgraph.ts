import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { erasePassData } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedPass } from './seed.ts';

/** The pass subgraph: the Kaarst Pass, its rotating QR token, offers of the city and partners, redemptions. */
export const passSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'pass',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedPass,
  eraseAccount: (db, accountId) => erasePassData(db, accountId),
};
