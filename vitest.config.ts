import { defineConfig } from 'vitest/config';

// Unit and component tests: pure core in Node, browser layers against DOMs built in tests.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
