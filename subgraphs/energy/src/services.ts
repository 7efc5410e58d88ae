/**
 * The ingest service and live power of one running subgraph, built once at start
 * (the kit's `services` hook) and shared by the MQTT listener, the push routes and
 * the resolvers.
 */
import type { Logger, PubSub } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { IngestService } from './ingest.ts';
import { LivePower } from './live.ts';

export interface EnergyServices {
  ingest: IngestService;
  live: LivePower;
}

export function createEnergyServices(db: PrismaClient, pubsub: PubSub, log: Logger): EnergyServices {
  const live = new LivePower(pubsub);
  return { live, ingest: new IngestService(db, live, log) };
}
