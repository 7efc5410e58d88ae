import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  generateHubKeys,
  type HubKeys,
  type NotificationEvent,
  type NotificationEventLog,
  openNotificationEventLog,
  type RunningSubgraph,
  type Viewer,
} from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest, testDatabase } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { NotificationServices } from '../src/context.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { eraseNotifications } from '../src/privacy.ts';
import { backoffMs, MAX_ATTEMPTS, sendDuePushes } from '../src/retry.ts';
import { notificationsSubgraph } from '../src/subgraph.ts';
import { type PushEndpoint, startPushEndpoint } from './push-endpoint.ts';

const SUBSCRIBE = 'mutation ($input: PushSubscriptionInput!) { subscribePush(input: $input) }';
const TOPIC =
  'mutation ($topic: NotificationTopic!, $on: Boolean!) { setNotificationTopic(topic: $topic, enabled: $on) }';
const INBOX = '{ myNotifications { id title } }';

const notification = (accountId: string, title: string): NotificationEvent => ({
  id: randomUUID(),
  type: 'notification',
  accountId,
  topic: 'queue-called-next',
  title,
  body: 'Rathaus Büttgen: Sie sind als Nächstes dran.',
  url: '/#/wartemarke/K7QM-3XTA',
  at: new Date().toISOString(),
});

describe('notifications: a failed push is tried again, from the database', () => {
  let keys: HubKeys;
  let database: ReturnType<typeof testDatabase>;
  let eventsDir: string;
  let stream: string;
  let subgraph: RunningSubgraph<PrismaClient, NotificationServices>;
  let events: NotificationEventLog;
  let phone: PushEndpoint;
  const vapid = webpush.generateVAPIDKeys();
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };

  /** Starts the subgraph on the test's database (again after a restart: same tables, same log). */
  const start = () =>
    startTestSubgraph(notificationsSubgraph, {
      keys,
      accountEvents: { dir: eventsDir, stream, pollMs: 100 },
      ...(database.databaseUrl
        ? { databaseUrl: database.databaseUrl }
        : { embeddedDir: database.embeddedDir }),
    });
  const ask = (viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
    subgraphRequest<Record<string, unknown>>(subgraph.url, keys, viewer, query, variables);
  const pending = () => subgraph.db.pushDelivery.findMany();

  beforeAll(async () => {
    process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
    process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
    process.env.VAPID_SUBJECT = 'mailto:hub-test@example.org';
    process.env.WEB_PUSH_ALLOW_LOOPBACK_HTTP = '1';
    // Retries are looked for every 200 ms here (15 s in the hub).
    process.env.PUSH_RETRY_INTERVAL_MS = '200';
    keys = await generateHubKeys();
    database = testDatabase('notifications');
    eventsDir = mkdtempSync(path.join(tmpdir(), 'kaarst-push-retry-'));
    stream = `kaarst-test:${path.basename(eventsDir)}`;
    events = openNotificationEventLog({
      dir: path.join(eventsDir, 'notifications'),
      stream: `${stream}:notifications`,
    });
    phone = await startPushEndpoint();
    subgraph = await start();
    expect((await ask(anna, SUBSCRIBE, { input: phone.subscription })).errors).toBeUndefined();
    expect((await ask(anna, TOPIC, { topic: 'QUEUE_CALLED_NEXT', on: true })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await subgraph?.close();
    await events?.close();
    await phone?.close();
    await database?.dispose();
    rmSync(eventsDir, { recursive: true, force: true });
    delete process.env.PUSH_RETRY_INTERVAL_MS;
  });

  it('answers 503 with Retry-After, then 201: the inbox entry is there at once, the push after the wait, also across a restart', async () => {
    phone.answerNext({ status: 503, headers: { 'Retry-After': '3' } });
    const event = notification(anna.id, 'Ihre Wartemarke W-002 wird gleich aufgerufen');
    await events.append(event);
    const refused = await phone.next();
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.text)).toMatchObject({ id: event.id, title: event.title });
    // The inbox has it regardless; the retry is in the database, with what went wrong.
    await expect
      .poll(async () => ((await ask(anna, INBOX)).data?.myNotifications as unknown[] | undefined)?.length)
      .toBe(1);
    // (The endpoint has answered; the hub writes down the answer a moment later.)
    await expect.poll(async () => (await pending())[0]?.lastError).toBe('HTTP 503');
    const [row] = await pending();
    expect(row).toMatchObject({ inboxItemId: event.id, attempts: 1, lastError: 'HTTP 503' });
    // Not before the push service's Retry-After (3 s) nor the first backoff (30 s): the later.
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(refused.at + 29_000);

    // The hub restarts: nothing in memory survives, the row does. Moved up to be due in 3 s.
    await subgraph.close();
    subgraph = await start();
    await subgraph.db.pushDelivery.updateMany({ data: { nextAttemptAt: new Date(refused.at + 3_000) } });
    const delivered = await phone.next(20_000);
    expect(delivered.status).toBe(201);
    expect(delivered.at - refused.at).toBeGreaterThanOrEqual(3_000);
    expect(JSON.parse(delivered.text)).toMatchObject({ id: event.id, topic: 'queue-called-next' });
    await expect.poll(async () => (await pending()).length).toBe(0);
    expect(phone.received).toEqual([]); // twice it was not
  });

  it('backs off (30 s doubling, Retry-After if longer), stops after MAX_ATTEMPTS, and gives up at once on other refusals', async () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(1, 600_000)).toBe(600_000);
    expect(backoffMs(20)).toBe(3_600_000);

    // The background loop works at the real time; these tries are "later", where only this test looks.
    phone.answer(500);
    const event = notification(anna.id, 'Wartemarke W-003: bitte zu Schalter 1');
    await events.append(event);
    expect((await phone.next()).status).toBe(500);
    await expect.poll(async () => (await pending())[0]?.lastError).toBe('HTTP 500');
    expect((await pending())[0]?.attempts).toBe(1);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const [row] = await pending();
      const at = row?.nextAttemptAt as Date;
      // Not due a moment before.
      expect(
        await sendDuePushes(subgraph.db, subgraph.services.vapid, subgraph.log, new Date(at.getTime() - 1)),
      ).toEqual({
        sent: 0,
        retrying: 0,
        dropped: 0,
      });
      const result = await sendDuePushes(subgraph.db, subgraph.services.vapid, subgraph.log, at);
      expect((await phone.next()).status).toBe(500);
      if (attempt < MAX_ATTEMPTS) {
        expect(result).toEqual({ sent: 0, retrying: 1, dropped: 0 });
        const [next] = await pending();
        expect(next?.attempts).toBe(attempt);
        expect(next?.nextAttemptAt.getTime()).toBe(at.getTime() + backoffMs(attempt));
      } else expect(result).toEqual({ sent: 0, retrying: 0, dropped: 1 });
    }
    expect(await pending()).toEqual([]);
    expect(await subgraph.db.inboxItem.count({ where: { id: event.id } })).toBe(1);

    // 400: the push service will never take it.
    phone.answer(400);
    await events.append(notification(anna.id, 'Wartemarke W-004: bitte zu Schalter 1'));
    expect((await phone.next()).status).toBe(400);
    await expect.poll(async () => subgraph.db.inboxItem.count({ where: { accountId: anna.id } })).toBe(3);
    // Not rescheduled: the row goes once the hub has read the answer.
    await expect.poll(async () => (await pending()).length).toBe(0);
    phone.answer(201);
  });

  it('erasure takes the pending retry and the account’s entries in the notification log with it', async () => {
    phone.answerNext({ status: 429, headers: { 'Retry-After': '600' } });
    await events.append(notification(anna.id, 'Ihre Wartemarke W-005 wird gleich aufgerufen'));
    expect((await phone.next()).status).toBe(429);
    await expect.poll(async () => (await pending())[0]?.lastError).toBe('HTTP 429');
    const [row] = await pending();
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(Date.now() + 590_000);
    const ben = randomUUID();
    await events.append(notification(ben, 'Ihre Wartemarke W-006 wird gleich aufgerufen'));
    const accountsInLog = async () => [...new Set((await events.stored()).map((e) => e.accountId))].sort();
    expect(await accountsInLog()).toEqual([anna.id, ben].sort());

    await subgraph.eraseAccount(anna.id); // what the account event makes every subgraph do
    expect(await pending()).toEqual([]);
    expect(await accountsInLog()).toEqual([ben]);
    // A late event for the erased account is dropped and leaves the log as well.
    await events.append(notification(anna.id, 'Wartemarke W-005: bitte zu Schalter 1'));
    await expect.poll(accountsInLog, { timeout: 15_000 }).toEqual([ben]);
    expect(await subgraph.db.inboxItem.count({ where: { accountId: anna.id } })).toBe(0);
    await eraseNotifications(subgraph.db, anna.id); // again: idempotent
    expect(await accountsInLog()).toEqual([ben]);
  });
});
