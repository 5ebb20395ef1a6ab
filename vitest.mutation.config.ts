import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The unit tests as `npm run mutate` runs them under Stryker (scripts/mutate.mjs picks the test
 * files of the module it mutates). Same tests and the same shared module graph (`isolate: false`),
 * which is sound here because Stryker's runner starts a fresh worker for every mutant
 * (test/mutation-setup.ts checks it); property tests run with a fixed seed and at most
 * `PROPERTY_RUNS_CAP` cases each (test/property-runs.ts).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { PROPERTY_RUNS_CAP: '25' },
      setupFiles: ['test/mutation-setup.ts'],
      coverage: { enabled: false },
    },
  }),
);
