import {
  argumentError,
  checkOptions,
  describeReceived,
  isRecord,
  wrongType,
} from '../argument-checks.js';
import { isIsoDate } from '../calendar/day-number.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import { acceptPartnership } from '../model/accept.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { PeriodGoalJson } from '../model/period-goal.js';
import { documentOf, readPeriod, samePeriod, withGoals } from './internal/goal-edits.js';

const SUMMARY = 'Invalid arguments to agreeGoals';

/**
 * Options of {@link agreeGoals}.
 *
 * @example
 * ```ts
 * import type { AgreeGoalsOptions } from 'partner-alignment';
 * const options: AgreeGoalsOptions = { agreedOn: '2027-04-02', agreedBy: ['s-pam', 'n-practice-lead'] };
 * options.agreedBy?.length //=> 2
 * ```
 * @category Analysis
 */
export interface AgreeGoalsOptions {
  /** The day both sides agreed, an ISO date. Required (the library never reads a clock). */
  readonly agreedOn: IsoDate;
  /** The stakeholders who agreed (ids of the charter's stakeholders); default each side's executive sponsor, else its first stakeholder. */
  readonly agreedBy?: ReadonlyArray<string> | undefined;
}

/** Who stands for each side: its executive sponsor, or its first stakeholder. */
function representatives(partnership: Partnership): string[] {
  return (['vendor', 'partner'] as const).flatMap((side) => {
    const people = partnership.charter.stakeholders.filter((person) => person.side === side);
    const person = people.find((p) => p.role === 'executive-sponsor') ?? people[0];
    return person === undefined ? [] : [person.id];
  });
}

/**
 * Turns the proposed goals of a period into goals agreed by both sides: each becomes `agreed`,
 * on `agreedOn`, by `agreedBy` (each side's executive sponsor by default). Assigned and agreed
 * goals are left as they are: an assigned goal is agreed by proposing it again
 * ({@link proposeGoals}) and agreeing the proposal.
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param period - the period: a key (`'FY2027-Q3'`) or a period of the partnership's calendar
 * @param options - when, and who; see {@link AgreeGoalsOptions}
 * @returns a new partnership, checked as any document is
 * @throws {@link ValidationError} for an invalid partnership, period or option, an `agreedBy` id
 * that names no stakeholder, or no stakeholder to agree by default
 * @example
 * ```ts
 * import { agreeGoals, encodePartnership, proposeGoals, samples } from 'partner-alignment';
 * const proposed = proposeGoals(samples.northwindAdvisory, 'FY2027-Q4', { side: 'partner' });
 * const agreed = agreeGoals(proposed, 'FY2027-Q4', { agreedOn: '2027-04-02' });
 * encodePartnership(agreed).goals.filter((goal) => goal.period === 'FY2027-Q4').map((goal) => goal.provenance.status)
 * //=> ['agreed', 'agreed', 'agreed', 'agreed']
 * ```
 * @category Analysis
 */
export function agreeGoals(
  partnership: Partnership | PartnershipJson,
  period: Period | string,
  options: AgreeGoalsOptions,
): Partnership {
  if (!isRecord(options))
    throw wrongType(
      SUMMARY,
      ['options'],
      options,
      'options with the day of the agreement, such as { agreedOn: "2027-04-02" }',
    );
  const given = checkOptions(options, ['agreedOn', 'agreedBy'], SUMMARY);
  const agreedOn = given['agreedOn'];
  if (!isIsoDate(agreedOn)) {
    throw argumentError(
      SUMMARY,
      typeof agreedOn === 'string'
        ? 'invalid-date'
        : agreedOn === undefined
          ? 'required'
          : 'invalid-type',
      ['options', 'agreedOn'],
      'Not a real calendar date in the form YYYY-MM-DD',
      describeReceived(agreedOn),
      'the day both sides agreed, such as "2027-04-02"',
    );
  }
  const parsed = acceptPartnership(partnership, SUMMARY);
  const when = readPeriod(parsed, period, SUMMARY);
  const known = new Set(parsed.charter.stakeholders.map((person) => person.id as string));
  let agreedBy: string[];
  if (given['agreedBy'] === undefined) {
    agreedBy = representatives(parsed);
    if (agreedBy.length === 0) {
      throw argumentError(
        SUMMARY,
        'required',
        ['options', 'agreedBy'],
        'The charter names no stakeholder to agree the goals: name them in agreedBy',
        'undefined',
        'the ids of the stakeholders who agreed',
      );
    }
  } else {
    const list = given['agreedBy'];
    if (!Array.isArray(list) || list.length === 0 || list.length > 50)
      throw wrongType(SUMMARY, ['options', 'agreedBy'], list, 'a list of 1 to 50 stakeholder ids');
    list.forEach((id, i) => {
      if (typeof id !== 'string' || !known.has(id)) {
        throw argumentError(
          SUMMARY,
          typeof id === 'string' ? 'unknown-reference' : 'invalid-type',
          ['options', 'agreedBy', i],
          'No stakeholder of the charter has this id',
          describeReceived(id),
          'the id of a stakeholder of the charter',
        );
      }
    });
    agreedBy = [...new Set(list as string[])];
  }
  const document = documentOf(parsed);
  const goals = document.goals.map((goal, index): PeriodGoalJson => {
    const value = parsed.goals[index];
    if (
      value === undefined ||
      value.provenance.status !== 'proposed' ||
      !samePeriod(value.period, when)
    )
      return goal;
    return { ...goal, provenance: { status: 'agreed', agreedBy, agreedOn: agreedOn as IsoDate } };
  });
  return withGoals(document, goals, SUMMARY);
}
