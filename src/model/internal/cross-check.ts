import type { z } from 'zod';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import type { Period } from '../../calendar/period.js';
import { periodEnd, periodStart } from '../../calendar/period-bounds.js';
import { formatPeriodKey, parsePeriodKey } from '../../calendar/period-key.js';
import { periodsBetween } from '../../calendar/periods-between.js';
import { isPartnerAlignmentError, isValidationError } from '../../errors.js';
import type { Actual } from '../actual.js';
import type { Charter } from '../charter.js';
import type { Commitment } from '../commitment.js';
import type { Horizon } from '../horizon.js';
import type { PeriodGoal } from '../period-goal.js';
import type { ProgramTerms } from '../program-terms.js';

/** The parts of a partnership document the cross-checks read. */
export interface CheckedDocument {
  readonly currency: string;
  readonly calendar: FiscalCalendar;
  readonly charter: Charter;
  readonly goals: ReadonlyArray<PeriodGoal>;
  readonly commitments: ReadonlyArray<Commitment>;
  readonly terms: ProgramTerms;
  readonly actuals: ReadonlyArray<Actual>;
}

type Path = ReadonlyArray<string | number>;
type Report = (path: Path, message: string, input: unknown, expected: string) => void;

/**
 * The checks a schema of one part cannot make: references, duplicate ids, periods on the calendar
 * and within horizons, currencies, custom cascade weights. Runs once the shape is valid, and
 * reports every problem it finds.
 */
export function crossCheck(document: CheckedDocument, context: z.core.$RefinementCtx): void {
  const report: Report = (path, message, input, expected) => {
    context.addIssue({ code: 'custom', path: [...path], message, input, params: { expected } });
  };
  const { charter, calendar } = document;
  const charterHorizonValid = checkHorizon(charter.horizon, ['charter', 'horizon'], report);

  const opportunities = uniqueIds(charter.opportunities, ['charter', 'opportunities'], report);
  const objectives = uniqueIds(charter.objectives, ['charter', 'objectives'], report);
  const stakeholders = uniqueIds(charter.stakeholders, ['charter', 'stakeholders'], report);
  const cadences = uniqueIds(charter.reviewCadences, ['charter', 'reviewCadences'], report);
  uniqueIds(document.commitments, ['commitments'], report);

  const validHorizons = new Map<string, Horizon>();
  charter.objectives.forEach((objective, index) => {
    const path = ['charter', 'objectives', index];
    if (checkHorizon(objective.horizon, [...path, 'horizon'], report)) {
      validHorizons.set(objective.id, objective.horizon);
      if (
        charterHorizonValid &&
        (objective.horizon.start < charter.horizon.start ||
          objective.horizon.end > charter.horizon.end)
      ) {
        report(
          [...path, 'horizon'],
          'The objective horizon lies outside the charter horizon',
          objective.horizon,
          `a horizon within ${charter.horizon.start} to ${charter.horizon.end}`,
        );
      }
      checkCustomWeights(objective, calendar, [...path, 'cascade'], report);
    }
    if (objective.opportunity !== undefined) {
      const opportunity = opportunities.get(objective.opportunity);
      if (opportunity === undefined) {
        reportUnknown(
          [...path, 'opportunity'],
          'opportunity',
          objective.opportunity,
          opportunities,
          report,
        );
      } else if (
        objective.metric.unit.kind === 'money' &&
        objective.metric.unit.currency !== opportunity.yearlySize.currency
      ) {
        report(
          [...path, 'metric', 'unit', 'currency'],
          `The metric currency differs from the currency of opportunity "${opportunity.id}"`,
          objective.metric.unit.currency,
          JSON.stringify(opportunity.yearlySize.currency),
        );
      }
    }
  });

  const currency = (path: Path, money: { readonly currency: string } | undefined): void => {
    if (money !== undefined && money.currency !== document.currency) {
      report(
        [...path, 'currency'],
        'The amount is not in the document currency',
        money.currency,
        JSON.stringify(document.currency),
      );
    }
  };
  charter.opportunities.forEach((opportunity, index) => {
    currency(['charter', 'opportunities', index, 'yearlySize'], opportunity.yearlySize);
  });

  charter.reviewsHeld.forEach((review, index) => {
    const path = ['charter', 'reviewsHeld', index];
    if (!cadences.has(review.cadence)) {
      reportUnknown([...path, 'cadence'], 'review cadence', review.cadence, cadences, report);
    }
    review.attendees.forEach((attendee, position) => {
      if (!stakeholders.has(attendee)) {
        reportUnknown(
          [...path, 'attendees', position],
          'stakeholder',
          attendee,
          stakeholders,
          report,
        );
      }
    });
  });

  const onCalendar = (period: Period, path: Path): Period | undefined => {
    try {
      return parsePeriodKey(calendar, formatPeriodKey(period));
    } catch (error) {
      if (!isValidationError(error)) throw error;
      const issue = error.issues[0];
      report(
        path,
        `The period is not on calendar "${calendar.id}": ${issue?.message ?? error.message}`,
        formatPeriodKey(period),
        issue?.expected ?? 'a period of the document calendar',
      );
      return undefined;
    }
  };
  const overlaps = (period: Period, horizon: Horizon): boolean =>
    periodEnd(calendar, period) >= horizon.start && periodStart(calendar, period) <= horizon.end;
  const outside = (period: Period, horizon: Horizon, path: Path, whose: string): void => {
    report(
      path,
      `The period lies outside the horizon of ${whose}`,
      formatPeriodKey(period),
      `a period overlapping ${horizon.start} to ${horizon.end}`,
    );
  };

  const checkStep = (
    step: PeriodGoal | Actual,
    path: Path,
    seen: Set<string>,
    what: 'goal' | 'actual',
  ): void => {
    if (!objectives.has(step.objective)) {
      reportUnknown([...path, 'objective'], 'objective', step.objective, objectives, report);
    }
    const period = onCalendar(step.period, [...path, 'period']);
    const horizon = validHorizons.get(step.objective);
    if (period !== undefined && horizon !== undefined && !overlaps(period, horizon)) {
      outside(period, horizon, [...path, 'period'], `objective "${step.objective}"`);
    }
    const key = `${step.objective}\u0000${formatPeriodKey(step.period)}`;
    if (seen.has(key)) {
      report(
        [...path, 'period'],
        `A second ${what} for objective "${step.objective}" in ${formatPeriodKey(step.period)}`,
        formatPeriodKey(step.period),
        `one ${what} per objective and period`,
      );
    }
    seen.add(key);
  };
  const goalKeys = new Set<string>();
  document.goals.forEach((goal, index) => {
    checkStep(goal, ['goals', index], goalKeys, 'goal');
    if (goal.provenance.status === 'agreed') {
      goal.provenance.agreedBy.forEach((id, position) => {
        if (!stakeholders.has(id)) {
          const path = ['goals', index, 'provenance', 'agreedBy', position];
          reportUnknown(path, 'stakeholder', id, stakeholders, report);
        }
      });
    }
  });

  document.commitments.forEach((commitment, index) => {
    const path = ['commitments', index];
    commitment.objectives.forEach((id, position) => {
      if (!objectives.has(id)) {
        reportUnknown([...path, 'objectives', position], 'objective', id, objectives, report);
      }
    });
    currency([...path, 'amount'], commitment.amount);
    const period = onCalendar(commitment.period, [...path, 'period']);
    const horizons = commitment.objectives.flatMap((id) => validHorizons.get(id) ?? []);
    if (period !== undefined && horizons.length > 0) {
      if (!horizons.some((horizon) => overlaps(period, horizon))) {
        const first = horizons[0] as Horizon;
        outside(period, first, [...path, 'period'], 'any of its objectives');
      }
    } else if (period !== undefined && charterHorizonValid && !overlaps(period, charter.horizon)) {
      outside(period, charter.horizon, [...path, 'period'], 'the charter');
    }
  });

  document.terms.funds?.forEach((fund, index) => {
    const path = ['terms', 'funds', index];
    currency([...path, 'amount'], fund.amount);
    const period = onCalendar(fund.period, [...path, 'period']);
    if (period !== undefined && charterHorizonValid && !overlaps(period, charter.horizon)) {
      outside(period, charter.horizon, [...path, 'period'], 'the charter');
    }
  });

  const actualKeys = new Set<string>();
  document.actuals.forEach((actual, index) => {
    checkStep(actual, ['actuals', index], actualKeys, 'actual');
  });
}

/** Reports an end before the start; tells whether the horizon is well-ordered. */
function checkHorizon(horizon: Horizon, path: Path, report: Report): boolean {
  if (horizon.end >= horizon.start) return true;
  report(
    [...path, 'end'],
    'The horizon ends before it starts',
    horizon.end,
    `a date on or after ${horizon.start}`,
  );
  return false;
}

/** Indexes items by id, reporting every repeated id. */
function uniqueIds<T extends { readonly id: string }>(
  items: ReadonlyArray<T>,
  path: Path,
  report: Report,
): Map<string, T> {
  const byId = new Map<string, T>();
  items.forEach((item, index) => {
    if (byId.has(item.id)) {
      report(
        [...path, index, 'id'],
        `The id "${item.id}" is used twice`,
        item.id,
        'an id not used before in this list',
      );
    } else {
      byId.set(item.id, item);
    }
  });
  return byId;
}

function reportUnknown(
  path: Path,
  what: string,
  id: string,
  known: ReadonlyMap<string, unknown>,
  report: Report,
): void {
  const ids = [...known.keys()];
  const shown = ids.slice(0, 5).map((known) => JSON.stringify(known));
  const list =
    ids.length === 0
      ? `a ${what} id, but none is defined`
      : `one of ${shown.join(', ')}${ids.length > 5 ? ', ...' : ''}`;
  report(path, `Unknown ${what} "${id}"`, id, list);
}

/** Custom cascade weights: one per period of the objective's horizon. */
function checkCustomWeights(
  objective: Charter['objectives'][number],
  calendar: FiscalCalendar,
  path: Path,
  report: Report,
): void {
  const spec = objective.cascade;
  if (spec === undefined) return;
  let count: number;
  try {
    count = periodsBetween(
      calendar,
      objective.horizon.start,
      objective.horizon.end,
      spec.granularity,
    ).length;
  } catch (error) {
    if (!isPartnerAlignmentError(error)) throw error;
    report(
      [...path, 'granularity'],
      `Calendar "${calendar.id}" has no ${spec.granularity} periods`,
      spec.granularity,
      calendar.kind === 'month-based'
        ? 'year, half, quarter or month'
        : 'a granularity of the calendar',
    );
    return;
  }
  if (spec.shape.kind === 'custom' && spec.shape.weights.length !== count) {
    report(
      [...path, 'shape', 'weights'],
      `Expected one custom weight per ${spec.granularity} of the horizon (${count}); received ${spec.shape.weights.length}`,
      `${spec.shape.weights.length} weights`,
      `${count} weights`,
    );
  }
}
