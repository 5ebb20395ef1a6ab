import type { StakeholderId } from '../../../model/ids.js';
import type { Side } from '../../../model/side.js';
import { ONE, quantize, sumDecimals, ZERO } from '../../../money/decimal-arithmetic.js';
import type { Decimal } from '../../../money/to-decimal.js';
import type { AlignmentFinding } from '../../alignment-finding.js';
import type { ScheduledReview } from '../../review-schedule.js';
import { SCORE_PLACES } from '../motive-coverage.js';
import { type ScoreComponent, type ScoringContext, weighted } from '../scoring-context.js';

const sides: ReadonlyArray<Side> = ['vendor', 'partner'];

/**
 * Whether a held review was a meeting of both sides: someone of each side attended, and for a
 * strategic review the executive sponsor of each side that has one.
 */
function complete(context: ScoringContext, review: ScheduledReview): boolean {
  const { stakeholders } = context.partnership.charter;
  const present = new Set<StakeholderId>(review.attendees ?? []);
  return sides.every((side) => {
    const people = stakeholders.filter((p) => p.side === side);
    if (!people.some((p) => present.has(p.id))) return false;
    if (review.kind !== 'strategic') return true;
    const sponsors = people.filter((p) => p.role === 'executive-sponsor');
    return sponsors.length === 0 || sponsors.some((p) => present.has(p.id));
  });
}

/**
 * Governance: an executive sponsor on each side, a strategic review cadence, and reviews held on
 * schedule as of the date (a late review, and a review without both sides present, each earn
 * part of the credit).
 */
export const governanceComponent: ScoreComponent = {
  id: 'governance',
  score(context) {
    const { stakeholders, reviewCadences, reviewsHeld } = context.partnership.charter;
    const s = context.settings.governance;
    const schedule = context.schedule;
    const reasons: string[] = [];
    const findings: AlignmentFinding[] = [];
    const sideScores = sides.map((side) => {
      const people = stakeholders.filter((p) => p.side === side);
      const sponsor = people.some((p) => p.role === 'executive-sponsor');
      if (!sponsor) {
        findings.push({
          code: 'sponsor-missing',
          severity: 'warning',
          subjects: [{ kind: 'partnership' }],
          evidence: [
            {
              label: `${side === 'vendor' ? 'Vendor' : 'Partner'} stakeholders`,
              value: String(people.length),
              path: ['charter', 'stakeholders'],
            },
          ],
          params: { side, stakeholders: people.length },
          message: `The ${side} side has ${people.length === 0 ? 'no stakeholders' : 'no executive sponsor'}`,
        });
      }
      reasons.push(
        `${side}: ${people.length} stakeholder${people.length === 1 ? '' : 's'}, ${sponsor ? 'with' : 'without'} an executive sponsor`,
      );
      return sponsor ? ONE : people.length > 0 ? s.stakeholderWithoutSponsorCredit : ZERO;
    });
    const strategic = reviewCadences.some((c) => c.kind === 'strategic');
    const cadence = strategic
      ? ONE
      : reviewCadences.length > 0
        ? s.cadenceWithoutStrategicCredit
        : ZERO;
    reasons.push(
      strategic
        ? `${reviewCadences.length} review cadence${reviewCadences.length === 1 ? '' : 's'}, including a strategic review`
        : `${reviewCadences.length} review cadence${reviewCadences.length === 1 ? '' : 's'}, none of them strategic`,
    );
    if (!strategic) {
      findings.push({
        code: 'no-strategic-cadence',
        severity: 'warning',
        subjects: [{ kind: 'charter' }],
        evidence: [
          {
            label: 'Review cadences',
            value: String(reviewCadences.length),
            path: ['charter', 'reviewCadences'],
          },
        ],
        params: { cadences: reviewCadences.length },
        message: 'No strategic review is planned: nobody reviews the long-term direction together',
      });
    }
    const due = schedule.reviews.filter((r) => r.status !== 'open' && r.status !== 'upcoming');
    const credits: Decimal[] = [];
    let held = 0;
    let late = 0;
    let incomplete = 0;
    for (const review of due) {
      if (review.status === 'overdue') continue;
      let credit = review.status === 'held' ? ONE : s.lateReviewCredit;
      if (review.status === 'held') held += 1;
      else late += 1;
      if (!complete(context, review)) {
        incomplete += 1;
        credit = credit.times(s.incompleteAttendanceCredit);
        const index = reviewsHeld.findIndex(
          (r) => r.cadence === review.cadence && r.date === review.heldOn,
        );
        findings.push({
          code: 'review-attendance-incomplete',
          severity: 'warning',
          subjects: [{ kind: 'review', id: `${review.cadence}/${review.periodKey}` }],
          evidence: [
            {
              label: 'Attendees',
              value: (review.attendees ?? []).join(', ') || 'none recorded',
              path: ['charter', 'reviewsHeld', index, 'attendees'],
            },
          ],
          params: { cadence: review.cadence, period: review.periodKey, kind: review.kind },
          message: `The ${review.kind} review ${review.cadence} of ${review.periodKey} was held without ${review.kind === 'strategic' ? 'both executive sponsors' : 'both sides'} present`,
        });
      }
      credits.push(credit);
    }
    const onSchedule =
      reviewCadences.length === 0
        ? ZERO
        : due.length === 0
          ? ONE
          : quantize(sumDecimals(credits).div(due.length), SCORE_PLACES);
    reasons.push(
      `${held} of ${due.length} reviews due by ${schedule.asOf} held on time, ${late} late, ${schedule.overdue.length} overdue; ${incomplete} without both sides present`,
    );
    for (const review of schedule.overdue) {
      findings.push({
        code: 'review-overdue',
        severity: review.kind === 'strategic' ? 'critical' : 'warning',
        subjects: [{ kind: 'review', id: `${review.cadence}/${review.periodKey}` }],
        evidence: [{ label: 'Due by', value: review.due }],
        params: {
          cadence: review.cadence,
          period: review.periodKey,
          kind: review.kind,
          due: review.due,
        },
        message: `The ${review.kind} review ${review.cadence} of ${review.periodKey} was due by ${review.due} and has not been held`,
      });
    }
    return {
      score: weighted([
        [s.sponsors, quantize(sumDecimals(sideScores).div(2), SCORE_PLACES)],
        [s.strategicCadence, cadence],
        [s.reviewsOnSchedule, onSchedule],
      ]),
      reasons,
      findings,
    };
  },
};
