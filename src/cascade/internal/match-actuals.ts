/**
 * Actuals matched to the steps of a cascade by period **and calendar**: each actual's period is a
 * period of the cascade's calendar (or a key read on it) at the cascade's granularity, inside its
 * horizon; an actual of another calendar is refused, never matched by its key. Actuals of another
 * objective are skipped, so a partnership's actuals can be passed whole.
 *
 * @module
 */
import {
  argumentError,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../../argument-checks.js';
import { formatPeriodKeyUnchecked } from '../../calendar/format-period-key.js';
import { ValidationError, type ValidationIssueInput } from '../../errors.js';
import { documentLimits } from '../../model/document-limits.js';
import type { Cascade } from '../cascade-result.js';
import { acceptDecimal, acceptPeriod } from './accept-arguments.js';
import type { StepPeriod } from './step-periods.js';
import { toUnits } from './units.js';

const KEYS = ['objective', 'period', 'value'];
const MAX_ACTUALS = documentLimits.lists.actuals;

/** The actuals of the first `units.length` steps, in units, in step order. */
export interface MatchedActuals {
  readonly units: ReadonlyArray<number>;
}

/**
 * The cascade's actuals, one for each of its first steps.
 *
 * @throws {ValidationError} under `actuals` for anything that is not such a list
 */
export function matchActuals(
  plan: Cascade,
  periods: ReadonlyArray<StepPeriod>,
  input: unknown,
  summary: string,
): MatchedActuals {
  if (!Array.isArray(input)) throw wrongType(summary, ['actuals'], input, 'a list of actuals');
  if (input.length > MAX_ACTUALS) {
    throw argumentError(
      summary,
      'too-big',
      ['actuals'],
      `More than ${MAX_ACTUALS} actuals`,
      `${input.length} actuals`,
      `at most ${MAX_ACTUALS} actuals, as in a document`,
      { maximum: MAX_ACTUALS },
    );
  }
  const indexOfKey = new Map<string, number>();
  periods.forEach((step, i) => {
    indexOfKey.set(formatPeriodKeyUnchecked(step.period), i);
  });
  const byStep = new Map<number, number>();
  for (let i = 0; i < input.length; i++) {
    const item: unknown = input[i];
    if (!isRecord(item))
      throw wrongType(summary, ['actuals', i], item, 'an actual { period, value }');
    for (const key in item) {
      if (Object.hasOwn(item, key) && !KEYS.includes(key)) {
        throw argumentError(
          summary,
          'unknown-field',
          ['actuals', i, key],
          `Unknown field ${JSON.stringify(key.slice(0, 40))} of an actual, received ${kindOf(item[key])}`,
          describeReceived(item[key]),
          'only objective, period and value',
        );
      }
    }
    const objective = item['objective'];
    if (objective !== undefined && typeof objective !== 'string') {
      throw wrongType(summary, ['actuals', i, 'objective'], objective, 'an objective id');
    }
    if (objective !== undefined && objective !== plan.objective) continue;
    const period = acceptPeriod(item['period'], plan.calendar, summary, ['actuals', i, 'period']);
    const key = formatPeriodKeyUnchecked(period);
    const step = indexOfKey.get(key);
    if (period.granularity !== plan.granularity || step === undefined) {
      throw argumentError(
        summary,
        period.granularity !== plan.granularity ? 'unsupported-granularity' : 'outside-horizon',
        ['actuals', i, 'period'],
        period.granularity !== plan.granularity
          ? `The actual is for a ${period.granularity}, but the plan's steps are of a ${plan.granularity}`
          : `The period ${key} is not a step of the plan (${plan.horizon.start} to ${plan.horizon.end})`,
        JSON.stringify(key),
        `a ${plan.granularity} of the plan, from ${formatPeriodKeyUnchecked((periods[0] as StepPeriod).period)} to ${formatPeriodKeyUnchecked((periods[periods.length - 1] as StepPeriod).period)}`,
      );
    }
    if (byStep.has(step)) {
      throw argumentError(
        summary,
        'duplicate-entry',
        ['actuals', i, 'period'],
        `A second actual for ${key}`,
        JSON.stringify(key),
        'one actual per period',
      );
    }
    const value = acceptDecimal(item['value'], summary, ['actuals', i, 'value']);
    byStep.set(step, toUnits(value, plan.precision, summary, ['actuals', i, 'value']));
  }
  const elapsed = byStep.size;
  const issues: ValidationIssueInput[] = [];
  const units: number[] = [];
  for (let step = 0; step < elapsed; step++) {
    const value = byStep.get(step);
    if (value !== undefined) {
      units.push(value);
      continue;
    }
    const key = formatPeriodKeyUnchecked((periods[step] as StepPeriod).period);
    issues.push({
      code: 'invalid-argument',
      path: ['actuals'],
      message: `No actual for the elapsed period ${key}: actuals must be for the first periods of the plan, without a gap`,
      received: `actuals for ${[...byStep.keys()]
        .sort((a, b) => a - b)
        .slice(0, 5)
        .map((s) => formatPeriodKeyUnchecked((periods[s] as StepPeriod).period))
        .join(', ')}`,
      expected: `one actual for each of the first ${elapsed} periods of the plan`,
      params: { period: key },
    });
  }
  if (elapsed >= plan.length) {
    issues.push({
      code: 'invalid-argument',
      path: ['actuals'],
      message: 'No period remains to replan: every period of the plan has an actual',
      received: `${elapsed} actuals`,
      expected: `actuals for fewer than the ${plan.length} periods of the plan`,
    });
  }
  if (issues.length > 0) throw new ValidationError(summary, issues);
  return { units };
}
