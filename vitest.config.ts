// Vitest: unit (pure code), integration (real server + socket.io-client), e2e (real Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // TEST_STORE=postgres: one PostgreSQL cluster for every project, unless TEST_DATABASE_URL names one already.
    globalSetup: ['test/support/pg-global-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
