import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser per file (launched in beforeAll), files one after another,
// each in its own process. Timeouts are generous but bounded; tests wait on conditions, not sleeps.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
