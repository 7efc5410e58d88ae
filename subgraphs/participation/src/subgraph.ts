import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { startOutboxPublisher } from './live.ts';
import { eraseParticipation } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedParticipation } from './seed.ts';
import { withStatementPool } from './statement.ts';

/** The participation subgraph. Its port and the rest of what the hub needs to know: package.json, "hub". */
export const participationSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'participation',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  // The pool beside the client: the support's and the ballot's one statement run on it (statement.ts).
  createDb: (adapter, pool, { embedded }) =>
    withStatementPool(new PrismaClient({ adapter }), pool, { prepared: !embedded }),
  seed: seedParticipation,
  // Support counts and new statuses, announced from the outbox after their commit.
  background: ({ db, pool, pubsub, log, metrics, listenUrl }) =>
    startOutboxPublisher({ db, pool, pubsub, log, metrics, ...(listenUrl ? { listenUrl } : {}) }),
  eraseAccount: (db, accountId) => eraseParticipation(db, accountId),
};
