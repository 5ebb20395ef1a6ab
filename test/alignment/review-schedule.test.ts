import { describe, expect, it } from 'vitest';
import { reviewSchedule } from '../../src/alignment/review-schedule.js';
import { CadenceId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const qbr = CadenceId.parse('qbr');
const strategic = CadenceId.parse('strategic');
const withReviews = (
  held: ReadonlyArray<string>,
  cadences: Partnership['charter']['reviewCadences'] = tiny.charter.reviewCadences,
): Partnership => ({
  ...tiny,
  charter: {
    ...tiny.charter,
    reviewCadences: cadences,
    reviewsHeld: held.map((date) => ({ cadence: qbr, date, attendees: [] })),
  },
});
const rows = (p: Partnership, asOf = tinyAsOf) =>
  reviewSchedule(p, { asOf }).reviews.map((r) =>
    [r.periodKey, r.due, r.status, r.heldOn].filter((x) => x !== undefined).join(' '),
  );

describe('reviewSchedule', () => {
  it('calls for one review per fiscal quarter of the horizon, due 30 days after it ends', () => {
    expect(rows(tiny).slice(0, 5)).toEqual([
      'FY2026-Q1 2026-04-30 held 2026-04-20',
      'FY2026-Q2 2026-07-30 overdue',
      'FY2026-Q3 2026-10-30 open',
      'FY2026-Q4 2027-01-30 upcoming',
      'FY2027-Q1 2027-04-30 upcoming',
    ]);
    expect(rows(tiny)).toHaveLength(12);
  });

  it('names the overdue reviews and the next one due', () => {
    const schedule = reviewSchedule(tiny, { asOf: tinyAsOf });
    expect(schedule.overdue.map((r) => r.periodKey)).toEqual(['FY2026-Q2']);
    expect(schedule.next?.periodKey).toBe('FY2026-Q3');
    expect(schedule.asOf).toBe(tinyAsOf);
    expect([schedule.reviews[0]?.attendees, schedule.reviews[1]?.attendees]).toEqual([
      [],
      undefined,
    ]);
  });

  it('counts a review for the earliest open window, even when an earlier one is overdue', () => {
    expect(rows(withReviews(['2026-04-20', '2026-08-10'])).slice(0, 3)).toEqual([
      'FY2026-Q1 2026-04-30 held 2026-04-20',
      'FY2026-Q2 2026-07-30 overdue',
      'FY2026-Q3 2026-10-30 held 2026-08-10',
    ]);
  });

  it('counts a review no window has room for as the latest overdue one held late', () => {
    const late = rows(withReviews(['2029-03-01']), '2030-01-01');
    expect(late.slice(-2)).toEqual([
      'FY2028-Q3 2028-10-30 overdue',
      'FY2028-Q4 2029-01-30 held-late 2029-03-01',
    ]);
  });

  it('fills the earliest open window first and ignores reviews held after the date', () => {
    expect(rows(withReviews(['2026-07-05', '2026-07-20', '2026-12-01'])).slice(0, 3)).toEqual([
      'FY2026-Q1 2026-04-30 overdue',
      'FY2026-Q2 2026-07-30 held 2026-07-05',
      'FY2026-Q3 2026-10-30 held 2026-07-20',
    ]);
  });

  it('has no next review once the horizon is over, and nothing at all without cadences', () => {
    const schedule = reviewSchedule(tiny, { asOf: '2030-01-01' });
    expect(schedule.next).toBeUndefined();
    expect(schedule.overdue).toHaveLength(11);
    expect(reviewSchedule(withReviews([], []), { asOf: tinyAsOf }).reviews).toEqual([]);
  });

  it('calls for one strategic review per fiscal year, monthly and half-yearly ones too', () => {
    const cadences = [
      { id: strategic, kind: 'strategic', name: 'S', frequency: 'yearly', dueWithinDays: 45 },
      {
        id: CadenceId.parse('m'),
        kind: 'operational',
        name: 'M',
        frequency: 'monthly',
        dueWithinDays: 10,
      },
      {
        id: CadenceId.parse('h'),
        kind: 'business',
        name: 'H',
        frequency: 'half-yearly',
        dueWithinDays: 20,
      },
    ] as const;
    const schedule = reviewSchedule(withReviews([], [...cadences]), { asOf: tinyAsOf });
    const count = (cadence: string) => schedule.reviews.filter((r) => r.cadence === cadence).length;
    expect([count('strategic'), count('m'), count('h')]).toEqual([3, 36, 6]);
    expect(schedule.reviews[0]).toMatchObject({
      periodKey: 'FY2026',
      due: '2027-02-14',
      kind: 'strategic',
    });
  });

  it('never mutates its input', () => {
    expect(() =>
      reviewSchedule(deepFreeze(withReviews(['2026-04-20'])), { asOf: tinyAsOf }),
    ).not.toThrow();
  });
});
