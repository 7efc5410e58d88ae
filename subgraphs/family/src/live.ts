/** Status changes of a family's applications, over the subgraph's pubsub (Redis with REDIS_URL). */
import type { PubSub } from '@kaarst/kit';
import type { Wish } from './generated/prisma/client.ts';

export const familyTopic = (familyId: string) => `FAMILY_APPLICATIONS_${familyId}`;

export interface Changed {
  familyId: string;
  wish: Wish;
}

export async function publishChanges(pubsub: PubSub | undefined, changes: Changed[]): Promise<void> {
  if (!pubsub) return;
  for (const { familyId, wish } of changes)
    await pubsub.publish({ topic: familyTopic(familyId), payload: { myKitaApplicationChanged: wish } });
}
