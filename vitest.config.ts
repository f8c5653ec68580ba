import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    pool: 'forks',
    // Most test time is waiting on CLI processes and the model load inside them, not on this process: two
    // files at a time on two cores finish the suite in about half the wall time of one at a time (vitest's
    // default on two cores).
    maxWorkers: 2,
  },
});
