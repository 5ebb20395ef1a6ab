import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { Granularity } from '../../calendar/period.js';
import { periodOf } from '../../calendar/period-of.js';
import { periodsInYear } from '../../calendar/periods-in-year.js';
import { isPartnerAlignmentError } from '../../errors.js';
import type { Horizon } from '../horizon.js';
import { type CheckContext, itemsAt } from './check-context.js';

const perYear: Readonly<Record<Exclude<Granularity, 'week'>, number>> = {
  year: 1,
  half: 2,
  quarter: 4,
  month: 12,
};

/**
 * How many periods of a granularity a horizon meets, counted from the periods of its first and
 * last days: arithmetic for years to months, and a walk over the fiscal years (at most the
 * horizon's 21) for weeks. `undefined` when the calendar cannot lay the horizon out.
 */
export function countPeriods(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
): number | undefined {
  try {
    const first = periodOf(calendar, horizon.start, granularity);
    const last = periodOf(calendar, horizon.end, granularity);
    if (granularity !== 'week') {
      return (last.year - first.year) * perYear[granularity] + last.index - first.index + 1;
    }
    let count = last.index - first.index + 1;
    for (let year = first.year; year < last.year; year++) {
      count += periodsInYear(calendar, year, 'week').length;
    }
    return count;
  } catch (error) {
    if (isPartnerAlignmentError(error)) return undefined;
    throw error;
  }
}

/**
 * The cascade of each objective against the calendar and horizon: its granularity exists on the
 * calendar, and custom weights number one per period of the horizon.
 */
export function checkCascades(check: CheckContext): void {
  const calendar = check.calendar;
  if (calendar === undefined || !check.intact(['charter'])) return;
  const objectives = check.document.charter.objectives;
  for (const [i, objective] of itemsAt(check, ['charter', 'objectives'], objectives)) {
    const path = ['charter', 'objectives', i, 'cascade'];
    const spec = objective.cascade;
    if (spec === undefined || !check.clean([...path, 'granularity'])) continue;
    if (spec.granularity === 'week' && calendar.kind === 'month-based') {
      check.report({
        code: 'unsupported-granularity',
        path: [...path, 'granularity'],
        message: `Calendar "${calendar.id}" is month-based: it has no weeks`,
        received: JSON.stringify(spec.granularity),
        expected: '"year", "half", "quarter" or "month"',
        params: { calendar: calendar.id, granularity: spec.granularity },
      });
      continue;
    }
    const weightsPath = [...path, 'shape', 'weights'];
    if (!check.intact([...path, 'shape']) || spec.shape.kind !== 'custom') continue;
    if (!check.intact(weightsPath) || !check.clean(['charter', 'objectives', i, 'horizon']))
      continue;
    const count = countPeriods(calendar, objective.horizon, spec.granularity);
    const given = spec.shape.weights.length;
    if (count === undefined || given === count) continue;
    check.report({
      code: 'wrong-count',
      path: weightsPath,
      message: `The horizon has ${count} ${spec.granularity}${count === 1 ? '' : 's'}, so it needs ${count} custom weights; ${given} ${given === 1 ? 'is' : 'are'} given`,
      received: `${given} weight${given === 1 ? '' : 's'}`,
      expected: `${count} weight${count === 1 ? '' : 's'}, one per ${spec.granularity}`,
      params: { count: given, expected: count, granularity: spec.granularity },
    });
  }
}
