/** The signed-in person's inbox, push subscriptions and topic choices. */
import { badInput, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import type { PrismaClient, Topic } from './generated/prisma/client.ts';
import { checkEndpoint, checkKeys } from './push.ts';

const MAX_FIRST = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function myNotifications(db: PrismaClient, viewer: Viewer | null, first: number) {
  const { id } = requireViewer(viewer);
  if (first < 1 || first > MAX_FIRST) throw badInput(`first must be from 1 to ${MAX_FIRST}.`, 'first');
  return db.inboxItem.findMany({
    where: { accountId: id },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: first,
  });
}

export async function markRead(db: PrismaClient, viewer: Viewer | null, id: string) {
  const { id: accountId } = requireViewer(viewer);
  // Someone else's entry and a malformed id answer alike: NOT_FOUND.
  if (!UUID.test(id)) throw notFound('The notification');
  await db.inboxItem.updateMany({ where: { id, accountId, readAt: null }, data: { readAt: new Date() } });
  const item = await db.inboxItem.findFirst({ where: { id, accountId } });
  if (!item) throw notFound('The notification');
  return item;
}

export async function myTopics(db: PrismaClient, viewer: Viewer | null): Promise<Topic[]> {
  const { id } = requireViewer(viewer);
  const rows = await db.topicOptIn.findMany({ where: { accountId: id }, orderBy: { topic: 'asc' } });
  return rows.map((row) => row.topic);
}

export async function setTopic(db: PrismaClient, viewer: Viewer | null, topic: Topic, enabled: boolean) {
  const { id } = requireViewer(viewer);
  if (enabled) await db.topicOptIn.createMany({ data: [{ accountId: id, topic }], skipDuplicates: true });
  else await db.topicOptIn.deleteMany({ where: { accountId: id, topic } });
  return myTopics(db, viewer);
}

export async function subscribe(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { endpoint: string; keys: { p256dh: string; auth: string } },
) {
  const { id } = requireViewer(viewer);
  const endpoint = checkEndpoint(input.endpoint);
  checkKeys(input.keys);
  const keys = { p256dh: input.keys.p256dh, auth: input.keys.auth };
  // One upsert: a browser that someone else signed in on before now carries this person's messages only.
  await db.pushSubscription.upsert({
    where: { endpoint },
    create: { endpoint, accountId: id, ...keys },
    update: { accountId: id, ...keys },
  });
  return true;
}

export async function unsubscribe(db: PrismaClient, viewer: Viewer | null, endpoint: string) {
  const { id } = requireViewer(viewer);
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, accountId: id } });
  return count > 0;
}
