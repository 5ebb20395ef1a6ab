/**
 * How many generated cases a property or a generated-data loop checks. Under mutation testing
 * (`npm run mutate`, whose vitest config `vitest.mutation.config.ts` sets `PROPERTY_RUNS_CAP`) every
 * count is capped, because each mutant reruns the tests that cover it: a 50,000-run property alone
 * took 1.6 s per mutant. Everywhere else the count is the one the test asks for.
 */
const cap = Number.parseInt(process.env['PROPERTY_RUNS_CAP'] ?? '', 10);

/**
 * The run count to use for a property that asks for `count` runs.
 *
 * @param count the runs the property checks in a normal test run
 * @returns `count`, or `PROPERTY_RUNS_CAP` when that is set and smaller
 */
export function runs(count: number): number {
  return Number.isSafeInteger(cap) && cap > 0 ? Math.min(count, cap) : count;
}
