/**
 * Topics of the participation subgraph's subscriptions, and their events. Events are written to
 * the transactional outbox (`outbox_event`) in the same transaction or statement as the change
 * they announce, and the kit's publisher drains them to the pubsub (in memory, Redis with
 * REDIS_URL): a committed change is always announced, a rolled-back one never.
 */
import {
  type Logger,
  OUTBOX_WAKES_LOCALLY_SQL,
  type OutboxDb,
  type OutboxPool,
  type OutboxPublisher,
  type OutboxSql,
  outboxWritten,
  type PubSub,
  startOutboxPublisher as startKitOutboxPublisher,
} from '@kaarst/kit';
import type { Prisma, PrismaClient, Proposal } from './generated/prisma/client.ts';

export const supportTopic = (proposalId: string) => `supports/${proposalId}`;
export const followerTopic = (accountId: string) => `followed-status/${accountId}`;

/**
 * The support statement's outbox row, as SQL over its `u` step (the updated proposal):
 * the count as that statement left it. It tells the outbox trigger not to NOTIFY
 * (OUTBOX_WAKES_LOCALLY_SQL): the resolver wakes this process's publisher after the commit
 * (`announce`), and a NOTIFY per support serialised the commits of every notifying transaction
 * on the server through their WAL flush (bench/RESULTS.md, issue 19, helper pg19).
 */
export const SUPPORT_OUTBOX_SQL = `INSERT INTO "outbox_event" ("topic", "payload")
  SELECT 'supports/' || u."id", jsonb_build_object('supportCountChanged', jsonb_build_object(
    'proposalId', u."id", 'supportCount', u."supportCount", 'thresholdReached', u."thresholdReachedAt" IS NOT NULL))
  FROM u WHERE ${OUTBOX_WAKES_LOCALLY_SQL}`;

/** The rows announcing a proposal's new status to each follower (written in the answer's transaction). */
export function statusOutboxRows(
  proposal: Proposal,
  followers: string[],
): Prisma.OutboxEventCreateManyInput[] {
  const plain = JSON.parse(JSON.stringify(proposal)) as Prisma.InputJsonObject;
  return followers.map((accountId) => ({
    topic: followerTopic(accountId),
    payload: {
      followedProposalStatusChanged: { proposal: plain, status: proposal.status, answer: proposal.answer },
    },
  }));
}

/** After a commit that wrote outbox rows: wakes this process's publisher at once. */
export const announce = () => outboxWritten();

/** The kit's publisher over this subgraph's outbox (each row is its own event). */
export function startOutboxPublisher(options: {
  db: PrismaClient;
  pubsub: PubSub;
  log: Logger;
  metrics?: Parameters<typeof startKitOutboxPublisher>[0]['metrics'];
  listenUrl?: string;
  /** The subgraph's pg pool: drains on it, without a Prisma transaction (kit/src/outbox.ts). */
  pool?: OutboxPool;
}): OutboxPublisher {
  return startKitOutboxPublisher<OutboxSql>({ ...options, db: options.db as unknown as OutboxDb<OutboxSql> });
}
