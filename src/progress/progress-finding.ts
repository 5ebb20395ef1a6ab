import type { Finding } from '../model/finding.js';

/**
 * What progress can find worth saying about an objective, as stable codes:
 *
 * | code | severity | what it says |
 * | --- | --- | --- |
 * | `actuals-missing` | warning | completed periods of the plan have no actual (missing data; for a flow there is then no pace) |
 * | `actual-granularity-mismatch` | warning | a flow's actual is for a period of another granularity than the plan's steps, so it was not counted |
 * | `actual-outside-plan` | info | a flow's actual is for a period that is not a step of the plan, so it was not counted |
 * | `actual-duplicate` | info | two actuals for the same period: the later in the list counts |
 * | `plan-without-steps` | warning (flow) / info | the plan has no steps: a flow expects nothing, a level moves in a straight line |
 * | `no-actual-yet` | info | nothing recorded yet that pace could read |
 * | `nothing-expected-to-date` | info | the plan expected nothing (no movement) to date, so there is no pace |
 * | `planned-level-zero` | info | a maintained level planned at zero: no pace |
 * | `target-zero` | info | the objective's target is zero: no attainment |
 * | `target-equals-baseline` | info | a level's target equals its baseline: no baseline-relative progress |
 * | `attainment-at-horizon-end` | info | a `decrease` or `maintain` flow's total is judged when the horizon ends |
 * | `behind-straight-line-only` | info | on pace against the plan's own shape, behind a straight line to the target |
 *
 * @example
 * ```ts
 * import type { ProgressFindingCode } from 'partner-alignment';
 * const code: ProgressFindingCode = 'actuals-missing';
 * code //=> 'actuals-missing'
 * ```
 * @category Progress
 */
export type ProgressFindingCode =
  | 'actuals-missing'
  | 'actual-granularity-mismatch'
  | 'actual-outside-plan'
  | 'actual-duplicate'
  | 'plan-without-steps'
  | 'no-actual-yet'
  | 'nothing-expected-to-date'
  | 'planned-level-zero'
  | 'target-zero'
  | 'target-equals-baseline'
  | 'attainment-at-horizon-end'
  | 'behind-straight-line-only';

/**
 * A finding of progress: the library's one `Finding` type with a {@link ProgressFindingCode}. Its
 * subjects are the objective and, where it is about them, periods (by key) or actuals; its
 * evidence carries the numbers as exact decimal strings with the paths they come from (the
 * partnership document's, such as `['actuals', 12, 'value']`, or the argument's, such as
 * `['plan', 'steps', 3]`).
 *
 * @example
 * ```ts
 * import type { ProgressFinding } from 'partner-alignment';
 * const finding: ProgressFinding = {
 *   code: 'actuals-missing',
 *   severity: 'warning',
 *   subjects: [{ kind: 'objective', id: 'new-deals' }, { kind: 'period', id: 'FY2027-Q1' }],
 *   evidence: [{ label: 'Period without an actual', value: 'FY2027-Q1', path: ['goals', 0, 'period'] }],
 *   params: { objective: 'new-deals', periods: 'FY2027-Q1', count: 1 },
 *   message: 'No pace: actuals are missing for FY2027-Q1.',
 * };
 * finding.severity //=> 'warning'
 * ```
 * @category Progress
 */
export type ProgressFinding = Finding<ProgressFindingCode>;
