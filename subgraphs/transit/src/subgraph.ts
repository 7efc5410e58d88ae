import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { erasePickupData } from './pickup.ts';
import { pollTripUpdates } from './realtime/trip-updates.ts';
import { resolvers } from './resolvers.ts';
import { seedTransit } from './seed.ts';
import { transitState } from './state.ts';

/** The transit subgraph: GTFS timetable, departures with realtime delays, journeys, wheelchair pickup requests. */
export const transitSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'transit',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedTransit,
  eraseAccount: (db, accountId) => erasePickupData(db, accountId),
  // Each replica reads the realtime feed itself: the delays live in its memory.
  background: ({ db, log }) => pollTripUpdates(transitState(db).delays, log),
};
