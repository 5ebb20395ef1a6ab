import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import type { Period } from '../calendar/period.js';
import { ValidationError, type ValidationIssueInput } from '../errors.js';
import type { TieBreak } from '../money/allocate.js';
import { allocateUnits } from '../money/internal/allocate-units.js';
import { type Decimal, type DecimalInput, toDecimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade.js';
import { stepPeriods } from './internal/step-periods.js';
import { fromUnits, toUnits } from './internal/units.js';

/**
 * How {@link replan} closes the gap between the plan and the actuals:
 * - `'spread'`: the gap evenly over the remaining periods;
 * - `'keep-shape'`: the remaining total in proportion to the original remaining steps;
 * - `'carry-forward'`: the whole gap into the next period;
 * - `'reset'`: keep the original remaining steps and accept the miss.
 *
 * @example
 * ```ts
 * import type { ReplanPolicy } from 'partner-alignment';
 * const policy: ReplanPolicy = 'keep-shape';
 * policy //=> 'keep-shape'
 * ```
 * @category Cascade
 */
export type ReplanPolicy = 'spread' | 'keep-shape' | 'carry-forward' | 'reset';

/**
 * A recorded value of the cascade's metric for one elapsed period: the amount in the period for a
 * flow, the level at its end for a stock. A parsed `Actual` is one.
 *
 * @example
 * ```ts
 * import { toDecimal, type CascadeActual } from 'partner-alignment';
 * const actual: CascadeActual = { period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 }, value: toDecimal('4') };
 * actual.value.toString() //=> '4'
 * ```
 * @category Cascade
 */
export interface CascadeActual {
  /** The elapsed period. */
  readonly period: Period;
  /** The value recorded, with at most the metric's precision. */
  readonly value: Decimal;
}

/**
 * Options of {@link replan}.
 *
 * @example
 * ```ts
 * import type { ReplanOptions } from 'partner-alignment';
 * const options: ReplanOptions = { policy: 'spread', cap: '0.25' };
 * options.policy //=> 'spread'
 * ```
 * @category Cascade
 */
export interface ReplanOptions {
  /** How to close the gap; default `'spread'`. */
  readonly policy?: ReplanPolicy | undefined;
  /**
   * How far any remaining step may rise above its original value, as a ratio: a step may become at
   * most original + |original| × cap (`'0.25'` = 25 % more). Default: no cap.
   */
  readonly cap?: DecimalInput | undefined;
  /** Tie-break of the re-rounding; default the cascade's. */
  readonly tieBreak?: TieBreak | undefined;
}

/**
 * A warning of {@link replan}: the plan no longer reaches the objective's target, and by how much.
 * `CAP_UNREACHABLE`: the cap leaves no room for the whole gap. `GAP_ACCEPTED`: the `reset` policy
 * keeps the original remaining steps of a flow, so its total falls short (or over) by the gap.
 *
 * @example
 * ```ts
 * import { toDecimal, type ReplanWarning } from 'partner-alignment';
 * const warning: ReplanWarning = { code: 'CAP_UNREACHABLE', shortfall: toDecimal('12'), message: 'The cap leaves 12 of the gap unplanned' };
 * warning.code //=> 'CAP_UNREACHABLE'
 * ```
 * @category Cascade
 */
export interface ReplanWarning {
  /** What happened. */
  readonly code: 'CAP_UNREACHABLE' | 'GAP_ACCEPTED';
  /** How much of the target the new plan misses (negative when it overshoots). */
  readonly shortfall: Decimal;
  /** The same, as a sentence. */
  readonly message: string;
}

/**
 * The result of {@link replan}: the new cascade (elapsed steps replaced by the actuals) and
 * everything that explains it.
 *
 * @example
 * ```ts
 * import type { Replan } from 'partner-alignment';
 * const warnings: Replan['warnings'] = [];
 * warnings.length //=> 0
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
  /** The new plan: actuals for the elapsed steps, new targets for the remaining ones. Weights are the original plan's. */
  readonly cascade: Cascade;
  /** Every way in which the new plan misses the target; empty when it still reaches it. */
  readonly warnings: ReadonlyArray<ReplanWarning>;
}

function split(total: number, weights: ReadonlyArray<number>, tieBreak: TieBreak): number[] {
  if (total === 0) return weights.map(() => 0);
  return Array.from(allocateUnits(total, weights, tieBreak));
}

/**
 * New targets for the remaining periods of a cascade after actuals for the elapsed ones, by a
 * named policy, with an optional cap and structured warnings when the target is out of reach.
 *
 * The remaining steps are read as amounts: a flow's amounts, or a stock's climbs from one
 * checkpoint to the next (starting from the last actual level). They must make up the remaining
 * target (flows: target − Σ actuals; stocks: target − last actual); the gap is that minus the
 * original remaining amounts. `spread` adds the gap split evenly by largest remainder;
 * `keep-shape` splits the remaining target in proportion to the original amounts (`spread` when
 * they change sign); `carry-forward` adds the whole gap to the next period; `reset` keeps the
 * original remaining steps as they were. With `cap`, no remaining amount may rise above
 * original + |original| × cap (floored to units); what the cap cuts goes to the other steps in
 * proportion to their room (or on to the next period under `carry-forward`), and what finds no room
 * is reported as a `CAP_UNREACHABLE` warning with the shortfall. Actuals equal to the plan give the
 * plan back, whatever the policy.
 *
 * @param plan - the original cascade
 * @param actuals - one actual for each of the first elapsed periods (any order)
 * @param options - policy, cap and tie-break; see {@link ReplanOptions}
 * @returns the new plan with its gap and warnings
 * @throws {@link ValidationError} when the actuals are not exactly the first periods of the cascade, leave none remaining, or the cap is negative
 * @throws {@link PrecisionError} when an actual has more decimals than the metric's precision
 * @example
 * ```ts
 * import { cascade, replan, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('40'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * const q1 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 } as const;
 * const next = replan(plan, [{ period: q1, value: toDecimal('4') }], { policy: 'spread' });
 * [Array.from(next.cascade.units), next.gap.toString()] //=> [[4, 12, 12, 12], '6']
 * ```
 * @category Cascade
 */
export function replan(
  plan: Cascade,
  actuals: ReadonlyArray<CascadeActual>,
  options: ReplanOptions = {},
): Replan {
  const policy = options.policy ?? 'spread';
  const tieBreak = options.tieBreak ?? plan.tieBreak;
  const n = plan.length;
  const flow = plan.aggregation === 'sum';
  const byKey = new Map<string, Decimal>();
  for (const actual of actuals) byKey.set(formatPeriodKey(actual.period), actual.value);
  const k = byKey.size;
  const periods = stepPeriods(plan);
  const issues: ValidationIssueInput[] = periods.slice(0, k).flatMap((span, i) =>
    byKey.has(formatPeriodKey(span.period))
      ? []
      : [
          {
            code: 'invalid-argument' as const,
            path: ['actuals', i],
            message: `No actual for the elapsed period ${formatPeriodKey(span.period)}`,
            received: `actuals for ${[...byKey.keys()].join(', ')}`,
            expected: `one actual for each of the first ${k} periods of the cascade`,
          },
        ],
  );
  if (k >= n || k !== actuals.length) {
    issues.push({
      code: k !== actuals.length ? 'duplicate-entry' : 'invalid-argument',
      path: ['actuals'],
      message:
        k !== actuals.length ? 'Two actuals name the same period' : 'No period remains to replan',
      received: `${actuals.length} actuals`,
      expected: `distinct actuals for fewer than the ${n} periods of the cascade`,
    });
  }
  if (issues.length > 0) throw new ValidationError(`Cannot replan ${plan.objective}`, issues);
  const actualUnits = periods
    .slice(0, k)
    .map((span) =>
      toUnits(byKey.get(formatPeriodKey(span.period)) as Decimal, plan.precision, 'Actual'),
    );
  // Amounts of the original plan, and the start of the remaining path.
  const amounts: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = plan.units[i] as number;
    amounts.push(
      flow ? value : value - (i === 0 ? plan.baselineUnits : (plan.units[i - 1] as number)),
    );
  }
  const original = amounts.slice(k);
  const start = flow ? 0 : k === 0 ? plan.baselineUnits : (actualUnits[k - 1] as number);
  const remaining = flow
    ? plan.targetUnits - actualUnits.reduce((a, b) => a + b, 0)
    : plan.targetUnits - start;
  const originalTotal = original.reduce((a, b) => a + b, 0);
  const gap = remaining - originalTotal;
  const warnings: ReplanWarning[] = [];
  let next: number[];
  if (policy === 'reset') {
    next = original;
    if (flow && gap !== 0) {
      const shortfall = fromUnits(gap, plan.precision);
      warnings.push({
        code: 'GAP_ACCEPTED',
        shortfall,
        message: `The original remaining steps are kept, so the plan misses the target by ${shortfall.toFixed(plan.precision)}`,
      });
    }
  } else {
    next = adjust(policy, original, gap, remaining, tieBreak);
    if (options.cap !== undefined) {
      const cap = toDecimal(options.cap);
      if (cap.isNegative()) {
        throw new ValidationError(`Cannot replan ${plan.objective}`, [
          {
            code: 'too-small',
            path: ['cap'],
            message: 'The cap must not be negative',
            received: cap.toString(),
            expected: 'a ratio of 0 or more, such as "0.25" for 25 %',
          },
        ]);
      }
      const unplanned = applyCap(policy, original, next, cap, tieBreak);
      if (unplanned !== 0) {
        const shortfall = fromUnits(unplanned, plan.precision);
        warnings.push({
          code: 'CAP_UNREACHABLE',
          shortfall,
          message: `The cap lets no remaining step rise enough: the plan misses the target by ${shortfall.toFixed(plan.precision)}`,
        });
      }
    }
  }
  const units: number[] = [...actualUnits];
  let level = start;
  for (let i = 0; i < next.length; i++) {
    const amount = next[i] as number;
    level += amount;
    // `reset` keeps a stock's original checkpoints, not its original climbs.
    units.push(flow ? amount : policy === 'reset' ? (plan.units[k + i] as number) : level);
  }
  return {
    policy,
    elapsed: k,
    gap: fromUnits(gap, plan.precision),
    cascade: { ...plan, units },
    warnings,
  };
}

function adjust(
  policy: Exclude<ReplanPolicy, 'reset'>,
  original: number[],
  gap: number,
  remaining: number,
  tieBreak: TieBreak,
): number[] {
  const m = original.length;
  if (policy === 'carry-forward') {
    return original.map((amount, i) => (i === 0 ? amount + gap : amount));
  }
  if (policy === 'keep-shape') {
    const positive = original.every((a) => a >= 0);
    const negative = original.every((a) => a <= 0);
    if ((positive || negative) && original.some((a) => a !== 0) && remaining >= 0 === positive) {
      return split(remaining, original.map(Math.abs), tieBreak);
    }
  }
  const extra = split(gap, new Array(m).fill(1), tieBreak);
  return original.map((amount, i) => amount + (extra[i] as number));
}

/** Caps every step of `next` in place; returns the units that found no room. */
function applyCap(
  policy: ReplanPolicy,
  original: number[],
  next: number[],
  cap: Decimal,
  tieBreak: TieBreak,
): number {
  const limit = original.map((amount) => amount + cap.times(Math.abs(amount)).floor().toNumber());
  if (policy === 'carry-forward') {
    let carry = 0;
    for (let i = 0; i < next.length; i++) {
      const wanted = (next[i] as number) + carry;
      const bound = limit[i] as number;
      next[i] = Math.min(wanted, Math.max(bound, original[i] as number));
      carry = wanted - (next[i] as number);
    }
    return carry;
  }
  let excess = 0;
  for (let i = 0; i < next.length; i++) {
    const bound = limit[i] as number;
    if ((next[i] as number) > bound) {
      excess += (next[i] as number) - bound;
      next[i] = bound;
    }
  }
  if (excess === 0) return 0;
  const room = next.map((value, i) => (limit[i] as number) - value);
  const totalRoom = room.reduce((a, b) => a + b, 0);
  if (totalRoom === 0) return excess;
  const placed = Math.min(excess, totalRoom);
  const parts = split(placed, room, tieBreak);
  for (let i = 0; i < next.length; i++) next[i] = (next[i] as number) + (parts[i] as number);
  return excess - placed;
}
