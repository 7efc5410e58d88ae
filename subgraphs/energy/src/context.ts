import type { PubSub, SubgraphContext } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { EnergyServices } from './services.ts';

export type Context = SubgraphContext<PrismaClient, EnergyServices> & { pubsub: PubSub };
