import { formatPercent } from '../../../money/decimal-arithmetic.js';
import { type CandidateBuilder, codesOf } from './candidate.js';

/** `raise-margin`: bring the resale margin up to the market benchmark. */
export const raiseMargin: CandidateBuilder = (context, findings) => {
  const { terms } = context.partnership;
  if (!terms.resaleMargin.lt(terms.benchmarkMargin)) return [];
  return [
    {
      kind: 'raise-margin',
      subject: 'terms',
      addresses: codesOf(findings),
      description: `Raise the resale margin from ${formatPercent(terms.resaleMargin, 2)} to the benchmark of ${formatPercent(terms.benchmarkMargin, 2)}`,
      changes: [
        `terms.resaleMargin: ${terms.resaleMargin.toFixed()} → ${terms.benchmarkMargin.toFixed()}`,
      ],
      patch: [
        {
          op: 'replace',
          path: '/terms/resaleMargin',
          value: context.document.terms.benchmarkMargin,
        },
      ],
    },
  ];
};
