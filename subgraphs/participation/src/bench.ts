/** What bench/participation uses, beside the subgraph itself. */
export type { PrismaClient } from './generated/prisma/client.ts';
export { participationSubgraph } from './subgraph.ts';
