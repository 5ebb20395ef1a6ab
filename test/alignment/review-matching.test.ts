// How held reviews meet the schedule's slots (survivors of the mutation run): a review counts for
// a period only once the period has opened; a review that fits no open slot counts as the latest
// missed one, late, never over one already held and never for a period still to come; the next
// review is the one due first over all cadences.
import { describe, expect, it } from 'vitest';
import { reviewSchedule } from '../../src/alignment/review-schedule.js';
import { CadenceId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const qbr = CadenceId.parse('qbr');
const held = (...dates: ReadonlyArray<string>): Partnership => ({
  ...tiny,
  charter: {
    ...tiny.charter,
    reviewsHeld: dates.map((date) => ({ cadence: qbr, date, attendees: [] })),
  },
});
// Quarterly reviews of a calendar year, each due 30 days after its quarter ends.
const rows = (partnership: Partnership, asOf: string, count = 5) =>
  reviewSchedule(partnership, { asOf })
    .reviews.slice(0, count)
    .map((r) => [r.periodKey, r.status, r.heldOn].filter((x) => x !== undefined).join(' '));

describe('reviewSchedule: matching held reviews', () => {
  it('does not count a second review of a quarter for the next quarter before it opens', () => {
    // Both reviews fall in Q1; Q2 opens on 2026-04-01, so the second one counts for nothing.
    expect(rows(held('2026-01-15', '2026-02-20'), '2026-05-01', 3)).toEqual([
      'FY2026-Q1 held 2026-01-15',
      'FY2026-Q2 open',
      'FY2026-Q3 upcoming',
    ]);
  });

  it('counts a review that fits no open slot as the latest missed quarter, late', () => {
    // Q1 missed (due 2026-04-30); Q2 held on 05-10 and Q3 on 07-05, on time. The review of
    // 08-15 fits no open slot (Q3 is held, Q4 opens on 10-01): it is Q1's, late. Not Q2's,
    // which was held and whose due date (07-30) is also past, and not a quarter still to come.
    expect(rows(held('2026-05-10', '2026-07-05', '2026-08-15'), tinyAsOf, 12)).toEqual([
      'FY2026-Q1 held-late 2026-08-15',
      'FY2026-Q2 held 2026-05-10',
      'FY2026-Q3 held 2026-07-05',
      'FY2026-Q4 upcoming',
      'FY2027-Q1 upcoming',
      'FY2027-Q2 upcoming',
      'FY2027-Q3 upcoming',
      'FY2027-Q4 upcoming',
      'FY2028-Q1 upcoming',
      'FY2028-Q2 upcoming',
      'FY2028-Q3 upcoming',
      'FY2028-Q4 upcoming',
    ]);
  });
});

describe('reviewSchedule: the next review', () => {
  it('is the one due first over all cadences, not the first cadence’s', () => {
    const monthly = {
      id: CadenceId.parse('monthly-sync'),
      kind: 'operational',
      name: 'Monthly sync',
      frequency: 'monthly',
      dueWithinDays: 5,
    } as const;
    const partnership: Partnership = {
      ...tiny,
      charter: { ...tiny.charter, reviewCadences: [...tiny.charter.reviewCadences, monthly] },
    };
    // As of 2026-09-01: QBR Q3 is due 2026-10-30; the August sync is due 2026-09-05.
    const { next } = reviewSchedule(partnership, { asOf: tinyAsOf });
    expect([next?.cadence, next?.periodKey, next?.due]).toEqual([
      'monthly-sync',
      'FY2026-M08',
      '2026-09-05',
    ]);
  });

  it('is absent, not undefined, once every review of the horizon is due', () => {
    const schedule = reviewSchedule(tiny, { asOf: '2029-03-01' });
    expect(Object.keys(schedule)).toEqual(['asOf', 'reviews', 'overdue']);
  });
});
