// Mutation testing with Stryker: the options every run shares. Run it through `npm run mutate`
// (scripts/mutate.mjs), which adds per module what to mutate (`mutate`), which tests may kill the
// mutants (`testFiles`) and where the module's state lives (`incrementalFile`), and runs the module
// in small batches so that an interrupted run loses at most one batch. See CONTRIBUTING.md,
// "Mutation testing", and quality/mutation/README.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Fixed seed, capped property runs, and a check that each mutant gets a fresh worker.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that covered its code in the initial run.
  coverageAnalysis: 'perTest',
  // Mutants that run only while a module loads (tables, schemas, constants) would need every test
  // of the module rerun in a fresh process each: too slow on this machine, so they are not tested.
  ignoreStatic: true,
  // Results are kept per module in quality/mutation/state/ and reused by the next run for every
  // mutant whose code and covering tests did not change.
  incremental: true,
  // The machine is shared: npm run mutate also lowers its own priority (nice 19).
  concurrency: 1,
  // A mutant that loops or recurses without end is stopped by Stryker's hit limit; one that runs
  // long without hitting its own code is stopped when it takes 2.5 times its tests' time plus 15 s
  // (generous, so that a busy machine does not turn slow runs into timeouts)...
  timeoutFactor: 2.5,
  timeoutMS: 15_000,
  // ...and one that grows an array without end dies at 1.5 GB of heap instead of taking the
  // machine's memory (the worker thread fails with ERR_WORKER_OUT_OF_MEMORY; the runner lives on).
  testRunnerNodeArgs: ['--max-old-space-size=1536'],
  reporters: ['progress'],
  // Nothing the tests need lives in these; copying them into each sandbox only costs time.
  ignorePatterns: ['dist', 'coverage', 'docs/api', 'reports', 'quality', 'bench/results', '*.tgz'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
