import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers.ts';
import { seed__Name__ } from './seed.ts';

/** The __name__ subgraph. Its port and the rest of what the hub needs to know: package.json, "hub". */
export const __camelName__Subgraph: SubgraphDefinition<PrismaClient> = {
  name: '__name__',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seed__Name__,
};
