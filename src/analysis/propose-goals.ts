import {
  argumentError,
  checkOneOf,
  checkOptions,
  describeReceived,
  isRecord,
  wrongType,
} from '../argument-checks.js';
import { isIsoDate } from '../calendar/day-number.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Granularity, Period } from '../calendar/period.js';
import { Granularity as Granularities } from '../calendar/period.js';
import { cascade } from '../cascade/cascade.js';
import { stepTarget } from '../cascade/step-target.js';
import { computeEconomics } from '../economics/compute-economics.js';
import { isPartnerAlignmentError } from '../errors.js';
import { acceptPartnership } from '../model/accept.js';
import { metricPrecision } from '../model/metric.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { PeriodGoalJson } from '../model/period-goal.js';
import type { Side } from '../model/side.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import { documentOf, readPeriod, samePeriod, withGoals } from './internal/goal-edits.js';

const SUMMARY = 'Invalid arguments to proposeGoals';
const SIDES: ReadonlyArray<Side> = ['vendor', 'partner'];
/** How far each try below the team's capacity goes, when the hours' rounding left it short. */
const STEP_DOWN = toDecimal('0.9999');

/**
 * Options of {@link proposeGoals}.
 *
 * @example
 * ```ts
 * import type { ProposeGoalsOptions } from 'partner-alignment';
 * const options: ProposeGoalsOptions = { side: 'vendor', proposedOn: '2027-06-01', bound: 'capacity' };
 * options.side //=> 'vendor'
 * ```
 * @category Analysis
 */
export interface ProposeGoalsOptions {
  /** Which side proposes: `'vendor'` or `'partner'`. Required. */
  readonly side: Side;
  /** The day of the proposal, an ISO date; omitted from the goals when absent. */
  readonly proposedOn?: IsoDate | undefined;
  /**
   * `'capacity'` (default): the goal of the vendor-revenue objective is lowered, when the partner's
   * team could not deliver its services at the utilization ceiling, to a target it can (the step
   * scaled by the hours available over the hours needed, rounded down, checked by the economics
   * engine); `'none'`: the steps as they are.
   */
  readonly bound?: 'capacity' | 'none' | undefined;
  /** The granularity of the strategic path of objectives whose cascade spec names none; default `'quarter'`. */
  readonly granularity?: Granularity | undefined;
}

/** The largest target up to `step` whose services the team bills without hires, for the vendor-revenue objective. */
function boundedByCapacity(
  partnership: Partnership,
  period: Period,
  step: Decimal,
  precision: number,
): Decimal {
  const hiresFor = (target: Decimal) => {
    const economics = computeEconomics(partnership, { source: 'plan', plan: [{ period, target }] });
    return economics.periods[0]?.services ?? null;
  };
  let load = hiresFor(step);
  if (load === null || load.hiresNeeded.isZero() || !step.isPositive()) return step;
  let target = load.hoursNeeded.isZero()
    ? step
    : step.times(load.hoursAvailable).div(load.hoursNeeded).toDecimalPlaces(precision, 1);
  for (let tries = 0; tries < 20; tries++) {
    load = hiresFor(target);
    if (load === null || load.hiresNeeded.isZero()) return target;
    target = target.times(STEP_DOWN).toDecimalPlaces(precision, 1);
  }
  return toDecimal(0);
}

/**
 * Proposes the goals of a period from the strategic path: for each objective, the cascade's value
 * for the period (its step, or the steps inside a longer period combined by the metric's
 * aggregation rule) becomes a goal proposed by one side, replacing an assigned or proposed goal of
 * that objective and period (an agreed goal is kept). The vendor-revenue objective's goal is
 * bounded by the partner's capacity (see {@link ProposeGoalsOptions}). Objectives the period does
 * not fit (outside their horizon, shorter than their steps, no strategic path) get no goal.
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param period - the period, such as the next quarter: a key (`'FY2027-Q3'`) or a period of the partnership's calendar
 * @param options - who proposes, when, the capacity bound; see {@link ProposeGoalsOptions}
 * @returns a new partnership with the proposed goals, checked as any document is (provenance `proposed`)
 * @throws {@link ValidationError} for an invalid partnership, period or option
 * @example
 * ```ts
 * import { encodePartnership, proposeGoals, samples } from 'partner-alignment';
 * const next = proposeGoals(samples.northwindAdvisory, 'FY2027-Q4', { side: 'vendor', proposedOn: '2027-03-15' });
 * encodePartnership(next).goals.filter((goal) => goal.period === 'FY2027-Q4').map((goal) => [goal.objective, goal.target])
 * //=> [['services-revenue', '981526.66'], ['certified-consultants', '19'], ['practice-utilization', '67.7'], ['new-deals', '6']]
 * ```
 * @category Analysis
 */
export function proposeGoals(
  partnership: Partnership | PartnershipJson,
  period: Period | string,
  options: ProposeGoalsOptions,
): Partnership {
  if (!isRecord(options))
    throw wrongType(
      SUMMARY,
      ['options'],
      options,
      'options with the side that proposes, such as { side: "vendor" }',
    );
  const given = checkOptions(options, ['side', 'proposedOn', 'bound', 'granularity'], SUMMARY);
  const side = checkOneOf(given['side'], SIDES, SUMMARY, ['options', 'side']);
  const proposedOn = given['proposedOn'];
  if (proposedOn !== undefined && !isIsoDate(proposedOn)) {
    throw argumentError(
      SUMMARY,
      typeof proposedOn === 'string' ? 'invalid-date' : 'invalid-type',
      ['options', 'proposedOn'],
      'Not a real calendar date in the form YYYY-MM-DD',
      describeReceived(proposedOn),
      'an ISO date such as "2027-03-15"',
    );
  }
  const bound =
    given['bound'] === undefined
      ? 'capacity'
      : checkOneOf(given['bound'], ['capacity', 'none'] as const, SUMMARY, ['options', 'bound']);
  const granularity =
    given['granularity'] === undefined
      ? 'quarter'
      : checkOneOf(given['granularity'], Granularities.options, SUMMARY, [
          'options',
          'granularity',
        ]);
  const parsed = acceptPartnership(partnership, SUMMARY);
  const when = readPeriod(parsed, period, SUMMARY);
  const key = formatPeriodKey(when);
  const document = documentOf(parsed);
  const goals: PeriodGoalJson[] = [...document.goals];
  const vendorRevenue = parsed.economics?.vendorRevenue.objective;
  const provenance =
    proposedOn === undefined
      ? { status: 'proposed' as const, proposedBy: side }
      : { status: 'proposed' as const, proposedBy: side, proposedOn: proposedOn as IsoDate };
  for (const objective of parsed.charter.objectives) {
    const existing = parsed.goals.findIndex(
      (goal) => goal.objective === objective.id && samePeriod(goal.period, when),
    );
    if (existing >= 0 && parsed.goals[existing]?.provenance.status === 'agreed') continue;
    let step: Decimal;
    try {
      const plan = cascade(
        objective,
        parsed.calendar,
        objective.cascade === undefined ? { granularity } : undefined,
      );
      step = stepTarget(plan, when);
    } catch (error) {
      if (!isPartnerAlignmentError(error)) throw error;
      continue;
    }
    const precision = metricPrecision(objective.metric);
    const target =
      bound === 'capacity' && objective.id === vendorRevenue
        ? boundedByCapacity(parsed, when, step, precision)
        : step;
    const goal: PeriodGoalJson = {
      objective: objective.id,
      period: key,
      target: target.toFixed(precision),
      provenance,
    };
    if (existing >= 0) goals[existing] = goal;
    else goals.push(goal);
  }
  return withGoals(document, goals, SUMMARY);
}
