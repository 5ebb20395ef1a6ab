/**
 * The options of the economics functions, checked at the boundary: strict keys, a known source,
 * the utilization ceiling as a Decimal or its JSON form (a decimal string), and a plan of bounded
 * length whose periods are on the partnership's calendar and whose targets are decimals.
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  checkOptions,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../../argument-checks.js';
import { isCalendarMismatchError, isUnsupportedGranularityError } from '../../calendar/errors.js';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { isPeriodKey, parsePeriodKey } from '../../calendar/parse-period-key.js';
import type { Period } from '../../calendar/period.js';
import { periodDays } from '../../calendar/period-bounds.js';
import { type IssuePath, isValidationError, ValidationError } from '../../errors.js';
import { documentLimits } from '../../model/document-limits.js';
import { HUNDRED } from '../../money/decimal-arithmetic.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../money/to-decimal.js';
import { defaultEconomicsAssumptions } from '../default-economics-assumptions.js';
import type { VendorRevenueSource } from '../partner-economics.js';

const optionKeys = ['source', 'plan', 'utilizationCeiling'] as const;
const sources: ReadonlyArray<VendorRevenueSource> = ['goals', 'actuals', 'plan'];

/**
 * At most this many plan steps: one per week of the longest horizon a document may have (20
 * years of at most 53 weeks), the finest plan a cascade can make.
 */
export const MAX_PLAN_STEPS = documentLimits.lists.customWeights;

/** One step of a plan, checked: its period on the calendar, its target, its place in the list. */
export interface PlanValue {
  readonly period: Period;
  readonly value: Decimal;
  readonly index: number;
}

/** The options, checked and with their defaults. */
export interface EconomicsSettings {
  readonly source: VendorRevenueSource;
  readonly plan: ReadonlyArray<PlanValue> | undefined;
  /** The utilization ceiling in percentage points, above 0 and at most 100. */
  readonly ceiling: Decimal;
}

/** A decimal argument (a Decimal, a decimal string or a safe integer), its issues under `path`. */
export function readDecimalArgument(value: unknown, summary: string, path: IssuePath): Decimal {
  try {
    return toDecimal(value as DecimalInput);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    // toDecimal already calls a missing value `required`: only the path changes.
    throw new ValidationError(
      summary,
      error.issues.map(({ label: _label, path: _path, ...issue }) => ({ ...issue, path })),
    );
  }
}

/** A period of a plan step, checked against the partnership's calendar. */
function readPeriod(
  value: unknown,
  calendar: FiscalCalendar,
  summary: string,
  path: IssuePath,
): Period {
  if (typeof value === 'string' && !isPeriodKey(value)) {
    throw argumentError(
      summary,
      'invalid-period-key',
      path,
      'Not a period key',
      describeReceived(value),
      'a period key such as "FY2027-Q3", or a period value',
    );
  }
  if (typeof value !== 'string' && !isRecord(value)) {
    throw wrongType(summary, path, value, 'a period key such as "FY2027-Q3", or a period value');
  }
  try {
    if (typeof value === 'string') return parsePeriodKey(calendar, value);
    periodDays(calendar, value as unknown as Period);
    const { calendar: id, granularity, year, index } = value as unknown as Period;
    return { calendar: id, granularity, year, index };
  } catch (error) {
    if (isValidationError(error)) {
      throw new ValidationError(
        summary,
        error.issues.map(({ label: _label, path: _path, ...issue }) => ({ ...issue, path })),
      );
    }
    throw argumentError(
      summary,
      isCalendarMismatchError(error)
        ? 'calendar-mismatch'
        : isUnsupportedGranularityError(error)
          ? 'unsupported-granularity'
          : 'period-not-on-calendar',
      path,
      (error as Error).message,
      describeReceived(value),
      `a period of calendar "${calendar.id}" such as "FY2027-Q3"`,
    );
  }
}

/**
 * The largest vendor revenue a plan step may give: as many whole minor units of the currency as
 * a double counts exactly, the bound of a document's amounts.
 */
function largestTarget(digits: number): Decimal {
  return toDecimal(`${Number.MAX_SAFE_INTEGER}e-${digits}`);
}

function readPlan(
  plan: unknown,
  calendar: FiscalCalendar,
  digits: number,
  summary: string,
): ReadonlyArray<PlanValue> {
  const path = ['options', 'plan'];
  if (!Array.isArray(plan)) {
    throw wrongType(summary, path, plan, 'a list of steps { period, target }');
  }
  if (plan.length > MAX_PLAN_STEPS) {
    throw argumentError(
      summary,
      'too-big',
      path,
      `More than ${MAX_PLAN_STEPS} steps`,
      `${plan.length} steps`,
      `at most ${MAX_PLAN_STEPS} steps (one per week of a 20-year horizon)`,
      { maximum: MAX_PLAN_STEPS },
    );
  }
  return plan.map((step: unknown, index) => {
    if (!isRecord(step)) {
      throw wrongType(summary, [...path, index], step, 'a step { period, target }');
    }
    const period = readPeriod(step['period'], calendar, summary, [...path, index, 'period']);
    const value = readDecimalArgument(step['target'], summary, [...path, index, 'target']);
    const largest = largestTarget(digits);
    if (value.abs().gt(largest)) {
      throw argumentError(
        summary,
        'too-big',
        [...path, index, 'target'],
        `Beyond ${largest.toFixed()} in absolute value`,
        JSON.stringify(value.toFixed()),
        `an amount from -${largest.toFixed()} to ${largest.toFixed()}`,
        { maximum: largest.toFixed() },
      );
    }
    return { period, value, index };
  });
}

function readCeiling(value: unknown, summary: string): Decimal {
  const path = ['options', 'utilizationCeiling'];
  if (value === undefined) return defaultEconomicsAssumptions.utilizationCeiling.value;
  const ceiling = readDecimalArgument(value, summary, path);
  if (ceiling.gt(0) && ceiling.lte(HUNDRED)) return ceiling;
  throw argumentError(
    summary,
    ceiling.gt(0) ? 'too-big' : 'too-small',
    path,
    'The utilization ceiling must be above 0 and at most 100 percentage points',
    JSON.stringify(ceiling.toFixed()),
    'percentage points above 0 and at most 100, such as "75"',
    { minimum: 0, minimumIncluded: false, maximum: 100, maximumIncluded: true },
  );
}

/**
 * Checks the options of the economics functions against the partnership's calendar.
 *
 * @throws {ValidationError} naming `options` and the offending key: an unknown key or source, a
 *   plan without `source: 'plan'` (or the other way round), a malformed or too long plan, a
 *   ceiling that is not a decimal above 0 and at most 100
 */
export function readOptions(
  options: unknown,
  calendar: FiscalCalendar,
  digits: number,
  summary: string,
): EconomicsSettings {
  const given = checkOptions(options, optionKeys, summary);
  const source =
    given['source'] === undefined
      ? 'goals'
      : checkOneOf(given['source'], sources, summary, ['options', 'source']);
  const ceiling = readCeiling(given['utilizationCeiling'], summary);
  if (source !== 'plan') {
    if (given['plan'] !== undefined) {
      throw argumentError(
        summary,
        'invalid-argument',
        ['options', 'plan'],
        `A plan is read only when source is "plan"; source is "${source}"`,
        kindOf(given['plan']),
        'no plan, or source "plan" with it',
      );
    }
    return { source, plan: undefined, ceiling };
  }
  if (given['plan'] === undefined) {
    throw argumentError(
      summary,
      'required',
      ['options', 'plan'],
      'Option source is "plan" but no plan was passed',
      'undefined',
      'options.plan: the period steps of the vendor-revenue objective',
    );
  }
  return { source, plan: readPlan(given['plan'], calendar, digits, summary), ceiling };
}
