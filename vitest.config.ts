import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/integration/**/*.test.ts', 'test/boundaries.test.ts'],
          testTimeout: 20_000,
          // Building the demo site in a beforeAll takes a few seconds, more on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One server for the whole run (started by the global setup); each file launches its own
          // Chromium, and the files run one at a time so they do not compete for the two cores.
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
