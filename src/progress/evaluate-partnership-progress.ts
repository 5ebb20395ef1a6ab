import { argumentError, describeReceived, isRecord, wrongType } from '../argument-checks.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { acceptPartnership } from '../model/accept.js';
import type { PartnershipId } from '../model/ids.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import { trust } from '../model/trusted.js';
import type { EvaluateProgressOptions } from './evaluate-progress.js';
import { evaluatePlan } from './internal/evaluate-plan.js';
import { calendarDays } from './internal/period-days.js';
import type { PlanStep } from './internal/plan-input.js';
import { progressOptionKeys, readProgressOptions } from './internal/read-options.js';
import { actualsByObjective, readSteps, stepsByObjective } from './internal/read-plan.js';
import { rollUpObjectives } from './internal/roll-up.js';
import type { ObjectiveProgress } from './objective-progress.js';
import type { ProgressStep } from './progress-plan.js';
import type { ProgressRollUp } from './roll-up-progress.js';

/**
 * Options of {@link evaluatePartnershipProgress}: those of {@link evaluateProgress}, and the steps
 * to measure some objectives against instead of their period goals.
 *
 * @example
 * ```ts
 * import type { EvaluatePartnershipProgressOptions } from 'partner-alignment';
 * const options: EvaluatePartnershipProgressOptions = {
 *   asOf: '2026-11-15',
 *   steps: { 'new-deals': [{ period: 'FY2027-Q1', target: '6' }, { period: 'FY2027-Q2', target: '8' }] },
 * };
 * Object.keys(options.steps ?? {}) //=> ['new-deals']
 * ```
 * @category Progress
 */
export interface EvaluatePartnershipProgressOptions extends EvaluateProgressOptions {
  /**
   * Steps by objective id (a cascade's steps, say, as values or JSON with period keys of the
   * partnership's calendar), used instead of that objective's period goals. Default: every
   * objective is measured against its period goals.
   */
  readonly steps?:
    | Readonly<
        Record<
          string,
          ReadonlyArray<ProgressStep | { readonly period: string; readonly target: string }>
        >
      >
    | undefined;
}

/**
 * The progress of every objective of a partnership as of a date, with its roll-up.
 *
 * @example
 * ```ts
 * import { evaluatePartnershipProgress, samples } from 'partner-alignment';
 * const progress = evaluatePartnershipProgress(samples.lumenField, { asOf: '2026-11-15' });
 * progress.objectives.length //=> 6
 * ```
 * @category Progress
 */
export interface PartnershipProgress {
  /** The partnership's id. */
  readonly partnership: PartnershipId;
  /** The date progress is measured at. */
  readonly asOf: IsoDate;
  /** The progress of each objective, in the charter's order. */
  readonly objectives: ReadonlyArray<ObjectiveProgress>;
  /** Their weighted attainment and weakest status (see {@link rollUpProgress}). */
  readonly rollUp: ProgressRollUp;
}

const SUMMARY = 'Invalid arguments to evaluatePartnershipProgress';
const optionKeys = [...progressOptionKeys, 'steps'];

function unknownObjective(id: string, known: ReadonlyArray<string>) {
  const shown = known.slice(0, 10).map((k) => JSON.stringify(k));
  return argumentError(
    SUMMARY,
    'unknown-reference',
    ['options', 'steps', id.slice(0, 100)],
    'No objective of the partnership has this id',
    describeReceived(id),
    known.length === 0
      ? 'an objective of the partnership (it has none)'
      : `one of ${shown.join(', ')}${known.length > 10 ? ` and ${known.length - 10} more` : ''}`,
    { kind: 'objective', id: id.slice(0, 100) },
  );
}

/**
 * Tells where every objective of a partnership stands against its period goals (or the steps
 * given for it), as of a date, in one call: the goals and actuals are indexed once, so the cost
 * grows with the size of the partnership, not with its objectives times its actuals. Each
 * objective is evaluated as {@link evaluateProgress} does (same numbers, status and findings);
 * findings' evidence paths point into the document (`['goals', 3, 'period']`,
 * `['actuals', 12]`). A partnership the library parsed is not checked again.
 *
 * @param partnership - the partnership, parsed or as its JSON document
 * @param options - `asOf` (required), forecast method, run-rate window, thresholds, and `steps` by objective id
 * @returns the progress of each objective in the charter's order, and their roll-up
 * @throws {@link ValidationError} naming the argument's path, for an invalid partnership, an `asOf` that is not a real ISO date, an unknown or malformed option, or steps for an unknown objective or of another calendar
 * @example
 * ```ts
 * import { evaluatePartnershipProgress, samples } from 'partner-alignment';
 * const progress = evaluatePartnershipProgress(samples.northwindAdvisory, { asOf: '2026-11-15' });
 * progress.objectives.map((objective) => objective.status.status)
 * //=> ['on-track', 'ahead', 'ahead', 'on-track', 'on-track']
 * progress.rollUp.weakest?.objective //=> 'services-revenue'
 * ```
 * @category Progress
 */
export function evaluatePartnershipProgress(
  partnership: Partnership | PartnershipJson,
  options: EvaluatePartnershipProgressOptions,
): PartnershipProgress {
  const { settings, given } = readProgressOptions(options, SUMMARY, optionKeys);
  const parsed = acceptPartnership(partnership, SUMMARY);
  const days = calendarDays(parsed.calendar);
  const goals = stepsByObjective(days, parsed.goals);
  const actuals = actualsByObjective(days, parsed.actuals);
  const objectives = parsed.charter.objectives;
  const overrides = new Map<string, PlanStep[]>();
  const steps = given['steps'];
  if (steps !== undefined) {
    if (!isRecord(steps)) {
      throw wrongType(SUMMARY, ['options', 'steps'], steps, 'steps by objective id');
    }
    const known = new Set<string>(objectives.map((objective) => objective.id));
    for (const id in steps) {
      if (!Object.hasOwn(steps, id)) continue;
      if (!known.has(id)) throw unknownObjective(id, [...known]);
      overrides.set(id, readSteps(days, steps[id], SUMMARY, ['options', 'steps', id]));
    }
  }
  const evaluation = { settings, days };
  const list = objectives.map((objective) => {
    const override = overrides.get(objective.id);
    return evaluatePlan(evaluation, {
      objective,
      steps: override ?? goals.get(objective.id) ?? [],
      actuals: actuals.get(objective.id) ?? [],
      sources: {
        steps: override === undefined ? ['goals'] : ['options', 'steps', objective.id],
        actuals: ['actuals'],
      },
    });
  });
  return trust({
    partnership: parsed.id,
    asOf: settings.asOf,
    objectives: list,
    rollUp: rollUpObjectives(list),
  });
}
