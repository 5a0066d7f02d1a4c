import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'server', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        // Browser flows share the machine's two cores with a server: one file at a time.
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], maxWorkers: 1, testTimeout: 60_000 },
      },
    ],
  },
});
