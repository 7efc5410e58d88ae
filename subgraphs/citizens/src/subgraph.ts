import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { accountDeletionRelay } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedCitizens } from './seed.ts';

/** The citizens subgraph: accounts, sign-in, `me`, API keys, the audit log and account deletion. */
export const citizensSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'citizens',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedCitizens,
  background: ({ db, accountEvents, log }) => accountDeletionRelay(db, accountEvents, log),
};
