import type { PubSub, SubgraphContext } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { TransitState } from './state.ts';

export type Context = SubgraphContext<PrismaClient, TransitState> & { pubsub: PubSub };
