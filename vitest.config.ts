import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // A browser or a CLI answers within a second when the machine is idle, not always under load:
    // expect.poll waits up to 5 s (it returns as soon as the condition holds).
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 120_000,
    // e2e suites start a web host and Chromium; keep files in separate workers but not too many at once on 2 cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
