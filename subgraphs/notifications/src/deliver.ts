/**
 * The consumer of the notification log (its own consumer group): each event becomes one
 * inbox entry (its id is the key, so a replay stores nothing twice) and, the first time
 * only, a push message to each browser of the person if they switched the topic on: written
 * to push_delivery in the inbox entry's transaction and sent at once; a failed one is retried
 * from there (retry.ts).
 */
import type { Logger, NotificationEvent } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { lockAccount } from './privacy.ts';
import { sendDuePushes } from './retry.ts';
import { topicOf } from './topics.ts';
import type { VapidKeys } from './vapid.ts';

export async function deliverNotification(
  db: PrismaClient,
  vapid: VapidKeys,
  event: NotificationEvent,
  log: Logger,
  now = new Date(),
): Promise<{ stored: boolean; pushed: number; erased?: true }> {
  const topic = topicOf(event.topic);
  const stored = await db.$transaction(async (tx) => {
    await lockAccount(tx, event.accountId);
    // The account was erased before this (late or replayed) event: nothing is kept for it.
    if (await tx.erasedAccount.findUnique({ where: { accountId: event.accountId } })) return 'erased';
    const created = await tx.inboxItem.createMany({
      data: [
        {
          id: event.id,
          accountId: event.accountId,
          topic,
          title: event.title,
          body: event.body,
          url: event.url,
          createdAt: new Date(event.at),
        },
      ],
      skipDuplicates: true,
    });
    // Handled before (a replay after a crash: its pushes are in push_delivery or went out), never twice.
    if (created.count === 0) return false;
    const optedIn = await tx.topicOptIn.findUnique({
      where: { accountId_topic: { accountId: event.accountId, topic } },
    });
    if (!optedIn) return true;
    // One push per browser of the person, sent below and retried from the table if it fails.
    const subscriptions = await tx.pushSubscription.findMany({
      where: { accountId: event.accountId },
      select: { endpoint: true },
    });
    await tx.pushDelivery.createMany({
      data: subscriptions.map(({ endpoint }) => ({ inboxItemId: event.id, endpoint, nextAttemptAt: now })),
      skipDuplicates: true,
    });
    return true;
  });
  if (stored === 'erased') return { stored: false, pushed: 0, erased: true };
  if (!stored) return { stored: false, pushed: 0 };
  const { sent } = await sendDuePushes(db, vapid, log, now, event.id);
  return { stored: true, pushed: sent };
}
