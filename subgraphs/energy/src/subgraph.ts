import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@kaarst/kit';
import { PrismaClient } from './generated/prisma/client.ts';
import { startIngestSources } from './ingest-sources.ts';
import { eraseEnergyData } from './privacy.ts';
import { registerPushRoutes } from './push-routes.ts';
import { resolvers } from './resolvers.ts';
import { seedEnergy } from './seed.ts';
import { createEnergyServices, type EnergyServices } from './services.ts';

/** The energy subgraph: smart meters, consent, ingest (MQTT, HTTP push, CSV), costs, appliances, live power. */
export const energySubgraph: SubgraphDefinition<PrismaClient, EnergyServices> = {
  name: 'energy',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient, EnergyServices>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  services: ({ db, pool, pubsub, log }) => createEnergyServices(db, pool, pubsub, log),
  seed: seedEnergy,
  routes: (app, { db, log, services }) => registerPushRoutes(app, { db, log, ingest: services.ingest }),
  background: ({ log, services }) => startIngestSources(services, log),
  eraseAccount: (db, accountId) => eraseEnergyData(db, accountId),
};
