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

/**
 * Idempotent: a second run finds nothing. The account's id is kept as erased, so an event for it
 * handled later stores nothing; the per-account lock orders this against a delivery in flight.
 */
export function eraseNotifications(db: PrismaClient, accountId: string) {
  return db.$transaction(async (tx) => {
    await lockAccount(tx, accountId);
    await tx.inboxItem.deleteMany({ where: { accountId } });
    await tx.topicOptIn.deleteMany({ where: { accountId } });
    await tx.pushSubscription.deleteMany({ where: { accountId } });
    await tx.erasedAccount.createMany({ data: [{ accountId }], skipDuplicates: true });
  });
}

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Serialises erasure and delivery for one account until the transaction ends. */
export async function lockAccount(tx: Transaction, accountId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`notifications:${accountId}`}))`;
}
