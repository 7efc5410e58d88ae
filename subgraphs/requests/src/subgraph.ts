import { fileURLToPath } from 'node:url';
import { publishOutbox, type SubgraphDefinition } from '@kaarst/kit';
import { type FileStore, storeFromEnv } from './attachments/store.ts';
import { registerAttachmentRoutes } from './attachments/uploads.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { registerOpen311Routes } from './open311.ts';
import { eraseRequests } from './privacy.ts';
import { resolvers } from './resolvers.ts';
import { seedRequests } from './seed.ts';

/** What the requests subgraph builds once at start. */
export interface RequestsServices {
  /** Where attachments' bytes live (S3 or a folder, from the environment). */
  attachments: FileStore;
}

/** The requests subgraph: citizens' requests (Anliegen), the staff workbench, Open311 GeoReport v2. */
export const requestsSubgraph: SubgraphDefinition<PrismaClient, RequestsServices> = {
  name: 'requests',
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PrismaClient, RequestsServices>['resolvers'],
  createDb: (adapter) => new PrismaClient({ adapter }),
  seed: seedRequests,
  services: () => ({ attachments: storeFromEnv() }),
  routes: async (app, services) => {
    await registerOpen311Routes(app, services);
    await registerAttachmentRoutes(app, { ...services, store: services.services.attachments });
  },
  eraseAccount: (db, accountId, _log, { attachments }) => eraseRequests(db, accountId, attachments),
  // Live events leave through the outbox: rows written with each change, payload { id };
  // notifications (a status change) go from there to the durable notification log.
  background: publishOutbox,
};
