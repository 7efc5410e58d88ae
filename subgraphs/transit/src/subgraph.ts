import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { erasePickupData } from './pickup.ts';
import { pollServiceAlerts } from './realtime/alerts.ts';
import { tickDepartures } from './realtime/departures-live.ts';
import { pollTripUpdates } from './realtime/trip-updates.ts';
import { pollVehiclePositions } from './realtime/vehicles.ts';
import { resolvers } from './resolvers.ts';
import { seedTransit } from './seed.ts';
import { createTransitState, type TransitState } from './state.ts';

/**
 * The transit subgraph: GTFS timetable, departures with realtime delays, journeys, vehicle
 * positions and service alerts, fare zones, wheelchair pickup requests.
 */
export const transitSubgraph: SubgraphDefinition<PrismaClient, TransitState> = {
  name: 'transit',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient, TransitState>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  services: ({ db }) => createTransitState(db),
  seed: seedTransit,
  eraseAccount: (db, accountId) => erasePickupData(db, accountId),
  // Each replica loads the timetable at start and reads the realtime feeds itself: all live in its memory.
  background: ({ log, pubsub, services: state }) => {
    const tasks = [
      state.timetable.start(log),
      pollTripUpdates(state.delays, pubsub, log),
      tickDepartures(pubsub, log),
      pollVehiclePositions(state.vehicles, pubsub, log),
      pollServiceAlerts(state.alerts, pubsub, log),
    ];
    return { stop: async () => void (await Promise.all(tasks.map((task) => task.stop()))) };
  },
  // Not ready (503 on /health/ready) until the timetable is in memory: queries would wait for it.
  health: (_db, state) => ({
    timetable: async () => {
      if (!state.timetable.ready) throw new Error('the timetable is still loading');
    },
  }),
};
