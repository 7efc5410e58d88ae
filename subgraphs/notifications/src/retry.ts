/**
 * Sending the push messages of push_delivery, and trying a failed one again: 429, 5xx and
 * network errors are retried with exponential backoff (at least as long as the push
 * service's Retry-After says), at most MAX_ATTEMPTS times and only while the message is
 * younger than its TTL (a day); the state is in the database, so a restart loses no retry.
 * A subscription reported gone (404/410) is removed with its pending messages; any other
 * refusal is final. The inbox entry is there whatever becomes of its push.
 */
import { type BackgroundTask, env, type Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { sendPush, TTL_SECONDS } from './push.ts';
import type { VapidKeys } from './vapid.ts';

/** The first try and five retries (about 30 s, 1, 2, 4 and 8 minutes later without Retry-After). */
export const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** Rows claimed at once; each send takes at most 10 s (push.ts). */
const BATCH = 10;
/** A claimed row is left alone this long (longer than a batch's sends); a crashed sender's rows are then taken again. */
const CLAIM_MS = 2 * 60_000;

/** The wait after the `attempts`-th failed try: 30 s doubling, at most an hour, never below Retry-After. */
export function backoffMs(attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(exponential, retryAfterMs ?? 0);
}

interface Claimed {
  inboxItemId: string;
  endpoint: string;
  attempts: number;
}

/** Takes due rows (optionally of one inbox entry) for this sender, counting the try. */
function claimDue(db: PrismaClient, now: Date, inboxItemId: string | null) {
  return db.$queryRaw<Claimed[]>`
    UPDATE push_delivery SET attempts = attempts + 1, "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_MS)}
     WHERE ("inboxItemId", endpoint) IN (
       SELECT "inboxItemId", endpoint FROM push_delivery
        WHERE "nextAttemptAt" <= ${now}
          AND (${inboxItemId}::uuid IS NULL OR "inboxItemId" = ${inboxItemId}::uuid)
        ORDER BY "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "inboxItemId", endpoint, attempts`;
}

export interface SendResult {
  sent: number;
  retrying: number;
  dropped: number;
}

/** Sends what is due at `now` (only `inboxItemId`'s when given); resolves with what became of it. */
export async function sendDuePushes(
  db: PrismaClient,
  vapid: VapidKeys,
  log: Logger,
  now = new Date(),
  inboxItemId: string | null = null,
): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, dropped: 0 };
  for (;;) {
    const claimed = await claimDue(db, now, inboxItemId);
    for (const row of claimed) await sendOne(db, vapid, log, now, row, result);
    if (claimed.length < BATCH) return result;
  }
}

async function sendOne(
  db: PrismaClient,
  vapid: VapidKeys,
  log: Logger,
  now: Date,
  row: Claimed,
  result: SendResult,
): Promise<void> {
  const key = { inboxItemId_endpoint: { inboxItemId: row.inboxItemId, endpoint: row.endpoint } };
  const delivery = await db.pushDelivery.findUnique({
    where: key,
    include: { inboxItem: true, subscription: true },
  });
  if (!delivery) return; // erased or unsubscribed meanwhile
  const { inboxItem: item, subscription } = delivery;
  const drop = async (reason: string) => {
    await db.pushDelivery.deleteMany({ where: { inboxItemId: row.inboxItemId, endpoint: row.endpoint } });
    log.warn({ inboxItemId: item.id, attempts: row.attempts, reason }, 'push given up');
    result.dropped += 1;
  };
  // The browser was signed in to by someone else since: not theirs to see.
  if (subscription.accountId !== item.accountId) {
    await drop('subscription taken over by another account');
    return;
  }
  const ttlSeconds = TTL_SECONDS - (now.getTime() - item.createdAt.getTime()) / 1000;
  if (ttlSeconds <= 0) {
    await drop('older than its TTL');
    return;
  }
  const payload = {
    id: item.id,
    topic: item.topic.toLowerCase().replaceAll('_', '-'),
    title: item.title,
    body: item.body,
    url: item.url,
  };
  const sent = await sendPush(vapid, subscription, payload, log, { ttlSeconds, now });
  if (sent.outcome === 'sent') {
    await db.pushDelivery.deleteMany({ where: { inboxItemId: row.inboxItemId, endpoint: row.endpoint } });
    result.sent += 1;
  } else if (sent.outcome === 'gone') {
    // Its pending messages go with it (ON DELETE CASCADE).
    await db.pushSubscription.deleteMany({ where: { endpoint: row.endpoint } });
    result.dropped += 1;
  } else if (sent.outcome === 'failed' || row.attempts >= MAX_ATTEMPTS) {
    await drop(sent.error);
  } else {
    const wait = backoffMs(row.attempts, sent.retryAfterMs);
    if (wait >= ttlSeconds * 1000) {
      await drop(`${sent.error}; the next try would be after its TTL`);
      return;
    }
    await db.pushDelivery.updateMany({
      where: { inboxItemId: row.inboxItemId, endpoint: row.endpoint },
      data: { nextAttemptAt: new Date(now.getTime() + wait), lastError: sent.error },
    });
    result.retrying += 1;
  }
}

/** Looks for due retries every PUSH_RETRY_INTERVAL_MS (default 15 s). */
export function startPushRetries(db: PrismaClient, vapid: VapidKeys, log: Logger): BackgroundTask {
  const everyMs = Number(env('PUSH_RETRY_INTERVAL_MS') ?? 15_000);
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const { sent, retrying, dropped } = await sendDuePushes(db, vapid, log);
        if (sent + retrying + dropped > 0) log.info({ sent, retrying, dropped }, 'push retries');
      } catch (err) {
        log.warn({ err }, 'push retries failed; tried again at the next tick');
      }
    });
  };
  const timer = setInterval(tick, everyMs > 0 ? everyMs : 15_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
