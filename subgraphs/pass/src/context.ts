import type { SubgraphContext } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { PassSigningKey } from './signing-key.ts';

/** What the pass subgraph builds once at start (see subgraph.ts). */
export interface PassServices {
  signingKey: PassSigningKey;
}

export type Context = SubgraphContext<PrismaClient, PassServices>;
