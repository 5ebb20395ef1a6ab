import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { Period } from '../../calendar/period.js';
import type { Horizon } from '../horizon.js';
import type { StrategicObjective } from '../objective.js';
import { type CheckContext, itemsAt } from './check-context.js';
import { type Indexed, resolve } from './check-ids.js';
import { codeOf, overlaps, type PeriodDays, periodReader, reportOutside } from './check-periods.js';
import type { DocumentIds } from './check-references.js';
import type { Path } from './document-issue.js';

type Read = (path: Path, period: Period) => PeriodDays | undefined;

/** The horizon of an indexed objective, when it passed validation. */
function horizonOf(
  check: CheckContext,
  objective: Indexed<StrategicObjective> | undefined,
): Horizon | undefined {
  if (objective === undefined) return undefined;
  if (check.none) return objective.item.horizon;
  const path = ['charter', 'objectives', objective.index, 'horizon'];
  return check.clean(path) ? objective.item.horizon : undefined;
}

/** The charter horizon, when it passed validation. */
function charterHorizon(check: CheckContext): Horizon | undefined {
  return check.clean(['charter', 'horizon']) ? check.document.charter.horizon : undefined;
}

/**
 * Goals and actuals: each names a known objective, a period of the calendar that overlaps the
 * objective's horizon, and no two name the same objective and period.
 */
function checkStepList(
  check: CheckContext,
  ids: DocumentIds,
  read: Read,
  key: 'goals' | 'actuals',
): void {
  const what = key === 'goals' ? 'goal' : 'actual';
  const seen = new Map<string, Map<number, number>>();
  const list: ReadonlyArray<{ readonly objective: string; readonly period: Period }> =
    check.document[key];
  for (const [i, step] of itemsAt(check, [key], list)) {
    const objectivePath = [key, i, 'objective'];
    const periodPath = [key, i, 'period'];
    const objective = resolve(check, ids.objectives, objectivePath, step.objective);
    const period = read(periodPath, step.period);
    const horizon = horizonOf(check, objective);
    if (period !== undefined && horizon !== undefined && !overlaps(period, horizon)) {
      reportOutside(check, periodPath, period, horizon, `objective "${step.objective}"`);
    }
    if (!check.none && !(check.clean(objectivePath) && check.clean(periodPath))) continue;
    let periods = seen.get(step.objective);
    if (periods === undefined) {
      periods = new Map();
      seen.set(step.objective, periods);
    }
    const code = codeOf(step.period);
    const first = periods.get(code);
    if (first === undefined) {
      periods.set(code, i);
      continue;
    }
    const periodKey = formatPeriodKey(step.period);
    check.report({
      code: 'duplicate-entry',
      path: periodPath,
      message: `${what === 'goal' ? 'Goal' : 'Actual'} ${first + 1} already gives objective "${step.objective}" a ${what === 'goal' ? 'target' : 'value'} for ${periodKey}`,
      received: JSON.stringify(periodKey),
      expected: `one ${what} per objective and period`,
      params: { objective: step.objective, period: periodKey, first: first + 1 },
    });
  }
}

/**
 * Commitments and funds: each period is on the calendar and overlaps the horizon of one of the
 * commitment's objectives (or the charter's, for funds and commitments to no known objective).
 */
function checkDatedItems(check: CheckContext, ids: DocumentIds, read: Read): void {
  const { commitments, terms } = check.document;
  for (const [i, commitment] of itemsAt(check, ['commitments'], commitments)) {
    const path = ['commitments', i, 'period'];
    const period = read(path, commitment.period);
    if (period === undefined) continue;
    const horizons: Horizon[] = [];
    for (const [, id] of itemsAt(check, ['commitments', i, 'objectives'], commitment.objectives)) {
      const horizon = horizonOf(check, ids.objectives.byId.get(id));
      if (horizon !== undefined) horizons.push(horizon);
    }
    const first = horizons[0];
    if (first !== undefined) {
      if (!horizons.some((horizon) => overlaps(period, horizon))) {
        reportOutside(check, path, period, first, 'any of its objectives');
      }
      continue;
    }
    const charter = charterHorizon(check);
    if (charter !== undefined && !overlaps(period, charter)) {
      reportOutside(check, path, period, charter, 'the charter');
    }
  }
  if (!check.intact(['terms'])) return;
  for (const [i, fund] of itemsAt(check, ['terms', 'funds'], terms.funds)) {
    const path = ['terms', 'funds', i, 'period'];
    const period = read(path, fund.period);
    const charter = charterHorizon(check);
    if (period !== undefined && charter !== undefined && !overlaps(period, charter)) {
      reportOutside(check, path, period, charter, 'the charter');
    }
  }
}

/** Every dated part of the document: goals, actuals, commitments and funds. */
export function checkPeriods(check: CheckContext, ids: DocumentIds): void {
  const read = periodReader(check);
  checkStepList(check, ids, read, 'goals');
  checkDatedItems(check, ids, read);
  checkStepList(check, ids, read, 'actuals');
}
