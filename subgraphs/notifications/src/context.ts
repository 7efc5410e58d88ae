import type { SubgraphContext } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { VapidKeys } from './vapid.ts';

export interface NotificationServices {
  vapid: VapidKeys;
}

export type Context = SubgraphContext<PrismaClient, NotificationServices>;
