// The days at the edges of a review window: the first day of a period, the due date, the date the
// schedule is read on; reviews recorded in any order; and which review is due next.
import { describe, expect, it } from 'vitest';
import { reviewSchedule } from '../../src/alignment/review-schedule.js';
import { CadenceId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const qbr = CadenceId.parse('qbr');
const withReviews = (held: ReadonlyArray<string>): Partnership => ({
  ...tiny,
  charter: {
    ...tiny.charter,
    reviewsHeld: held.map((date) => ({ cadence: qbr, date, attendees: [] })),
  },
});
/** The first quarters of the schedule: period, due date, status and the day held. */
const rows = (p: Partnership, asOf = tinyAsOf, count = 3) =>
  reviewSchedule(p, { asOf })
    .reviews.slice(0, count)
    .map((r) => [r.periodKey, r.due, r.status, r.heldOn].filter((x) => x !== undefined).join(' '));

describe('reviewSchedule at the edges of a window', () => {
  it('counts a review held on its due date as on time, for that period', () => {
    expect(rows(withReviews(['2026-04-30']), tinyAsOf, 2)).toEqual([
      'FY2026-Q1 2026-04-30 held 2026-04-30',
      'FY2026-Q2 2026-07-30 overdue',
    ]);
  });

  it('counts a review held on the first day of a period for that period once the one before is held', () => {
    expect(rows(withReviews(['2026-02-01', '2026-04-01']), tinyAsOf, 2)).toEqual([
      'FY2026-Q1 2026-04-30 held 2026-02-01',
      'FY2026-Q2 2026-07-30 held 2026-04-01',
    ]);
  });

  it('counts a review held on the date it is read, not one held the day after', () => {
    expect(rows(withReviews(['2026-09-01']), '2026-09-01', 3)[2]).toBe(
      'FY2026-Q3 2026-10-30 held 2026-09-01',
    );
    expect(rows(withReviews(['2026-09-02']), '2026-09-01', 3)[2]).toBe('FY2026-Q3 2026-10-30 open');
  });

  it('matches reviews in the order they were held, whatever the order they were recorded in', () => {
    expect(rows(withReviews(['2026-04-25', '2026-04-20']), tinyAsOf, 2)).toEqual([
      'FY2026-Q1 2026-04-30 held 2026-04-20',
      'FY2026-Q2 2026-07-30 held 2026-04-25',
    ]);
  });

  it('calls a review overdue the day after its due date, and open from the first day of its period', () => {
    const statuses = (asOf: string) =>
      reviewSchedule(tiny, { asOf })
        .reviews.slice(1, 3)
        .map((r) => r.status);
    expect(statuses('2026-06-30')).toEqual(['open', 'upcoming']);
    expect(statuses('2026-07-01')).toEqual(['open', 'open']);
    expect(statuses('2026-07-30')).toEqual(['open', 'open']);
    expect(statuses('2026-07-31')).toEqual(['overdue', 'open']);
  });

  it('names as next the earliest due review, open or upcoming, the first cadence on a tie', () => {
    const twice: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewCadences: [
          ...tiny.charter.reviewCadences,
          {
            id: CadenceId.parse('pipeline'),
            kind: 'operational',
            name: 'Pipeline',
            frequency: 'quarterly',
            dueWithinDays: 30,
          },
        ],
      },
    };
    const next = (asOf: string) => {
      const review = reviewSchedule(twice, { asOf }).next;
      return `${review?.cadence} ${review?.periodKey} ${review?.status}`;
    };
    expect(next('2025-06-01')).toBe('qbr FY2026-Q1 upcoming');
    expect(next(tinyAsOf)).toBe('qbr FY2026-Q3 open');
  });
});
