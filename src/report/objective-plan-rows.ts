import type { PartnershipAnalysis } from '../analysis/partnership-analysis.js';
import { numberOf } from './internal/exact.js';
import { readAnalysis } from './internal/read-analysis.js';

/**
 * One period of an objective's plan in a partnership analysis, as a flat row: the cascade's step,
 * the period goal where one was set and how it departs from the step, what the plan holds (the
 * goal where there is one, the step elsewhere), the actual, and the replanned value of a period
 * still to come. Each number is a JS number beside its exact decimal string, `null` in both when
 * there is none. Values are per period: a flow's amount in the period, a stock's level at its end.
 *
 * @example
 * ```ts
 * import type { ObjectivePlanRow } from 'partner-alignment/report';
 * const row: ObjectivePlanRow = {
 *   objective: 'deals', period: 'FY2027-Q1', start: '2026-07-01', end: '2026-09-30', state: 'completed',
 *   step: 12, stepExact: '12', goal: 10, goalExact: '10', provenance: 'agreed', departure: -2, departureExact: '-2',
 *   departurePercent: -16.7, departurePercentExact: '-16.7', planned: 10, plannedExact: '10', actual: 11, actualExact: '11',
 *   replanned: null, replannedExact: null,
 * };
 * row.planned //=> 10
 * ```
 * @category Report
 */
export interface ObjectivePlanRow {
  /** The objective's id. */
  readonly objective: string;
  /** The period's key, such as `FY2027-Q1`. */
  readonly period: string;
  /** The period's first day. */
  readonly start: string;
  /** The period's last day. */
  readonly end: string;
  /** `completed`, `current` or `future`, as of the analysis's date. */
  readonly state: 'completed' | 'current' | 'future';
  /** The cascade's step for the period (the strategic path); `null` when the objective has goals only. */
  readonly step: number | null;
  /** `step` as an exact decimal string, or `null`. */
  readonly stepExact: string | null;
  /** The period goal, or `null` when none was set. */
  readonly goal: number | null;
  /** `goal` as an exact decimal string, or `null`. */
  readonly goalExact: string | null;
  /** Who set the goal: `assigned`, `proposed` or `agreed`; `null` without a goal. */
  readonly provenance: 'assigned' | 'proposed' | 'agreed' | null;
  /** The goal minus the step, or `null` when either is missing. */
  readonly departure: number | null;
  /** `departure` as an exact decimal string, or `null`. */
  readonly departureExact: string | null;
  /** The departure in percent of the step, or `null` when undefined. */
  readonly departurePercent: number | null;
  /** `departurePercent` as an exact decimal string, or `null`. */
  readonly departurePercentExact: string | null;
  /** What the plan holds for the period: the goal where there is one, the step elsewhere. */
  readonly planned: number;
  /** `planned` as an exact decimal string. */
  readonly plannedExact: string;
  /** The actual, or `null` when none was recorded. */
  readonly actual: number | null;
  /** `actual` as an exact decimal string, or `null`. */
  readonly actualExact: string | null;
  /** A period to come, replanned after the actuals; `null` for the others or when not replanned. */
  readonly replanned: number | null;
  /** `replanned` as an exact decimal string, or `null`. */
  readonly replannedExact: string | null;
}

const SUMMARY = 'Cannot write the plans as rows';

/**
 * The plan of every objective of a partnership analysis as flat rows: one per objective and
 * period, objectives in the charter's order and periods in period order.
 *
 * @param analysis - a partnership analysis (as `analyzePartnership` returns it, or its JSON)
 * @returns one row per objective and period
 * @throws {@link index!ValidationError} when `analysis` is not a partnership analysis, with issues under `analysis`
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * import { objectivePlanRows } from 'partner-alignment/report';
 * const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * const [first] = objectivePlanRows(analysis);
 * [first?.period, first?.stepExact, first?.goalExact, first?.departurePercent, first?.actualExact]
 * //=> ['FY2027-Q1', '690135.94', '560000.00', -18.9, '548300.00']
 * ```
 * @category Report
 */
export function objectivePlanRows(analysis: PartnershipAnalysis): ReadonlyArray<ObjectivePlanRow> {
  const view = readAnalysis(analysis, SUMMARY, ['analysis']);
  return view.objectives.flatMap((objective) =>
    objective.plan.periods.map((p) => ({
      objective: objective.objective,
      period: p.period,
      start: p.start,
      end: p.end,
      state: p.state,
      step: numberOf(p.step),
      stepExact: p.step,
      goal: p.goal === null ? null : numberOf(p.goal.target),
      goalExact: p.goal === null ? null : p.goal.target,
      provenance: p.goal === null ? null : p.goal.provenance,
      departure: p.departure === null ? null : numberOf(p.departure.value),
      departureExact: p.departure === null ? null : p.departure.value,
      departurePercent: p.departure === null ? null : numberOf(p.departure.percent),
      departurePercentExact: p.departure === null ? null : p.departure.percent,
      planned: numberOf(p.planned),
      plannedExact: p.planned,
      actual: numberOf(p.actual),
      actualExact: p.actual,
      replanned: numberOf(p.replanned),
      replannedExact: p.replanned,
    })),
  );
}
