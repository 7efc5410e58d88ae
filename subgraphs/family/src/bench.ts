/** What bench/family uses, beside the subgraph itself. */

export { releaseRun } from './allocation-confirm.ts';
export type { AgeGroup, AllocationChild, AllocationKita } from './domain/allocation.ts';
export { allocate, blockingPairs } from './domain/allocation.ts';
export type { PrismaClient } from './generated/prisma/client.ts';
export { familySubgraph } from './subgraph.ts';
