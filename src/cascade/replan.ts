import { argumentError, checkOneOf, checkOptions } from '../argument-checks.js';
import type { Period } from '../calendar/period.js';
import type { Finding } from '../model/finding.js';
import { aggregationRules } from '../model/metric.js';
import type { TieBreak } from '../money/allocate.js';
import type { Decimal } from '../money/to-decimal.js';
import type { CascadeActual, CascadeActualJson } from './cascade-actual.js';
import type { Cascade } from './cascade-result.js';
import { acceptDecimal } from './internal/accept-arguments.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { makeCascade, sumUnits } from './internal/make-cascade.js';
import { matchActuals } from './internal/match-actuals.js';
import { replanFinding } from './internal/replan-findings.js';
import { applyCap, closeGap } from './internal/replan-policies.js';
import { stepPeriods } from './internal/step-periods.js';
import { fromUnits } from './internal/units.js';
import type { ReplanFindingCode } from './replan-finding.js';
import type { ReplanOptions, ReplanPolicy } from './replan-options.js';

/**
 * One remaining step of a {@link Replan}: its period and its target before and after.
 *
 * @example
 * ```ts
 * import { toDecimal, type ReplannedStep } from 'partner-alignment';
 * const step: ReplannedStep = { period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 2 }, before: toDecimal('10'), after: toDecimal('12') };
 * step.after.minus(step.before).toString() //=> '2'
 * ```
 * @category Cascade
 */
export interface ReplannedStep {
  /** The period of the step. */
  readonly period: Period;
  /** Its target in the original plan. */
  readonly before: Decimal;
  /** Its target in the new plan. */
  readonly after: Decimal;
}

/**
 * The result of {@link replan}: the new cascade (elapsed steps replaced by the actuals), how its
 * remaining steps changed, and everything that explains it.
 *
 * @example
 * ```ts
 * import type { Replan } from 'partner-alignment';
 * const findings: Replan['findings'] = [];
 * findings.length //=> 0
 * ```
 * @category Cascade
 */
export interface Replan {
  /** The policy applied. */
  readonly policy: ReplanPolicy;
  /** How many steps had actuals. */
  readonly elapsed: number;
  /** What the remaining steps had to make up: positive when the actuals fell behind the plan. */
  readonly gap: Decimal;
  /**
   * The new plan: actuals for the elapsed steps, new targets for the remaining ones. Its weights
   * are its own steps' amounts (see `Cascade.weights`), not the original plan's. When it misses
   * the objective's target (a finding says by how much), its `targetUnits` is what it reaches.
   */
  readonly cascade: Cascade;
  /** The remaining steps, before and after, in period order. */
  readonly remaining: ReadonlyArray<ReplannedStep>;
  /** Every way in which the new plan misses the target (`cap-unreachable`, `gap-accepted`); empty when it reaches it. */
  readonly findings: ReadonlyArray<Finding<ReplanFindingCode>>;
}

const OPTIONS = ['policy', 'cap', 'tieBreak'];
const POLICIES: ReadonlyArray<ReplanPolicy> = ['spread', 'keep-shape', 'carry-forward', 'reset'];
const TIE_BREAKS: ReadonlyArray<TieBreak> = ['largest-weight', 'earliest', 'latest'];

const safe = (value: bigint): boolean =>
  value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);

/**
 * New targets for the remaining periods of a cascade after actuals for the elapsed ones, by a
 * named policy, with an optional cap and findings when the target is out of reach.
 *
 * The remaining steps are read as amounts: a flow's amounts, or a stock's climbs from one
 * checkpoint to the next (starting from the last actual level), as the metric's aggregation rule
 * says. They must make up the remaining target (flows: target − Σ actuals; stocks: target − last
 * actual); the gap is that minus the original remaining amounts. `spread` adds the gap split
 * evenly; `keep-shape` splits the remaining target in proportion to the original amounts
 * (`spread` when they change sign); `carry-forward` adds the whole gap to the next period; `reset`
 * keeps the original remaining steps as they were. Splits round as the cascade does (its `method`
 * and tie-break). With `cap`, no remaining amount may rise above original + ⌊|original| × cap⌋;
 * what the cap cuts goes to the other steps in proportion to their room (or on to the next period
 * under `carry-forward`), and what finds no room is a `cap-unreachable` finding with the shortfall.
 * Actuals equal to the plan give the plan back, whatever the policy. Sums are exact at any size; a
 * plan whose steps would leave the safe integer range is refused.
 *
 * @param plan - the original cascade (as {@link cascade} returns it, or its JSON)
 * @param actuals - one actual for each of the first elapsed periods (any order), each a period of
 * the plan's calendar or its key; actuals of other objectives are skipped
 * @param options - policy, cap and tie-break; see {@link ReplanOptions}
 * @returns the new plan with its gap, its remaining steps before and after, and its findings
 * @throws {@link ValidationError} for arguments that are not what they say (paths start at `plan`,
 * `actuals` or `options`): an actual of another calendar (`calendar-mismatch`), finer than the
 * metric's precision, not for the first periods of the plan, or leaving none to replan; a cap below 0
 * @example
 * ```ts
 * import { cascade, replan, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * const next = replan(plan, [{ period: 'FY2027-Q1', value: '4' }], { policy: 'spread' });
 * [next.cascade.units, next.gap.toString()] //=> [[4, 12, 12, 12], '6']
 * next.remaining.map((step) => [step.before.toString(), step.after.toString()]) //=> [['10', '12'], ['10', '12'], ['10', '12']]
 * ```
 * @category Cascade
 */
export function replan(
  plan: Cascade,
  actuals: ReadonlyArray<CascadeActual | CascadeActualJson>,
  options?: ReplanOptions,
): Replan {
  const source = acceptCascade(plan, 'Cannot replan the cascade');
  const summary = `Cannot replan objective ${JSON.stringify(source.objective)}`;
  const option = checkOptions(options, OPTIONS, summary);
  const policy: ReplanPolicy =
    option['policy'] === undefined
      ? 'spread'
      : checkOneOf(option['policy'], POLICIES, summary, ['options', 'policy']);
  const tieBreak =
    option['tieBreak'] === undefined
      ? source.tieBreak
      : checkOneOf(option['tieBreak'], TIE_BREAKS, summary, ['options', 'tieBreak']);
  const cap = option['cap'] === undefined ? undefined : checkCap(option['cap'], summary);
  const periods = stepPeriods(source);
  const actual = matchActuals(source, periods, actuals, summary).units;
  const k = actual.length;
  const n = source.length;
  const amounts = aggregationRules[source.aggregation].step === 'amount';
  const levelBefore = (i: number): bigint =>
    BigInt(i === 0 ? source.baselineUnits : (source.units[i - 1] as number));
  const original: bigint[] = [];
  for (let i = k; i < n; i++) {
    const value = BigInt(source.units[i] as number);
    original.push(amounts ? value : value - levelBefore(i));
  }
  const start = amounts
    ? 0n
    : k === 0
      ? BigInt(source.baselineUnits)
      : BigInt(actual[k - 1] as number);
  let remaining = BigInt(source.targetUnits) - start;
  if (amounts) for (const value of actual) remaining -= BigInt(value);
  let originalTotal = 0n;
  for (const amount of original) originalTotal += amount;
  const gap = remaining - originalTotal;
  if (!safe(remaining) || !safe(gap) || !original.every(safe)) tooFar(summary, remaining);
  const old = original.map(Number);
  const findings: Finding<ReplanFindingCode>[] = [];
  const show = (units: number): string => fromUnits(units, source.precision).toFixed();
  let next: number[];
  if (policy === 'reset') {
    next = old;
    if (amounts && gap !== 0n) {
      findings.push(
        replanFinding('gap-accepted', source.objective, {
          target: show(source.targetUnits),
          shortfall: show(Number(gap)),
          gap: show(Number(gap)),
        }),
      );
    }
  } else {
    const rounding = { method: source.method, tieBreak };
    next = closeGap(policy, old, Number(gap), Number(remaining), rounding);
    if (cap !== undefined) {
      const unplanned = applyCap(policy, old, next, cap, rounding);
      if (unplanned !== 0) {
        findings.push(
          replanFinding('cap-unreachable', source.objective, {
            target: show(source.targetUnits),
            shortfall: show(unplanned),
            gap: show(Number(gap)),
            cap: cap.toString(),
          }),
        );
      }
    }
  }
  const units: number[] = [...actual];
  let level = Number(start);
  for (let i = 0; i < next.length; i++) {
    level += next[i] as number;
    // `reset` keeps a stock's original checkpoints, not its original climbs.
    units.push(
      amounts ? (next[i] as number) : policy === 'reset' ? (source.units[k + i] as number) : level,
    );
  }
  const weights = units.map((value, i) =>
    amounts ? value : value - (i === 0 ? source.baselineUnits : (units[i - 1] as number)),
  );
  // A plan that misses (a finding says by how much) has what it reaches as its target.
  const reached = amounts ? Number(sumUnits(units)) : (units[n - 1] as number);
  const cascadeAfter = makeCascade({ ...source, targetUnits: reached, units, weights }, summary, [
    'actuals',
  ]);
  return {
    policy,
    elapsed: k,
    gap: fromUnits(gap, source.precision),
    cascade: cascadeAfter,
    remaining: periods.slice(k).map(({ period }, i) => ({
      period,
      before: fromUnits(source.units[k + i] as number, source.precision),
      after: fromUnits(units[k + i] as number, source.precision),
    })),
    findings,
  };
}

function checkCap(value: unknown, summary: string): Decimal {
  const cap = acceptDecimal(value, summary, ['options', 'cap']);
  if (cap.isNegative()) {
    throw argumentError(
      summary,
      'too-small',
      ['options', 'cap'],
      'The cap must not be negative',
      cap.toString(),
      'a ratio of 0 or more, such as "0.25" for 25 %',
      { minimum: 0 },
    );
  }
  return cap;
}

function tooFar(summary: string, remaining: bigint): never {
  throw argumentError(
    summary,
    'too-big',
    ['actuals'],
    'The actuals leave a remainder too large to plan in whole units',
    `${remaining} units to plan`,
    `actuals within ${Number.MAX_SAFE_INTEGER} units of the target`,
    { maximum: Number.MAX_SAFE_INTEGER },
  );
}
