/**
 * The vendor revenue by period: from the goals or the actuals of the profile's vendor-revenue
 * objective, or from the plan the caller passes, in period order, each period once and no two
 * overlapping. A flow objective's value (bookings) is the period's revenue; a level (ARR: a stock
 * or an average) is yearly, so the period's revenue is its part of the level split over the
 * periods of its fiscal year by days.
 *
 * @module
 */
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { Period } from '../../calendar/period.js';
import { type IssuePath, ValidationError } from '../../errors.js';
import type { EconomicsProfile } from '../../model/economics-profile.js';
import { aggregationRuleOf } from '../../model/metric.js';
import type { StrategicObjective } from '../../model/objective.js';
import type { Partnership } from '../../model/partnership.js';
import { quantize } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { EconomicsSettings, PlanValue } from './read-options.js';
import { splitMoney, type YearGroup, type YearSlot, yearSlot } from './year-split.js';

/** One period of vendor revenue. */
export interface VendorRevenueStep {
  /** The period (the result's own copy). */
  readonly period: Period;
  readonly key: string;
  /** The objective's value as given: the period's revenue (a flow) or a yearly level. */
  readonly value: Decimal;
  /** Where the value is in the partnership document (goals and actuals), for evidence. */
  readonly path: IssuePath | undefined;
  readonly slot: YearSlot;
  /** The period's vendor revenue in whole minor units. */
  readonly vendorRevenue: Decimal;
}

/** The vendor revenue of a partnership by period. */
export interface VendorRevenue {
  readonly steps: ReadonlyArray<VendorRevenueStep>;
  /** Whether the objective's values are yearly levels (ARR) rather than amounts of the periods. */
  readonly isLevel: boolean;
}

interface Entry {
  readonly period: Period;
  readonly value: Decimal;
  /** The entry's path in its argument: `['partnership', 'goals', 3]` or `['options', 'plan', 0]`. */
  readonly at: IssuePath;
  /** The value's path in the document, when it comes from the document. */
  readonly path: IssuePath | undefined;
}

function entriesOf(
  partnership: Partnership,
  objective: EconomicsProfile['vendorRevenue']['objective'],
  settings: EconomicsSettings,
): Entry[] {
  const entries: Entry[] = [];
  if (settings.source === 'plan') {
    // readOptions gives source "plan" only with its plan.
    for (const step of settings.plan as ReadonlyArray<PlanValue>) {
      entries.push({ ...step, at: ['options', 'plan', step.index], path: undefined });
    }
  } else if (settings.source === 'goals') {
    partnership.goals.forEach((goal, index) => {
      if (goal.objective !== objective) return;
      const path = ['goals', index];
      entries.push({
        period: goal.period,
        value: goal.target,
        at: ['partnership', ...path],
        path: [...path, 'target'],
      });
    });
  } else {
    partnership.actuals.forEach((actual, index) => {
      if (actual.objective !== objective) return;
      const path = ['actuals', index];
      entries.push({
        period: actual.period,
        value: actual.value,
        at: ['partnership', ...path],
        path: [...path, 'value'],
      });
    });
  }
  return entries;
}

function conflict(
  summary: string,
  entry: Entry,
  code: 'duplicate-entry' | 'overlapping-periods',
  earlier: string,
  later: string,
): ValidationError {
  return new ValidationError(summary, [
    code === 'duplicate-entry'
      ? {
          code,
          path: entry.at,
          message: `Two values of the vendor-revenue objective for ${later}`,
          received: later,
          expected: 'at most one value per period',
          params: { period: later },
        }
      : {
          code,
          path: entry.at,
          message: `The vendor-revenue periods ${earlier} and ${later} overlap: their revenue would be counted twice`,
          received: `${earlier} and ${later}`,
          expected: 'values for periods that do not overlap (one granularity, such as quarters)',
          params: { period: later, overlaps: earlier },
        },
  ]);
}

/**
 * The vendor revenue of the partnership by period, from the source the settings name.
 *
 * @throws {ValidationError} when two values are for the same period, or for periods that overlap
 *   (a year and one of its quarters), naming the later one
 */
export function readVendorRevenue(
  partnership: Partnership,
  profile: EconomicsProfile,
  settings: EconomicsSettings,
  digits: number,
  summary: string,
): VendorRevenue {
  const id = profile.vendorRevenue.objective;
  // The document's cross-checks make this a money objective of the document currency.
  const objective = partnership.charter.objectives.find(
    (item) => item.id === id,
  ) as StrategicObjective;
  const isLevel = !aggregationRuleOf(objective.metric).additive;
  const groups = new Map<string, YearGroup>();
  const placed = entriesOf(partnership, id, settings).map((entry) => ({
    entry,
    slot: yearSlot(partnership.calendar, entry.period, groups),
  }));
  // The longer of two periods that start together first, so an overlap names it first.
  placed.sort((a, b) => a.slot.start - b.slot.start || b.slot.end - a.slot.end);
  const steps: VendorRevenueStep[] = [];
  let latest: { readonly key: string; readonly end: number } | undefined;
  for (const { entry, slot } of placed) {
    const { calendar, granularity, year, index } = entry.period;
    const key = formatPeriodKey(entry.period);
    if (latest !== undefined && slot.start < latest.end) {
      const code = key === latest.key ? 'duplicate-entry' : 'overlapping-periods';
      throw conflict(summary, entry, code, latest.key, key);
    }
    // In start order, a period that does not overlap the latest starts at or after its end, so it
    // ends later and is the latest from now on.
    latest = { key, end: slot.end };
    const whole = quantize(entry.value, digits);
    steps.push({
      period: { calendar, granularity, year, index },
      key,
      value: entry.value,
      path: entry.path,
      slot,
      vendorRevenue: isLevel
        ? (splitMoney(whole, digits, slot.group)[slot.place] as Decimal)
        : whole,
    });
  }
  return { steps, isLevel };
}
