/**
 * What the pacing of one objective shares, flows and levels alike: the plan, its rule, the
 * horizon as day numbers, the period table, the findings so far, and the part of a result both
 * kinds compute.
 *
 * @module
 */
import type { AggregationRule } from '../../model/metric.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ObjectiveProgress } from '../objective-progress.js';
import type { PeriodProgress } from '../period-progress.js';
import type { FindingList } from './findings.js';
import type { Row } from './period-table.js';
import type { Evaluation, PlanInput } from './plan-input.js';
import type { StatusContext } from './status.js';

export interface PlanContext {
  readonly evaluation: Evaluation;
  readonly input: PlanInput;
  readonly rule: AggregationRule;
  readonly horizonFirst: number;
  readonly horizonLast: number;
  readonly rows: ReadonlyArray<Row>;
  readonly findings: FindingList;
  readonly status: StatusContext;
}

/** What the flow and the level pacing each compute. */
export type Paced = Omit<
  ObjectiveProgress,
  'kind' | 'objective' | 'name' | 'weight' | 'direction' | 'asOf' | 'findings'
>;

/** A row of the result, given what the plan expects of its period and its attainment. */
export function periodProgress(
  row: Row,
  planned: Decimal,
  attainment: Decimal | null,
): PeriodProgress {
  const { period } = row.step;
  return {
    period: {
      calendar: period.calendar,
      granularity: period.granularity,
      year: period.year,
      index: period.index,
    },
    key: row.key,
    state: row.state,
    elapsedDays: row.elapsedDays,
    totalDays: row.totalDays,
    target: row.step.target,
    planned,
    actual: row.actual?.value ?? null,
    attainment,
  };
}
