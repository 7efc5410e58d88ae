import type { SubgraphContext } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

export type Context = SubgraphContext<PrismaClient>;
