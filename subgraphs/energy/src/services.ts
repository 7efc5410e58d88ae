/**
 * The ingest service, live power and the `pg` pool of the series reads of one running subgraph, built once at start
 * (the kit's `services` hook) and shared by the MQTT listener, the push routes and
 * the resolvers.
 */
import type { Logger, PubSub } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { IngestService } from './ingest.ts';
import { LivePower } from './live.ts';
import type { RawPool } from './store/binary.ts';

export interface EnergyServices {
  ingest: IngestService;
  live: LivePower;
  /** The adapter's own pool, for the binary read of long series (store/binary.ts). */
  pool: RawPool;
}

export function createEnergyServices(
  db: PrismaClient,
  pool: RawPool,
  pubsub: PubSub,
  log: Logger,
): EnergyServices {
  const live = new LivePower(pubsub);
  return { live, pool, ingest: new IngestService(db, live, log) };
}
