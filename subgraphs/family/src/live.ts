/** Status changes of a family's applications, over the subgraph's pubsub (Redis with REDIS_URL). */
import type { PubSub } from '@kaarst/kit';
import type { Wish } from './generated/prisma/client.ts';

export const familyTopic = (familyId: string) => `FAMILY_APPLICATIONS_${familyId}`;

export interface Changed {
  familyId: string;
  wish: Wish;
}

const PUBLISH_CHUNK = 500;

export async function publishChanges(pubsub: PubSub | undefined, changes: Changed[]): Promise<void> {
  if (!pubsub) return;
  // In chunks rather than one by one: an allocation run changes thousands of wishes, and each
  // publish to Redis waits for its answer. One connection sends them in order.
  for (let i = 0; i < changes.length; i += PUBLISH_CHUNK)
    await Promise.all(
      changes
        .slice(i, i + PUBLISH_CHUNK)
        .map(({ familyId, wish }) =>
          pubsub.publish({ topic: familyTopic(familyId), payload: { myKitaApplicationChanged: wish } }),
        ),
    );
}
