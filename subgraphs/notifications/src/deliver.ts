/**
 * The consumer of the notification log (its own consumer group): each event becomes one
 * inbox entry (its id is the key, so a replay stores nothing twice) and, the first time
 * only, a push message to each browser of the person if they switched the topic on.
 */
import type { Logger, NotificationEvent } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { lockAccount } from './privacy.ts';
import { sendPush } from './push.ts';
import { topicOf } from './topics.ts';
import type { VapidKeys } from './vapid.ts';

export async function deliverNotification(
  db: PrismaClient,
  vapid: VapidKeys,
  event: NotificationEvent,
  log: Logger,
): Promise<{ stored: boolean; pushed: number }> {
  const topic = topicOf(event.topic);
  const count = await db.$transaction(async (tx) => {
    await lockAccount(tx, event.accountId);
    // The account was erased before this (late or replayed) event: nothing is kept for it.
    if (await tx.erasedAccount.findUnique({ where: { accountId: event.accountId } })) return 0;
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
    return created.count;
  });
  // Handled before (a replay after a crash: its push went out then, or is lost; never twice), or
  // the account is erased.
  if (count === 0) return { stored: false, pushed: 0 };
  const optedIn = await db.topicOptIn.findUnique({
    where: { accountId_topic: { accountId: event.accountId, topic } },
  });
  if (!optedIn) return { stored: true, pushed: 0 };
  const subscriptions = await db.pushSubscription.findMany({ where: { accountId: event.accountId } });
  const payload = { id: event.id, topic: event.topic, title: event.title, body: event.body, url: event.url };
  let pushed = 0;
  for (const subscription of subscriptions) {
    const outcome = await sendPush(vapid, subscription, payload, log);
    if (outcome === 'sent') pushed += 1;
    if (outcome === 'gone')
      await db.pushSubscription.deleteMany({ where: { endpoint: subscription.endpoint } });
  }
  return { stored: true, pushed };
}
