import { checkOptions } from '../argument-checks.js';
import { checkAsOf } from '../calendar/check-as-of.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import { acceptPartnership } from '../model/accept.js';
import type { CadenceId, StakeholderId } from '../model/ids.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { ReviewCadence } from '../model/review.js';
import { scheduleOf } from './internal/schedule-of.js';

/** What `asOf` is for, in its messages. */
const READ_ON = 'read the partnership on';

/**
 * Options of {@link reviewSchedule}.
 *
 * @example
 * ```ts
 * import type { ReviewScheduleOptions } from 'partner-alignment';
 * const options: ReviewScheduleOptions = { asOf: '2026-11-27' };
 * options.asOf //=> '2026-11-27'
 * ```
 * @category Alignment
 */
export interface ReviewScheduleOptions {
  /** The date the schedule is read on, an ISO date: reviews held after it are ignored. Required (no clock). */
  readonly asOf: IsoDate;
}

/**
 * One review a cadence calls for: the review of one fiscal period, open from the period's first
 * day and due `dueWithinDays` after its last day, and where it stands as of the date.
 *
 * - `held`: a review of the cadence took place between the period's start and the due date;
 * - `held-late`: one took place after the due date (and before the date);
 * - `overdue`: none, and the due date has passed;
 * - `open`: none yet, the period has started and the due date has not passed;
 * - `upcoming`: the period has not started.
 *
 * @example
 * ```ts
 * import { parsePartnership, reviewSchedule, samples } from 'partner-alignment';
 * const { reviews } = reviewSchedule(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const first = reviews[0];
 * [first?.periodKey, first?.due, first?.status, first?.heldOn] //=> ['FY2027-Q1', '2026-10-30', 'held', '2026-10-15']
 * ```
 * @category Alignment
 */
export interface ScheduledReview {
  /** The cadence the review belongs to. */
  readonly cadence: CadenceId;
  /** The cadence's kind. */
  readonly kind: ReviewCadence['kind'];
  /** The fiscal period under review. */
  readonly period: Period;
  /** The period's canonical key, such as `FY2027-Q1`. */
  readonly periodKey: string;
  /** The first day a review of the period counts: the period's first day. */
  readonly opens: IsoDate;
  /** The last day the review is on time: the period's last day plus `dueWithinDays`. */
  readonly due: IsoDate;
  /** Where the review stands as of the date. */
  readonly status: 'held' | 'held-late' | 'overdue' | 'open' | 'upcoming';
  /** When the review was held, for `held` and `held-late`. */
  readonly heldOn?: IsoDate;
  /** Who attended, for `held` and `held-late` (stakeholder ids, as recorded). */
  readonly attendees?: ReadonlyArray<StakeholderId>;
}

/**
 * The reviews a partnership's cadences call for, and where they stand (see {@link reviewSchedule}).
 *
 * @example
 * ```ts
 * import { parsePartnership, reviewSchedule, samples } from 'partner-alignment';
 * const schedule = reviewSchedule(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * schedule.next?.periodKey //=> 'FY2027-Q3'
 * schedule.overdue.length //=> 0
 * ```
 * @category Alignment
 */
export interface ReviewSchedule {
  /** The date the schedule was read on. */
  readonly asOf: IsoDate;
  /** Every review called for, cadence by cadence in the charter's order, then by due date. */
  readonly reviews: ReadonlyArray<ScheduledReview>;
  /** The reviews whose due date has passed without a review. */
  readonly overdue: ReadonlyArray<ScheduledReview>;
  /** The review due next (earliest due date among `open` and `upcoming`), if any. */
  readonly next?: ScheduledReview;
}

/**
 * The review dates each cadence implies over the charter horizon on the partnership's fiscal
 * calendar, matched with the reviews held. A quarterly cadence calls for one review of each fiscal
 * quarter overlapping the horizon, due `dueWithinDays` after the quarter ends (a QBR in the month
 * after each quarter with 30 days); a yearly strategic cadence one review of each fiscal year. A
 * review held counts for the earliest review of its cadence still unheld whose window (from the
 * period's start to the due date) contains it; when no window has room, for the latest review
 * already due before it (`held-late`). Reviews held after `asOf` are ignored, so the schedule
 * depends on the date given and nothing else.
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param options - `asOf`, the date to read the schedule on (required, an ISO date)
 * @returns every review called for with its status, the overdue ones and the next one
 * @throws {ValidationError} when the partnership is not a valid document, or `asOf` is not an ISO date (paths start at `partnership` or `options`)
 * @example
 * ```ts
 * import { parsePartnership, reviewSchedule, samples } from 'partner-alignment';
 * const schedule = reviewSchedule(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * schedule.reviews.length //=> 15
 * schedule.reviews.filter((review) => review.status === 'held').length //=> 2
 * [schedule.next?.cadence, schedule.next?.due] //=> ['qbr', '2027-01-30']
 * reviewSchedule(samples.northwindAdvisory, { asOf: '27.11.2026' }) //!> ValidationError
 * ```
 * @category Alignment
 */
export function reviewSchedule(
  partnership: Partnership | PartnershipJson,
  options: ReviewScheduleOptions,
): ReviewSchedule {
  const summary = 'Invalid arguments to reviewSchedule';
  const checked = checkOptions(options, ['asOf'], summary);
  const asOf = checkAsOf(checked['asOf'], summary, READ_ON);
  return scheduleOf(acceptPartnership(partnership, summary), asOf);
}
