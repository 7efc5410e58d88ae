import { fileURLToPath } from 'node:url';
import { publishOutbox, type SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { registerOparlRoutes } from './oparl/export.ts';
import { resolvers } from './resolvers.ts';
import { seedCouncil } from './seed.ts';

/** The council subgraph: OParl 1.1 council information and RATS-TV. */
export const councilSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'council',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedCouncil,
  routes: registerOparlRoutes,
  // councilLive leaves through the outbox: rows written with each broadcast change.
  background: publishOutbox,
};
