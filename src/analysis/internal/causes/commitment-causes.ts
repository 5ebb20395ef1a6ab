import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../../calendar/format-period-key.js';
import { periodEnd } from '../../../calendar/period-bounds.js';
import type { CauseDetector } from './cause.js';
import { distinct, listed } from './cause.js';

const STATUS = { planned: 'planned', 'in-progress': 'in progress', missed: 'missed' } as const;

/**
 * `commitments-overdue`: what the vendor promised (funds, enablement, leads, people...) for a
 * period that has ended by the as-of date, and has not delivered. Critical when one was missed.
 */
export const commitmentsOverdue: CauseDetector = ({ partnership, settings }) => {
  const due = partnership.commitments
    .map((commitment, index) => ({ commitment, index }))
    .filter(
      ({ commitment }) =>
        commitment.side === 'vendor' &&
        commitment.status !== 'delivered' &&
        periodEnd(partnership.calendar, commitment.period) < settings.asOf,
    );
  if (due.length === 0) return null;
  const n = due.length;
  return {
    code: 'commitments-overdue',
    severity: due.some(({ commitment }) => commitment.status === 'missed') ? 'critical' : 'warning',
    subjects: due.map(({ commitment }) => ({ kind: 'commitment', id: commitment.id })),
    evidence: due.map(({ commitment, index }) => ({
      label: `${commitment.id} (${commitment.kind}, ${formatPeriodKey(commitment.period)})`,
      value: commitment.status,
      path: ['commitments', index, 'status'],
    })),
    params: { commitments: n },
    message: `${n} vendor commitment${n === 1 ? '' : 's'} due by ${settings.asOf} ${n === 1 ? 'is' : 'are'} not delivered: ${listed(
      due.map(({ commitment }) => {
        const status = commitment.status as keyof typeof STATUS;
        return `${commitment.id} (${commitment.kind}, ${formatPeriodKey(commitment.period)}) ${STATUS[status]}`;
      }),
    )}`,
    objectives: distinct(due.flatMap(({ commitment }) => commitment.objectives)),
  };
};
