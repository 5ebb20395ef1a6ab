import { defineConfig } from 'vitest/config';

/**
 * The command-line tests: they run the built bin (`dist/cli.js`) as a child process, so they run
 * after `npm run build` (`npm run test:cli`, a step of `npm test`), not with the unit tests.
 */
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts'],
    testTimeout: 60_000,
    // Each test starts Node processes of its own; two files at a time keep a shared machine usable.
    maxWorkers: 2,
  },
});
