import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // e2e suites start a web host and Chromium; keep files in separate workers but not too many at once on 2 cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
