/**
 * `pnpm registry`: writes what follows from the subgraph registry where a file cannot read it
 * itself (scripts/registry-outputs.ts), among them the subgraphs' copies of their capabilities'
 * Prisma fragments. `--check` fails when one of them is stale, missing or left over (`pnpm check`,
 * `npm test`). After it changed deploy/package.json, run `pnpm install`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hubRoot, listSubgraphs } from '@kaarst/kit/registry';
import { syncRegistryOutputs } from './registry-outputs.ts';

const ROOT = hubRoot(import.meta.dirname);
const check = process.argv.includes('--check');
const { stale, unexpected } = syncRegistryOutputs(ROOT, check);
if (check) {
  for (const file of stale)
    console.error(
      `${file} is ${existsSync(path.join(ROOT, file)) ? 'stale' : 'missing'}: run \`pnpm registry\` and commit it.`,
    );
  for (const file of unexpected)
    console.error(
      `${file} is left over (nothing in the registry calls for it): run \`pnpm registry\` and commit.`,
    );
  if (stale.length || unexpected.length) process.exit(1);
  console.log(`registry outputs up to date (${listSubgraphs(ROOT).length} subgraphs)`);
} else {
  for (const file of stale) console.log(`wrote ${file}`);
  for (const file of unexpected) console.log(`removed ${file}`);
  if (stale.includes('deploy/package.json')) console.log('deploy/package.json changed: run `pnpm install`.');
}
