import type { PrismaClient } from './generated/prisma/client.ts';
import { RealtimeDelays } from './realtime/delays.ts';
import { TimetableCache } from './timetable/cache.ts';

/**
 * What one running subgraph keeps in memory beside its database client: the
 * timetable and the realtime delays. The kit builds the resolvers' context
 * from the database client alone, so the state hangs off that client.
 */
export interface TransitState {
  timetable: TimetableCache;
  delays: RealtimeDelays;
}

const states = new WeakMap<PrismaClient, TransitState>();

export function transitState(db: PrismaClient): TransitState {
  let state = states.get(db);
  if (!state) {
    state = { timetable: new TimetableCache(db), delays: new RealtimeDelays() };
    states.set(db, state);
  }
  return state;
}
