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
import { transitState } from './state.ts';

/**
 * The transit subgraph: GTFS timetable, departures with realtime delays, journeys, vehicle
 * positions and service alerts, fare zones, wheelchair pickup requests.
 */
export const transitSubgraph: SubgraphDefinition<PrismaClient> = {
  name: 'transit',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedTransit,
  eraseAccount: (db, accountId) => erasePickupData(db, accountId),
  // Each replica loads the timetable at start and reads the realtime feeds itself: all live in its memory.
  background: ({ db, log, pubsub }) => {
    // Reads TRANSIT_FARE_ZONES_PATH: a broken zone map stops the start here, with the reason.
    const state = transitState(db);
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
  health: (db) => ({
    timetable: async () => {
      if (!transitState(db).timetable.ready) throw new Error('the timetable is still loading');
    },
  }),
};
