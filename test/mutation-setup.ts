/**
 * Setup of the unit tests under mutation testing (`vitest.mutation.config.ts`, used by
 * `npm run mutate`); never loaded by `npm test`.
 *
 * - Properties run with a fixed seed and fewer runs: @fast-check/vitest names each property test
 *   after its seed, and Stryker finds the tests that cover a mutant by name, so a random seed would
 *   make the covering tests of the initial run unknown in the mutant's run (and let it survive).
 *   Explicit run counts go through `runs()` in `test/property-runs.ts`, capped by the same variable.
 * - Stryker's vitest runner starts a fresh worker for each run (one run per mutant), which is what
 *   makes `isolate: false` sound here: a cache of `src/` filled while one mutant was active can
 *   never answer a test of another. The check below turns a run that reuses the worker of another
 *   mutant's run into an error, so a vitest upgrade that changes this cannot pass unnoticed.
 */
import fc from 'fast-check';
import { inject } from 'vitest';

const cap = Number.parseInt(process.env['PROPERTY_RUNS_CAP'] ?? '', 10);
fc.configureGlobal({ seed: 20_260_101, ...(cap > 0 ? { numRuns: cap } : {}) });

declare module 'vitest' {
  export interface ProvidedContext {
    /** The mutant Stryker activates in this run (provided by its runner; absent in a dry run). */
    activeMutant?: string;
  }
}

const worker = globalThis as { __mutationRunOf?: string };
const current = String(inject('activeMutant') ?? 'the initial run');
const previous = worker.__mutationRunOf;
worker.__mutationRunOf = current;
if (previous !== undefined && previous !== current) {
  // An unhandled rejection makes the run an error (Stryker reports the mutant as a runtime error,
  // left out of the score), where a failing test would count the mutant as killed.
  Promise.reject(
    new Error(
      `This worker ran ${previous} before mutant ${current}: vitest reused a worker across runs, so a cache of src/ filled under one mutant could answer another. Set isolate: true in vitest.mutation.config.ts.`,
    ),
  );
}
