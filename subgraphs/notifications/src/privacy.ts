/** Data protection: the inbox, topics and subscriptions in the export, and all of them gone on erasure. */
import type { PrismaClient } from './generated/prisma/client.ts';

export async function exportNotificationsData(db: PrismaClient, accountId: string) {
  const [inbox, topics, subscriptions] = await Promise.all([
    db.inboxItem.findMany({
      where: { accountId },
      orderBy: { createdAt: 'asc' },
      select: { topic: true, title: true, body: true, url: true, createdAt: true, readAt: true },
    }),
    db.topicOptIn.findMany({ where: { accountId }, select: { topic: true, createdAt: true } }),
    // The endpoint names the browser at its vendor's push service; the keys are secrets of the browser.
    db.pushSubscription.findMany({ where: { accountId }, select: { endpoint: true, createdAt: true } }),
  ]);
  return { inbox, pushTopics: topics, pushSubscriptions: subscriptions };
}

/** Idempotent: a second run finds nothing. */
export function eraseNotifications(db: PrismaClient, accountId: string) {
  return db.$transaction([
    db.inboxItem.deleteMany({ where: { accountId } }),
    db.topicOptIn.deleteMany({ where: { accountId } }),
    db.pushSubscription.deleteMany({ where: { accountId } }),
  ]);
}
