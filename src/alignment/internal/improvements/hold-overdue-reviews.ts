import { type CandidateBuilder, codesOf, representatives } from './candidate.js';

/**
 * `hold-overdue-reviews`: record each overdue review as held on its due date by both sides'
 * representatives (their executive sponsors where they have one).
 */
export const holdOverdueReviews: CandidateBuilder = (context, findings) => {
  const attendees = representatives(context.document);
  // Each review-overdue finding names its review's cadence, period key and due date (governance).
  const overdue = findings.map(
    (finding) => finding.params as { cadence: string; period: string; due: string },
  );
  const n = overdue.length;
  return [
    {
      kind: 'hold-overdue-reviews',
      subject: 'reviews',
      addresses: codesOf(findings),
      description: `Hold the ${n} overdue review${n === 1 ? '' : 's'}`,
      changes: overdue.map(
        (r) => `charter.reviewsHeld: add ${r.cadence} of ${r.period} held on ${r.due}`,
      ),
      patch: overdue.map((r) => ({
        op: 'add',
        path: '/charter/reviewsHeld/-',
        value: { cadence: r.cadence, date: r.due, attendees },
      })),
    },
  ];
};
