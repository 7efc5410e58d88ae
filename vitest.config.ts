import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'kit/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'subgraphs/*/test/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    // Every test talks to real databases and servers: allow for a slow CI machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
