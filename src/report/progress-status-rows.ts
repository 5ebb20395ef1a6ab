import type { ProgressStatus } from '../progress/default-thresholds.js';
import type { PartnershipProgress } from '../progress/evaluate-partnership-progress.js';
import type { ObjectiveProgress } from '../progress/objective-progress.js';
import type { ForecastMethod } from '../progress/progress-forecast.js';
import { exactOrNull, exactText, numberOf } from './internal/exact.js';
import { readProgressInput } from './internal/read-progress.js';

/**
 * One objective's progress as of a date as a flat row: its status and rule, the figures to date,
 * the forecast at the plan's end and the rate the rest of the plan requires, each number beside
 * its exact decimal string (`null` in both when unknown).
 *
 * @example
 * ```ts
 * import type { ProgressStatusRow } from 'partner-alignment/report';
 * const row: ProgressStatusRow = {
 *   objective: 'deals', name: 'Deals won', kind: 'flow', asOf: '2027-04-30', planEnd: '2027-12-31', status: 'at-risk',
 *   rule: 'Pace 0.9 is below the on-track threshold 0.95.', expectedToDate: 20, expectedToDateExact: '20', actualToDate: 18, actualToDateExact: '18',
 *   gap: -2, gapExact: '-2', pace: 0.9, paceExact: '0.9', attainment: 0.45, attainmentExact: '0.45', forecastMethod: 'plan-shape',
 *   forecast: 36, forecastExact: '36', requiredRatio: 1.1, requiredRatioExact: '1.1', straightLineStatus: 'at-risk',
 * };
 * row.status //=> 'at-risk'
 * ```
 * @category Report
 */
export interface ProgressStatusRow {
  /** The objective's id. */
  readonly objective: string;
  /** The objective's name, or `null` when the plan gave none. */
  readonly name: string | null;
  /** `flow`, `stock` or `average`. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** The date progress is measured at. */
  readonly asOf: string;
  /** The last day the plan covers, which the forecast refers to. */
  readonly planEnd: string;
  /** The status. */
  readonly status: ProgressStatus;
  /** The rule that gave the status, as a sentence with its numbers. */
  readonly rule: string;
  /** What the plan expected by the as-of date (a total for flows, a level for stocks). */
  readonly expectedToDate: number;
  /** `expectedToDate` as an exact decimal string. */
  readonly expectedToDateExact: string;
  /** What the actuals reached by the as-of date, in the same sense; `null` when unknown. */
  readonly actualToDate: number | null;
  /** `actualToDate` as an exact decimal string, or `null`. */
  readonly actualToDateExact: string | null;
  /** `actualToDate − expectedToDate` in the metric's unit; `null` when unknown. */
  readonly gap: number | null;
  /** `gap` as an exact decimal string, or `null`. */
  readonly gapExact: string | null;
  /** The pace index, 1 when exactly on plan; `null` when there is none. */
  readonly pace: number | null;
  /** `pace` as an exact decimal string, or `null`. */
  readonly paceExact: string | null;
  /** How much of the objective is attained, from 0 (1 is the target); `null` when unknown. */
  readonly attainment: number | null;
  /** `attainment` as an exact decimal string, or `null`. */
  readonly attainmentExact: string | null;
  /** The forecast's method. */
  readonly forecastMethod: ForecastMethod;
  /** The forecast at the plan's end (a total for flows, a level for stocks); `null` when the method lacked data. */
  readonly forecast: number | null;
  /** `forecast` as an exact decimal string, or `null`. */
  readonly forecastExact: string | null;
  /** What every remaining period must deliver against its plan (1.2: 120 %); `null` when unknown. */
  readonly requiredRatio: number | null;
  /** `requiredRatio` as an exact decimal string, or `null`. */
  readonly requiredRatioExact: string | null;
  /** The status the same actuals get against a straight line to the target. */
  readonly straightLineStatus: ProgressStatus;
}

const SUMMARY = 'Cannot write the progress status as rows';

/**
 * One row per objective with its status and figures as of the date: the table to read first
 * (periods are in {@link progressRows}, findings in {@link findingRows}).
 *
 * @param progress - one objective's progress, a list of them, or a partnership's progress (as the progress engine returns them, or their JSON)
 * @returns one row per objective, in the order given
 * @throws {@link index!ValidationError} when `progress` is not progress, with issues under `progress`
 * @example
 * ```ts
 * import { evaluatePartnershipProgress, samples } from 'partner-alignment';
 * import { progressStatusRows } from 'partner-alignment/report';
 * const rows = progressStatusRows(evaluatePartnershipProgress(samples.northwindAdvisory, { asOf: '2026-11-15' }));
 * rows.map((row) => row.status)
 * //=> ['on-track', 'ahead', 'ahead', 'on-track', 'on-track']
 * ```
 * @category Report
 */
export function progressStatusRows(
  progress: ObjectiveProgress | ReadonlyArray<ObjectiveProgress> | PartnershipProgress,
): ReadonlyArray<ProgressStatusRow> {
  return readProgressInput(progress, SUMMARY).map((p) => {
    const expected = exactText(p.expectedToDate);
    const cells = {
      actualToDate: exactOrNull(p.actualToDate),
      gap: exactOrNull(p.gap),
      pace: exactOrNull(p.pace),
      attainment: exactOrNull(p.attainment),
      forecast: exactOrNull(p.forecast.value),
      requiredRatio: exactOrNull(p.requiredRate.ratio),
    };
    return {
      objective: p.objective,
      name: p.name,
      kind: p.kind,
      asOf: p.asOf,
      planEnd: p.planEnd,
      status: p.status.status,
      rule: p.status.rule,
      expectedToDate: numberOf(expected),
      expectedToDateExact: expected,
      actualToDate: numberOf(cells.actualToDate),
      actualToDateExact: cells.actualToDate,
      gap: numberOf(cells.gap),
      gapExact: cells.gap,
      pace: numberOf(cells.pace),
      paceExact: cells.pace,
      attainment: numberOf(cells.attainment),
      attainmentExact: cells.attainment,
      forecastMethod: p.forecast.method as ForecastMethod,
      forecast: numberOf(cells.forecast),
      forecastExact: cells.forecast,
      requiredRatio: numberOf(cells.requiredRatio),
      requiredRatioExact: cells.requiredRatio,
      straightLineStatus: p.straightLine.status,
    };
  });
}
