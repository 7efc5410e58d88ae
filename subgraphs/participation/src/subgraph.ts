import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { eraseParticipation } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedParticipation } from './seed.ts';

/** The participation subgraph. Its port and the rest of what the hub needs to know: package.json, "hub". */
export const participationSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'participation',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedParticipation,
  eraseAccount: (db, accountId) => eraseParticipation(db, accountId),
};
