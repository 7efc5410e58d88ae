import { fileURLToPath } from 'node:url';
import { envInt, type SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { startOutboxPublisher } from './outbox.ts';
import { eraseAppointments } from './privacy.ts';
import { startReminders } from './reminders.ts';
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
  // The outbox publisher (live events; notifications to the durable log) and the day-before reminders.
  background: ({ db, pubsub, log, metrics, listenUrl, notifications }) => {
    const publisher = startOutboxPublisher({
      db,
      pubsub,
      log,
      metrics,
      notifications,
      ...(listenUrl ? { listenUrl } : {}),
    });
    const reminders = startReminders(db, log, envInt('REMINDER_INTERVAL_MS', 15 * 60_000));
    return {
      async stop() {
        await reminders.stop();
        await publisher.stop();
      },
    };
  },
  eraseAccount: (db, accountId) => eraseAppointments(db, accountId),
};
