import { argumentError, checkOneOf, checkOptions } from '../argument-checks.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import type { Period } from '../calendar/period.js';
import { acceptValue } from '../model/accept.js';
import { Horizon } from '../model/horizon.js';
import { MarketOpportunity, type MarketOpportunityJson } from '../model/opportunity.js';
import { multiply, sumMoney } from '../money/arithmetic.js';
import { ZERO } from '../money/decimal-arithmetic.js';
import type { Money } from '../money/money.js';
import { roundMoney } from '../money/round-money.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import { acceptCalendar } from './internal/accept-arguments.js';
import { periodGrid } from './internal/period-grid.js';

/** What {@link captureTarget} reads of a market opportunity, with the document's rules. */
const CaptureOpportunitySchema = MarketOpportunity.pick({
  yearlySize: true,
  sizeYear: true,
  growthRate: true,
  currentShare: true,
  targetShare: true,
});
const SUMMARY = 'Cannot compute the capture target';
const SHAPES = ['linear', 'geometric', 's-curve'] as const;

/**
 * What {@link captureTarget} needs of a market opportunity: its yearly size in money, the calendar
 * year that size refers to (1900 to 2200), its yearly growth (above -1), and the share held today
 * (default 0) and aimed at, by the rules of a document. A parsed `MarketOpportunity` is one.
 *
 * @example
 * ```ts
 * import { money, toDecimal, type CaptureOpportunity } from 'partner-alignment';
 * const opportunity: CaptureOpportunity = { yearlySize: money('180000000.00', 'USD'), sizeYear: 2026, growthRate: toDecimal('0.09'), currentShare: toDecimal('0.011'), targetShare: toDecimal('0.024') };
 * opportunity.sizeYear //=> 2026
 * ```
 * @category Cascade
 */
export type CaptureOpportunity = Pick<
  MarketOpportunity,
  'yearlySize' | 'sizeYear' | 'growthRate' | 'currentShare' | 'targetShare'
>;
/**
 * A {@link CaptureOpportunity} as written in JSON: money as `{ amount, currency }` and decimal
 * strings.
 *
 * @example
 * ```ts
 * import type { CaptureOpportunityJson } from 'partner-alignment';
 * const json: CaptureOpportunityJson = { yearlySize: { amount: '180000000.00', currency: 'USD' }, sizeYear: 2026, growthRate: '0.09', targetShare: '0.024' };
 * json.sizeYear //=> 2026
 * ```
 * @category Cascade
 */
export type CaptureOpportunityJson = Pick<
  MarketOpportunityJson,
  'yearlySize' | 'sizeYear' | 'growthRate' | 'currentShare' | 'targetShare'
>;

/**
 * Options of {@link captureTarget}.
 *
 * @example
 * ```ts
 * import type { CaptureTargetOptions } from 'partner-alignment';
 * const options: CaptureTargetOptions = { shape: 's-curve' };
 * options.shape //=> 's-curve'
 * ```
 * @category Cascade
 */
export interface CaptureTargetOptions {
  /**
   * How the share ramps from today's to the target: `'linear'` (the default), `'geometric'`
   * (a constant yearly ratio; needs a current share above 0) or `'s-curve'` (logistic, midpoint
   * halfway, steepness 8).
   */
  readonly shape?: 'linear' | 'geometric' | 's-curve' | undefined;
}

/**
 * One fiscal year of a {@link CaptureTarget}.
 *
 * @example
 * ```ts
 * import { money, toDecimal, type CaptureYear } from 'partner-alignment';
 * const year: CaptureYear = { period: { calendar: 'calendar', granularity: 'year', year: 2027, index: 1 }, days: 365, size: money('100', 'USD'), share: toDecimal('0.1'), revenue: money('10.00', 'USD') };
 * year.revenue.amount //=> '10'
 * ```
 * @category Cascade
 */
export interface CaptureYear {
  /** The fiscal year. */
  readonly period: Period;
  /** Days of the fiscal year inside the horizon. */
  readonly days: number;
  /** The opportunity's size in that year. */
  readonly size: Money;
  /** The share to capture in that year, rounded to 10 decimal places for display. */
  readonly share: Decimal;
  /** size × share × covered share of the year, rounded to minor units (half-even). */
  readonly revenue: Money;
}

/**
 * The result of {@link captureTarget}: the yearly revenue targets and their total.
 *
 * @example
 * ```ts
 * import { money, type CaptureTarget } from 'partner-alignment';
 * const result: CaptureTarget = { years: [], total: money('0', 'USD') };
 * result.years.length //=> 0
 * ```
 * @category Cascade
 */
export interface CaptureTarget {
  /** One entry per fiscal year of the horizon. */
  readonly years: ReadonlyArray<CaptureYear>;
  /** The sum of the yearly revenues: a flow objective's target over the horizon. */
  readonly total: Money;
}

/**
 * The yearly revenue targets implied by capturing a share of a growing market opportunity:
 * in fiscal year y (named as the calendar names it) the size is
 * yearlySize·(1 + growthRate)^(y − sizeYear) and the share ramps from the current share (or 0) to
 * the target share, reached in the horizon's last year: share = s₀ + (s₁ − s₀)·f(u) with u the
 * share of the horizon elapsed at the year's end and f(u) = u (linear), the normalised logistic
 * (s-curve), or share = s₀·(s₁/s₀)^u (geometric). Revenue = size × share × the covered share of
 * the year's days, rounded to minor units (from the unrounded share: the `share` shown is rounded
 * to 10 decimal places). The total is a flow objective's target for
 * {@link cascade}.
 *
 * @param opportunity - the opportunity (a parsed `MarketOpportunity` will do, or its JSON)
 * @param horizon - the days over which to capture it
 * @param calendar - the fiscal calendar of the partnership
 * @param options - the ramp; see {@link CaptureTargetOptions}
 * @returns the yearly targets and their total
 * @throws {@link ValidationError} for arguments that are not what they say (paths start at
 * `opportunity`, `horizon`, `calendar` or `options`), and for a geometric ramp from a current share of 0
 * @example
 * ```ts
 * import { captureTarget, calendarYear } from 'partner-alignment';
 * const result = captureTarget(
 *   { yearlySize: { amount: '1000000.00', currency: 'USD' }, sizeYear: 2027, growthRate: '0.1', targetShare: '0.02' },
 *   { start: '2027-01-01', end: '2028-12-31' },
 *   calendarYear,
 * );
 * result.years.map((year) => [year.size.amount, year.share.toString(), year.revenue.amount])
 * //=> [['1000000', '0.01', '10000'], ['1100000', '0.02', '22000']]
 * result.total.amount //=> '32000'
 * ```
 * @category Cascade
 */
export function captureTarget(
  opportunity: CaptureOpportunity | CaptureOpportunityJson,
  horizon: Horizon,
  calendar: FiscalCalendar,
  options?: CaptureTargetOptions,
): CaptureTarget {
  const given = acceptValue(CaptureOpportunitySchema, opportunity, SUMMARY, ['opportunity']);
  const span = acceptValue(Horizon, horizon, SUMMARY, ['horizon']);
  const fiscal = acceptCalendar(calendar, SUMMARY);
  const option = checkOptions(options, ['shape'], SUMMARY);
  const shape =
    option['shape'] === undefined
      ? 'linear'
      : checkOneOf(option['shape'], SHAPES, SUMMARY, ['options', 'shape']);
  const from = given.currentShare ?? ZERO;
  const to = given.targetShare;
  if (shape === 'geometric' && !from.gt(0)) {
    throw argumentError(
      SUMMARY,
      'invalid-argument',
      ['opportunity', 'currentShare'],
      'A geometric ramp needs a current share above 0',
      from.toString(),
      "a current share above 0, or the 'linear' or 's-curve' shape",
    );
  }
  const grid = periodGrid(fiscal, span, 'year');
  let elapsed = 0;
  for (const c of grid.coverage) elapsed += c;
  const logistic = (u: number) => 1 / (1 + Math.exp(-8 * (u - 0.5)));
  const years: CaptureYear[] = [];
  let t = 0;
  for (let i = 0; i < grid.count; i++) {
    const coverage = grid.coverage[i] as number;
    t += coverage;
    const days = grid.covered[i] as number;
    const yearDays = (grid.bounds[i + 1] as number) - (grid.bounds[i] as number);
    const u = toDecimal(String(t)).div(toDecimal(String(elapsed)));
    const last = i === grid.count - 1;
    let share: Decimal;
    if (last) share = to;
    else if (shape === 'linear') share = from.plus(to.minus(from).times(u));
    else if (shape === 'geometric') share = from.times(to.div(from).pow(u));
    else {
      const f = (logistic(u.toNumber()) - logistic(0)) / (logistic(1) - logistic(0));
      share = from.plus(to.minus(from).times(toDecimal(String(f))));
    }
    const year = grid.firstYear + i;
    const size = multiply(given.yearlySize, given.growthRate.plus(1).pow(year - given.sizeYear));
    // The revenue takes the unrounded share; only the share shown is cut to 10 places.
    const revenue = roundMoney(multiply(size, share.times(days).div(yearDays)));
    years.push({
      period: { calendar: fiscal.id, granularity: 'year', year, index: 1 },
      days,
      size: roundMoney(size),
      share: share.toDecimalPlaces(10),
      revenue,
    });
  }
  return {
    years,
    total: sumMoney(
      years.map((year) => year.revenue),
      given.yearlySize.currency,
    ),
  };
}
