import { configuredZones } from './fares/zone-map.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { RealtimeAlerts } from './realtime/alerts.ts';
import { RealtimeDelays } from './realtime/delays.ts';
import { RealtimeVehicles } from './realtime/vehicles.ts';
import { TimetableCache } from './timetable/cache.ts';

/**
 * What one running subgraph keeps in memory beside its database client: the
 * timetable and what the realtime feeds said last. Built once at start as the
 * subgraph's services (the kit's `services` hook) and reached as `services` in
 * the resolvers' context.
 */
export interface TransitState {
  timetable: TimetableCache;
  delays: RealtimeDelays;
  vehicles: RealtimeVehicles;
  alerts: RealtimeAlerts;
}

export function createTransitState(db: PrismaClient): TransitState {
  return {
    // Read (and checked) here: a broken zone map (TRANSIT_FARE_ZONES_PATH) stops the start with the reason.
    timetable: new TimetableCache(db, configuredZones()),
    delays: new RealtimeDelays(),
    vehicles: new RealtimeVehicles(),
    alerts: new RealtimeAlerts(),
  };
}
