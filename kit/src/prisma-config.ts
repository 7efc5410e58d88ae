import { defineConfig } from 'prisma/config';
import { prismaPgAdapter } from './database.ts';
import { PRISMA_SCHEMA_DIR } from './registry.ts';

/**
 * The one prisma.config for every subgraph: the JS engine and the pg driver
 * adapter, so no engine binary is ever downloaded (without `engine: 'js'` the CLI fetches a
 * schema engine at first use, which fails offline). DATABASE_URL is
 * set by the kit when it migrates; the placeholder only serves `prisma generate`.
 */
export function definePrismaConfig() {
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    // A folder: the subgraph's schema.prisma and the fragments of its capabilities (`pnpm registry`).
    schema: PRISMA_SCHEMA_DIR,
    migrations: { path: 'prisma/migrations' },
    // A short idle timeout: otherwise the CLI lingers ~10 s on the open pool.
    adapter: async () =>
      prismaPgAdapter(process.env.DATABASE_URL ?? 'postgresql://localhost/placeholder', {
        max: 1,
        idleTimeoutMillis: 100,
      }),
  });
}
