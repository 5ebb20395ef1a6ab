import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Granularity } from '../../calendar/period.js';
import { periodsBetween } from '../../calendar/periods-between.js';
import { dayNumberUnchecked, isoDateUnchecked } from '../../calendar/unchecked-days.js';
import type { Partnership } from '../../model/partnership.js';
import type { ReviewCadence, ReviewHeld } from '../../model/review.js';
import type { ReviewSchedule, ScheduledReview } from '../review-schedule.js';

const granularityOf = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  yearly: 'year',
} as const satisfies Record<ReviewCadence['frequency'], Granularity>;

interface Slot {
  readonly span: ReturnType<typeof periodsBetween>[number];
  readonly opens: number;
  readonly due: number;
  held?: { readonly day: number; readonly review: ReviewHeld };
  late: boolean;
}

/** The review schedule of a checked partnership on a checked date (see `reviewSchedule`). */
export function scheduleOf(partnership: Partnership, asOf: IsoDate): ReviewSchedule {
  const { calendar, charter } = partnership;
  const asOfDay = dayNumberUnchecked(asOf);
  const reviews: ScheduledReview[] = [];
  for (const cadence of charter.reviewCadences) {
    const slots: Slot[] = periodsBetween(
      calendar,
      charter.horizon.start,
      charter.horizon.end,
      granularityOf[cadence.frequency],
    ).map((span) => ({
      span,
      opens: dayNumberUnchecked(span.start),
      due: dayNumberUnchecked(span.end) + cadence.dueWithinDays,
      late: false,
    }));
    const held = charter.reviewsHeld
      .map((review) => ({ day: dayNumberUnchecked(review.date), review }))
      .filter(({ day, review }) => review.cadence === cadence.id && day <= asOfDay)
      .sort((a, b) => a.day - b.day);
    const unmatched: typeof held = [];
    for (const review of held) {
      const slot = slots.find(
        (s) => s.held === undefined && s.opens <= review.day && review.day <= s.due,
      );
      if (slot) slot.held = review;
      else unmatched.push(review);
    }
    for (const review of unmatched) {
      const slot = slots.findLast((s) => s.held === undefined && s.due < review.day);
      if (slot) {
        slot.held = review;
        slot.late = true;
      }
    }
    for (const slot of slots) {
      const status: ScheduledReview['status'] =
        slot.held !== undefined
          ? slot.late
            ? 'held-late'
            : 'held'
          : slot.due < asOfDay
            ? 'overdue'
            : slot.opens <= asOfDay
              ? 'open'
              : 'upcoming';
      reviews.push({
        cadence: cadence.id,
        kind: cadence.kind,
        period: slot.span.period,
        periodKey: formatPeriodKey(slot.span.period),
        opens: slot.span.start,
        due: isoDateUnchecked(slot.due),
        status,
        ...(slot.held === undefined
          ? {}
          : { heldOn: slot.held.review.date, attendees: [...slot.held.review.attendees] }),
      });
    }
  }
  let next: ScheduledReview | undefined;
  for (const review of reviews) {
    if (review.status !== 'open' && review.status !== 'upcoming') continue;
    if (next === undefined || dayNumberUnchecked(review.due) < dayNumberUnchecked(next.due))
      next = review;
  }
  return {
    asOf,
    reviews,
    overdue: reviews.filter((review) => review.status === 'overdue'),
    ...(next === undefined ? {} : { next }),
  };
}
