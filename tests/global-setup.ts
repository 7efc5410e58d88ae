/**
 * Before any test file: the migrated template of every subgraph's embedded
 * database (kit/src/testing.ts), built once here rather than by the first
 * test files of every worker at the same time.
 */

import { listSubgraphs } from '@kaarst/kit/registry';
import { migratedTemplate } from '@kaarst/kit/testing';

export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  for (const subgraph of listSubgraphs()) await migratedTemplate(subgraph.name, subgraph.dir);
}
