import { randomUUID } from 'node:crypto';
import {
  generateHubKeys,
  type HubKeys,
  type NotificationEvent,
  type NotificationEventLog,
  type RunningSubgraph,
  type Viewer,
} from '@kaarst/kit';
import { startTestSubgraphWithNotifications, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { NotificationServices } from '../src/context.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { eraseNotifications, exportNotificationsData } from '../src/privacy.ts';
import { notificationsSubgraph } from '../src/subgraph.ts';
import { type PushEndpoint, startPushEndpoint } from './push-endpoint.ts';

const ANNA: Viewer = { id: randomUUID(), roles: ['citizen'] };
const OTHER: Viewer = { id: randomUUID(), roles: ['citizen'] };
const INBOX = '{ myNotifications { id topic title body url readAt } }';
const SUBSCRIBE = 'mutation ($input: PushSubscriptionInput!) { subscribePush(input: $input) }';
const TOPIC =
  'mutation ($topic: NotificationTopic!, $on: Boolean!) { setNotificationTopic(topic: $topic, enabled: $on) }';
const READ = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }';

const notification = (
  accountId: string,
  topic: NotificationEvent['topic'],
  title: string,
): NotificationEvent => ({
  id: randomUUID(),
  type: 'notification',
  accountId,
  topic,
  title,
  body: 'Der Status Ihres Anliegens hat sich geändert.',
  url: '/#/anliegen',
  at: new Date().toISOString(),
});

describe('notifications subgraph', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, NotificationServices>;
  let events: NotificationEventLog;
  let phone: PushEndpoint;
  let close: () => Promise<void>;
  const vapid = webpush.generateVAPIDKeys();
  const ask = (viewer: Viewer | null, query: string, variables?: Record<string, unknown>) =>
    subgraphRequest<Record<string, unknown>>(subgraph.url, keys, viewer, query, variables);
  const codes = async (viewer: Viewer | null, query: string, variables?: Record<string, unknown>) =>
    (await ask(viewer, query, variables)).errors?.map((e) => e.extensions?.code);
  const inbox = async (viewer: Viewer) =>
    (await ask(viewer, INBOX)).data?.myNotifications as Array<{
      id: string;
      title: string;
      readAt: string | null;
    }>;
  const waitForInbox = async (viewer: Viewer, length: number) => {
    await expect.poll(async () => (await inbox(viewer)).length, { timeout: 15_000 }).toBe(length);
    return inbox(viewer);
  };

  beforeAll(async () => {
    process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
    process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
    process.env.VAPID_SUBJECT = 'mailto:hub-test@example.org';
    process.env.WEB_PUSH_ALLOW_LOOPBACK_HTTP = '1';
    keys = await generateHubKeys();
    phone = await startPushEndpoint();
    ({
      subgraph,
      notifications: events,
      close,
    } = await startTestSubgraphWithNotifications(notificationsSubgraph, { keys }));
  });
  afterAll(async () => {
    await close?.();
    await phone?.close();
  });

  it('answers its VAPID public key to anyone (an uncompressed P-256 point)', async () => {
    const answer = await ask(null, '{ webPushPublicKey }');
    expect(answer.data?.webPushPublicKey).toBe(vapid.publicKey);
    expect(Buffer.from(vapid.publicKey, 'base64url')).toHaveLength(65);
  });

  it('refuses strangers and bad subscriptions with stable codes, storing nothing', async () => {
    expect(await codes(null, INBOX)).toEqual(['UNAUTHENTICATED']);
    expect(await codes(null, SUBSCRIBE, { input: phone.subscription })).toEqual(['UNAUTHENTICATED']);
    const bad = [
      { ...phone.subscription, endpoint: 'http://push.example.org/x' }, // http to elsewhere
      { ...phone.subscription, endpoint: 'ftp://127.0.0.1/x' },
      { ...phone.subscription, endpoint: 'not a url' },
      { ...phone.subscription, keys: { ...phone.subscription.keys, p256dh: 'AAAA' } },
      { ...phone.subscription, keys: { ...phone.subscription.keys, auth: 'AAAA' } },
    ];
    for (const input of bad) expect(await codes(ANNA, SUBSCRIBE, { input })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(ANNA, '{ myNotifications(first: 0) { id } }')).toEqual(['BAD_USER_INPUT']);
    expect(await subgraph.db.pushSubscription.count()).toBe(0);
  });

  it('pushes a notification of an opted-in topic, encrypted for the browser and signed with VAPID, once', async () => {
    expect((await ask(ANNA, SUBSCRIBE, { input: phone.subscription })).data?.subscribePush).toBe(true);
    expect((await ask(ANNA, SUBSCRIBE, { input: phone.subscription })).data?.subscribePush).toBe(true); // idempotent
    const topics = await ask(ANNA, TOPIC, { topic: 'REQUEST_STATUS', on: true });
    expect(topics.data?.setNotificationTopic).toEqual(['REQUEST_STATUS']);

    const event = notification(ANNA.id, 'request-status', 'Anliegen KA-2026-000001: erledigt');
    await events.append(event);
    const push = await phone.next();
    expect(JSON.parse(push.text)).toEqual({
      id: event.id,
      topic: 'request-status',
      title: 'Anliegen KA-2026-000001: erledigt',
      body: event.body,
      url: '/#/anliegen',
    });
    expect(push.vapid.publicKey).toBe(vapid.publicKey);
    expect(push.vapid.claims).toMatchObject({
      aud: new URL(phone.subscription.endpoint).origin,
      sub: 'mailto:hub-test@example.org',
    });
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const [item] = await waitForInbox(ANNA, 1);
    expect(item).toMatchObject({ id: event.id, title: event.title, readAt: null });

    // The log hands it over again (a crash before the acknowledgement): stored once, pushed once.
    await events.append(event);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await inbox(ANNA)).toHaveLength(1);
    expect(phone.received).toHaveLength(0);
  });

  it('keeps a notification of a topic not switched on in the inbox only', async () => {
    const event = notification(ANNA.id, 'pass-decision', 'Kaarst-Pass: bewilligt');
    await events.append(event);
    const items = await waitForInbox(ANNA, 2);
    expect(items[0]?.id).toBe(event.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(phone.received).toHaveLength(0);
  });

  it('marks read only the own entries (NOT_FOUND for anyone else)', async () => {
    const [item] = await inbox(ANNA);
    expect(await codes(OTHER, READ, { id: item?.id })).toEqual(['NOT_FOUND']);
    expect(await codes(OTHER, READ, { id: 'nope' })).toEqual(['NOT_FOUND']);
    const read = await ask(ANNA, READ, { id: item?.id });
    expect(read.data?.markNotificationRead).toMatchObject({ id: item?.id, readAt: expect.any(String) });
    expect(await inbox(OTHER)).toEqual([]);
  });

  it('forgets a subscription the push service reports gone (410)', async () => {
    phone.answer(410);
    await events.append(notification(ANNA.id, 'request-status', 'Anliegen KA-2026-000001: abgelehnt'));
    await expect.poll(() => subgraph.db.pushSubscription.count(), { timeout: 15_000 }).toBe(0);
    phone.answer(201);
  });

  it('exports and erases what it holds about a person, and keeps nothing of a late event for it', async () => {
    await ask(ANNA, SUBSCRIBE, { input: phone.subscription });
    const exported = await exportNotificationsData(subgraph.db, ANNA.id);
    expect(exported.inbox).toHaveLength(3);
    expect(exported.pushTopics.map((t) => t.topic)).toEqual(['REQUEST_STATUS']);
    expect(exported.pushSubscriptions).toEqual([
      { endpoint: phone.subscription.endpoint, createdAt: expect.any(Date) },
    ]);
    await eraseNotifications(subgraph.db, ANNA.id);
    await eraseNotifications(subgraph.db, ANNA.id); // idempotent
    expect(await exportNotificationsData(subgraph.db, ANNA.id)).toEqual({
      inbox: [],
      pushTopics: [],
      pushSubscriptions: [],
    });
    // A late event for the erased account stores nothing; another person's event behind it in
    // the log shows that it was handled.
    const othersBefore = (await inbox(OTHER)).length;
    await events.append(notification(ANNA.id, 'request-status', 'Anliegen KA-2026-000009: erledigt'));
    await events.append(notification(OTHER.id, 'request-status', 'Anliegen KA-2026-000010: erledigt'));
    await waitForInbox(OTHER, othersBefore + 1);
    expect(await subgraph.db.inboxItem.count({ where: { accountId: ANNA.id } })).toBe(0);
  });
});
