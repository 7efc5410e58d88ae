import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql-js for our code and for the CommonJS libraries (mercurius,
    // Apollo, graphql-ws): Vite would otherwise load graphql's ESM build beside
    // their CommonJS one, and instanceof checks across the two fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: [
      'kit/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'subgraphs/*/test/**/*.test.ts',
      'clients/pass-verify/test/**/*.test.ts',
      'clients/developers/test/**/*.test.ts',
      'clients/staff/test/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    globalSetup: ['tests/global-setup.ts'],
    // Test subgraphs keep attachments in the temp folder, not in the workspace's data/.
    env: { ATTACHMENTS_DIR: path.join(tmpdir(), 'kaarst-test-attachments') },
    // Every test talks to real databases and servers: allow for a slow CI machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
