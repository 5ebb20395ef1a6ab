import type { FindingSubject } from '../../../model/finding.js';
import { minorUnits } from '../../../money/currency.js';
import { formatPercent } from '../../../money/decimal-arithmetic.js';
import { toDecimal } from '../../../money/to-decimal.js';
import type { CauseDetector } from './cause.js';

/** `margin-below-benchmark`: the alignment score's finding, with how much margin matters to the partner. */
export const marginBelowBenchmark: CauseDetector = ({ score, economics }) => {
  const finding = score.findings.find((f) => f.code === 'margin-below-benchmark');
  if (finding === undefined) return null;
  const share = economics.economics.kind === 'computed' ? economics.economics.marginShare : null;
  return {
    code: 'margin-below-benchmark',
    severity: finding.severity,
    subjects: finding.subjects,
    evidence: [
      ...finding.evidence,
      ...(share === null
        ? []
        : [{ label: 'Margin share of the partner’s gross profit', value: share }]),
    ],
    params: { ...finding.params, ...(share === null ? {} : { marginShare: share }) },
    message:
      share === null
        ? finding.message
        : `${finding.message}; margin is ${formatPercent(toDecimal(share))} of the partner’s gross profit from the partnership`,
    objectives: [],
  };
};

/** `small-profit-share`: the partnership brings less than `smallProfitShare` of the partner's gross profit. */
export const smallProfitShare: CauseDetector = ({ economics, settings }) => {
  const computed = economics.economics;
  if (computed.kind !== 'computed' || computed.partnerShare === null) return null;
  const share = toDecimal(computed.partnerShare);
  if (share.gte(settings.diagnosis.smallProfitShare)) return null;
  const motive = computed.topLever?.motive;
  const subjects: FindingSubject[] = [
    { kind: 'economics' },
    ...(motive === undefined ? [] : [{ kind: 'motive' as const, id: motive }]),
  ];
  const partner = economics.computed?.economics.partnerShare;
  const whole =
    partner?.kind === 'share'
      ? partner.partnerGrossProfit.amount.toFixed(minorUnits(computed.currency))
      : null;
  return {
    code: 'small-profit-share',
    severity: 'warning',
    subjects,
    evidence: [
      { label: 'The partnership’s share of the partner’s gross profit', value: share.toFixed() },
      { label: 'Gross profit from the partnership', value: computed.grossProfit },
      ...(whole === null
        ? []
        : [
            {
              label: 'The partner’s whole gross profit over the same periods',
              value: whole,
              path: ['economics', 'totalGrossProfit'],
            },
          ]),
    ],
    params: { share: share.toFixed(), ...(motive === undefined ? {} : { motive }) },
    message: `The partnership brings ${formatPercent(share)} of the partner’s gross profit: a small part of its business${motive === undefined ? '' : `; serving ${motive} would grow it most`}`,
    objectives: [],
  };
};

/** `capacity-shortfall`: the plan needs more consultants than the partner has. */
export const capacityShortfall: CauseDetector = ({ economics, partnership }) => {
  const computed = economics.economics;
  if (computed.kind !== 'computed' || computed.capacityShortfall === null) return null;
  const { hires, period, periods } = computed.capacityShortfall;
  const headcount = partnership.economics?.services?.billableHeadcount.toFixed();
  const objective = partnership.economics?.vendorRevenue.objective;
  return {
    code: 'capacity-shortfall',
    severity: 'warning',
    subjects: [{ kind: 'economics' }, { kind: 'period', id: period }],
    evidence: [
      { label: 'Consultants to hire', value: String(hires) },
      { label: 'First period short', value: period },
      { label: 'Periods short', value: String(periods.length) },
      ...(headcount === undefined
        ? []
        : [
            {
              label: 'Billable headcount',
              value: headcount,
              path: ['economics', 'services', 'billableHeadcount'],
            },
          ]),
    ],
    params: {
      hires,
      period,
      periods: periods.length,
      ...(headcount === undefined ? {} : { headcount }),
    },
    message: `The plan needs ${hires} more consultant${hires === 1 ? '' : 's'} than the partner has${headcount === undefined ? '' : ` (${headcount} today)`}, first in ${period}`,
    objectives: objective === undefined ? [] : [objective],
  };
};
