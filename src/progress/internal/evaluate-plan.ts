/**
 * One objective's progress from checked inputs: the aggregation rule of its metric decides how
 * its periods' values are read (flows by the amounts of the steps, stocks and averages by the
 * path through their checkpoints); the period table, the straight-line comparison, the status and
 * the findings are the same for both.
 *
 * @module
 */
import { dayNumberUnchecked } from '../../calendar/unchecked-days.js';
import { aggregationRuleOf } from '../../model/metric.js';
import { trust } from '../../model/trusted.js';
import { formatTrimmed as show } from '../../money/decimal-arithmetic.js';
import type { ObjectiveProgress } from '../objective-progress.js';
import { addFinding, findingList } from './findings.js';
import { paceFlow } from './flow-progress.js';
import { paceLevel } from './level-progress.js';
import { actualsByPeriod, periodRows } from './period-table.js';
import type { Paced, PlanContext } from './plan-context.js';
import type { Evaluation, PlanInput } from './plan-input.js';

const shapeKeeps = new Set(['on-track', 'ahead']);
const lineMisses = new Set(['at-risk', 'off-track']);

/** Says when the plan's shape explains a gap to the straight line. */
function reportStraightLine(context: PlanContext, paced: Paced): void {
  const line = paced.straightLine;
  if (!shapeKeeps.has(paced.status.status) || !lineMisses.has(line.status)) return;
  addFinding(
    context.findings,
    'behind-straight-line-only',
    'info',
    `On pace against the plan’s own shape (pace ${show(paced.pace)}, ${paced.status.status}) but ${line.status} against a straight line from the baseline to the target (pace ${show(line.pace)}): the plan expects more of the way later, so the partner only looks behind.`,
    {
      pace: show(paced.pace),
      status: paced.status.status,
      straightLinePace: show(line.pace),
      straightLineStatus: line.status,
    },
    [
      { label: 'Expected to date on the plan’s shape', value: paced.expectedToDate.toFixed() },
      { label: 'Expected to date on a straight line', value: line.expectedToDate.toFixed() },
      ...(paced.actualToDate === null
        ? []
        : [{ label: 'Actual to date', value: paced.actualToDate.toFixed() }]),
    ],
  );
}

/** The progress of one objective; the result is trusted, so roll-ups and rows take it back unchecked. */
export function evaluatePlan(evaluation: Evaluation, input: PlanInput): ObjectiveProgress {
  const { objective } = input;
  const { settings } = evaluation;
  const rule = aggregationRuleOf(objective.metric);
  const horizonFirst = dayNumberUnchecked(objective.horizon.start);
  const horizonLast = dayNumberUnchecked(objective.horizon.end);
  const findings = findingList(objective.id);
  const byPeriod = actualsByPeriod(input.actuals, findings, input.sources.actuals);
  const context: PlanContext = {
    evaluation,
    input,
    rule,
    horizonFirst,
    horizonLast,
    rows: periodRows(input.steps, byPeriod, horizonFirst, horizonLast, settings.asOfDay),
    findings,
    status: {
      thresholds: settings.thresholds,
      horizonStarted: settings.asOfDay >= horizonFirst,
      horizonEnded: settings.asOfDay >= horizonLast,
      horizon: objective.horizon,
      asOf: settings.asOf,
      direction: objective.metric.direction,
    },
  };
  const paced = rule.additive ? paceFlow(context) : paceLevel(context);
  reportStraightLine(context, paced);
  return trust({
    kind: rule.kind,
    objective: objective.id,
    name: objective.name ?? null,
    weight: objective.weight ?? null,
    direction: objective.metric.direction,
    asOf: settings.asOf,
    ...paced,
    findings: findings.items,
  });
}
