import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers.ts';
import { seedNotifications } from './seed.ts';

/** The notifications subgraph. Its port and the rest of what the hub needs to know: package.json, "hub". */
export const notificationsSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'notifications',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedNotifications,
};
