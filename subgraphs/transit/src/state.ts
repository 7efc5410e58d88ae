import { configuredZones } from './fares/zone-map.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { RealtimeAlerts } from './realtime/alerts.ts';
import { RealtimeDelays } from './realtime/delays.ts';
import { RealtimeVehicles } from './realtime/vehicles.ts';
import { TimetableCache } from './timetable/cache.ts';

/**
 * What one running subgraph keeps in memory beside its database client: the
 * timetable and what the realtime feeds said last. The kit builds the resolvers' context
 * from the database client alone, so the state hangs off that client.
 */
export interface TransitState {
  timetable: TimetableCache;
  delays: RealtimeDelays;
  vehicles: RealtimeVehicles;
  alerts: RealtimeAlerts;
}

const states = new WeakMap<PrismaClient, TransitState>();

export function transitState(db: PrismaClient): TransitState {
  let state = states.get(db);
  if (!state) {
    state = {
      // Read (and checked) once: a broken zone map stops the start (the background work creates this first).
      timetable: new TimetableCache(db, configuredZones()),
      delays: new RealtimeDelays(),
      vehicles: new RealtimeVehicles(),
      alerts: new RealtimeAlerts(),
    };
    states.set(db, state);
  }
  return state;
}
