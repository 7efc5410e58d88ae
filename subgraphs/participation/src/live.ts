/** Topics of the participation subgraph's subscriptions (mercurius' pubsub, Redis with REDIS_URL). */
import type { PubSub } from '@kaarst/kit';
import type { Proposal } from './generated/prisma/client.ts';

export const supportTopic = (proposalId: string) => `supports/${proposalId}`;
export const followerTopic = (accountId: string) => `followed-status/${accountId}`;

/** After the support was committed: its new count to everyone watching. */
export function publishSupportCount(pubsub: PubSub, proposal: Proposal) {
  pubsub.publish({
    topic: supportTopic(proposal.id),
    payload: {
      supportCountChanged: {
        proposalId: proposal.id,
        supportCount: proposal.supportCount,
        thresholdReached: proposal.thresholdReachedAt !== null,
      },
    },
  });
}

/** After the answer was committed: to each follower's own topic. */
export function publishStatus(pubsub: PubSub, proposal: Proposal, followers: string[]) {
  for (const accountId of followers)
    pubsub.publish({
      topic: followerTopic(accountId),
      payload: {
        followedProposalStatusChanged: { proposal, status: proposal.status, answer: proposal.answer },
      },
    });
}
