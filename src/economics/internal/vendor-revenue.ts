import { comparePeriods } from '../../calendar/compare-periods.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { Period } from '../../calendar/period.js';
import { periodEnd, periodStart } from '../../calendar/period-bounds.js';
import { ValidationError } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { VendorRevenueSource } from '../partner-economics.js';
import type { EconomicsInput } from './economics-input.js';
import { yearShare } from './year-share.js';

/** One period of vendor revenue: the objective's value and the revenue it stands for. */
export interface VendorRevenueStep {
  readonly period: Period;
  /** The revenue of the period: the value of a flow, or a stock's level × the period's share of its year. */
  readonly revenue: Decimal;
  /** The period's share of its fiscal year, by days. */
  readonly share: Decimal;
}

/**
 * The vendor revenue by period, sorted by period: from the goals or the actuals of the profile's
 * vendor-revenue objective, or from the steps the caller passes. A flow objective's value is the
 * period's revenue; a stock's (ARR) is a yearly level, so the period's revenue is the level × the
 * period's share of its fiscal year.
 */
export function vendorRevenueSteps(
  partnership: EconomicsInput,
  objectiveId: string,
  source: VendorRevenueSource,
  plan: ReadonlyArray<{ readonly period: Period; readonly target: Decimal }> | undefined,
): VendorRevenueStep[] {
  const objective = partnership.charter.objectives.find((item) => item.id === objectiveId);
  const unit = objective?.metric.unit;
  if (objective === undefined || unit?.kind !== 'money' || unit.currency !== partnership.currency) {
    throw new ValidationError('Cannot compute partner economics', [
      {
        code: 'unknown-reference',
        path: ['economics', 'vendorRevenue', 'objective'],
        message:
          objective === undefined
            ? 'The vendor-revenue objective is not an objective of the partnership'
            : 'The vendor-revenue objective is not measured in the document currency',
        received: JSON.stringify(objectiveId),
        expected: `the id of a money objective in ${partnership.currency}`,
      },
    ]);
  }
  let values: Array<{ readonly period: Period; readonly value: Decimal }>;
  if (source === 'plan') {
    if (plan === undefined) {
      throw new ValidationError('Cannot compute partner economics', [
        {
          code: 'required',
          path: ['plan'],
          message: 'Option source is "plan" but no plan was passed',
          received: 'undefined',
          expected: 'options.plan: the period steps of the vendor-revenue objective',
        },
      ]);
    }
    values = plan.map((step) => ({ period: step.period, value: step.target }));
  } else if (source === 'goals') {
    values = partnership.goals
      .filter((goal) => goal.objective === objectiveId)
      .map((goal) => ({ period: goal.period, value: goal.target }));
  } else {
    values = partnership.actuals
      .filter((actual) => actual.objective === objectiveId)
      .map((actual) => ({ period: actual.period, value: actual.value }));
  }
  const isFlow = objective.metric.aggregation === 'sum';
  refuseOverlaps(partnership, values, source);
  const seen = new Set<string>();
  return values
    .slice()
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(({ period, value }) => {
      const key = formatPeriodKey(period);
      if (seen.has(key)) {
        throw new ValidationError('Cannot compute partner economics', [
          {
            code: 'duplicate-entry',
            path: [source],
            message: `Two values of the vendor-revenue objective for ${key}`,
            received: key,
            expected: 'at most one value per period',
          },
        ]);
      }
      seen.add(key);
      const share = yearShare(partnership.calendar, period);
      return { period, share, revenue: isFlow ? value : value.times(share) };
    });
}

/**
 * Refuses two values whose periods overlap without being the same period (a year and one of its
 * quarters): summing them would count the shared days' revenue, subscriptions, managed services
 * and hours twice. Two values of the same period are reported by the duplicate check instead.
 */
function refuseOverlaps(
  partnership: EconomicsInput,
  values: ReadonlyArray<{ readonly period: Period }>,
  source: VendorRevenueSource,
): void {
  const spans = values
    .map(({ period }) => ({
      key: formatPeriodKey(period),
      start: periodStart(partnership.calendar, period),
      end: periodEnd(partnership.calendar, period),
    }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let latest: (typeof spans)[number] | undefined;
  for (const span of spans) {
    if (latest !== undefined && span.start <= latest.end && span.key !== latest.key) {
      throw new ValidationError('Cannot compute partner economics', [
        {
          code: 'overlapping-periods',
          path: [source],
          message: `The vendor-revenue periods ${latest.key} and ${span.key} overlap: their revenue would be counted twice`,
          received: `${latest.key} and ${span.key}`,
          expected: 'values for periods that do not overlap (one granularity, such as quarters)',
        },
      ]);
    }
    if (latest === undefined || span.end > latest.end) latest = span;
  }
}
