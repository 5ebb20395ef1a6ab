/**
 * How many generated cases a property or a generated-data loop checks. Under mutation testing
 * (`npm run mutate`, whose vitest config `vitest.mutation.config.ts` sets `PROPERTY_RUNS_CAP`) the
 * counts are cut, because each mutant reruns the tests that cover it: a 50,000-run property alone
 * took 1.6 s per mutant. Everywhere else the count is the one the test asks for.
 */
const cap = Number.parseInt(process.env['PROPERTY_RUNS_CAP'] ?? '', 10);
const underMutation = Number.isSafeInteger(cap) && cap > 0;

/**
 * The run count to use for a property that asks for `count` runs.
 *
 * @param count the runs the property checks in a normal test run
 * @param mutationCount the runs it checks under mutation testing, for a property cheap enough to
 *   keep more than the cap (such as the exact-reference checks of the allocation core, whose
 *   inputs full of near-ties are what tell its fast path from a wrong one)
 * @returns `count`; under mutation testing `mutationCount` if given, else at most the cap
 */
export function runs(count: number, mutationCount?: number): number {
  if (!underMutation) return count;
  return Math.min(count, mutationCount ?? cap);
}
