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
  // Bookings that race queue for the connection (the embedded database has one):
  // they wait their turn rather than fail after Prisma's default 2 s.
  createDb: (adapter) =>
    new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 15_000 } }),
  seed: seedAppointments,
  background: ({ db, pubsub, log, metrics, listenUrl }) =>
    startOutboxPublisher({ db, pubsub, log, metrics, ...(listenUrl ? { listenUrl } : {}) }),
  eraseAccount: (db, accountId) => eraseAppointments(db, accountId),
};
