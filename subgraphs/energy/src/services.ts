/**
 * The ingest service and live power of one running subgraph, made once per
 * database client and shared by the MQTT listener, the push routes and the
 * resolvers (all three see the same client and pubsub).
 */
import type { Logger, PubSub } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { IngestService } from './ingest.ts';
import { LivePower } from './live.ts';

interface EnergyServices {
  ingest: IngestService;
  live: LivePower;
}

const services = new WeakMap<PrismaClient, EnergyServices>();

export function energyServices(db: PrismaClient, pubsub: PubSub, log: Logger): EnergyServices {
  let found = services.get(db);
  if (!found) {
    const live = new LivePower(pubsub);
    found = { live, ingest: new IngestService(db, live, log) };
    services.set(db, found);
  }
  return found;
}
