import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import type { NotificationServices } from './context.ts';
import { deliverNotification } from './deliver.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { eraseNotifications } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { startPushRetries } from './retry.ts';
import { loadVapidKeys } from './vapid.ts';

/**
 * The notifications subgraph: the inbox, Web Push subscriptions and topic opt-ins per account.
 * It consumes the durable notification log the other subgraphs' outboxes write to (its own
 * consumer group), so nothing is lost while it is down. Its port etc.: package.json, "hub".
 */
export const notificationsSubgraph: SubgraphDefinition<PrismaClient, NotificationServices> = {
  name: 'notifications',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient, NotificationServices>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  services: async () => ({ vapid: await loadVapidKeys() }),
  eraseAccount: async (db, accountId, _log, _services, { notifications }) => {
    await eraseNotifications(db, accountId);
    // The log's entries for the account (titles, bodies) go at once, handled or not (else after
    // the log's retention, kit/src/durable-log.ts).
    await notifications.remove((event) => event.accountId === accountId);
  },
  background: ({ db, log, notifications, services }) => {
    const consumer = notifications.consume(
      'notifications',
      async (event) => {
        const { stored, pushed, erased } = await deliverNotification(db, services.vapid, event, log);
        // A late event for an erased account: dropped, and out of the log too.
        if (erased) await notifications.remove((e) => e.id === event.id);
        log.info({ eventId: event.id, topic: event.topic, stored, pushed }, 'notification delivered');
      },
      log,
    );
    const retries = startPushRetries(db, services.vapid, log);
    return {
      async stop() {
        await Promise.all([consumer.stop(), retries.stop()]);
      },
    };
  },
};
