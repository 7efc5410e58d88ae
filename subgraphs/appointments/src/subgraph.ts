import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { startOutboxPublisher } from './outbox.ts';
import { eraseAppointments } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedAppointments } from './seed.ts';

/** The appointments subgraph: services, locations, slots, bookings. */
export const appointmentsSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'appointments',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedAppointments,
  background: ({ db, pubsub, log, metrics }) => startOutboxPublisher({ db, pubsub, log, metrics }),
  eraseAccount: (db, accountId) => eraseAppointments(db, accountId),
};
