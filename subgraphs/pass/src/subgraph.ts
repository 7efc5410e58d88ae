import { fileURLToPath } from 'node:url';
import { publishOutbox, type SubgraphDefinition } from '@kaarst/kit';
import type { PassServices } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { erasePassData } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedPass } from './seed.ts';
import { loadPassSigningKey } from './signing-key.ts';

/** The pass subgraph: the Kaarst Pass, its rotating QR token, offers of the city and partners, redemptions. */
export const passSubgraph: SubgraphDefinition<PrismaClient, PassServices> = {
  name: 'pass',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient, PassServices>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  // Loaded before anything listens: in production a missing PASS_SIGNING_KEY stops the start.
  services: async () => ({ signingKey: await loadPassSigningKey() }),
  seed: seedPass,
  eraseAccount: (db, accountId) => erasePassData(db, accountId),
  // Its outbox carries only notifications (a staff decision), which go to the durable notification log.
  background: publishOutbox,
};
