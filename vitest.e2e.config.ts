import { defineConfig } from 'vitest/config';

/**
 * The end-to-end checks, run after the build by `npm test` (`npm run test:browser`,
 * `npm run test:notebook`): the HTML review in headless Chromium, and the example notebook
 * executed by Jupyter with tslab. They need Debian's `chromium` and Jupyter, which `.ci/run`
 * installs; without them they are skipped outside CI and fail in CI.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    exclude: ['test/.generated/**', 'node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
