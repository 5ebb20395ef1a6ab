import type { FindingEvidence } from '../../../model/finding.js';
import { formatPercent, sumDecimals, ZERO } from '../../../money/decimal-arithmetic.js';
import type { CauseDetector } from './cause.js';
import { listed } from './cause.js';

/**
 * `top-motives-unserved`: the heaviest motives of the partner's profile, together weighing at
 * least `topMotivesWeight`, are covered less than `topMotiveCoverage` (weighted by their weights).
 * Critical when the heaviest motive is not served at all.
 */
export const topMotivesUnserved: CauseDetector = ({ score, settings, partnership }) => {
  const { topMotivesWeight, topMotiveCoverage } = settings.diagnosis;
  const top = [];
  let weight = ZERO;
  for (const motive of score.motives) {
    if (weight.gte(topMotivesWeight) || motive.weight.isZero()) break;
    top.push(motive);
    weight = weight.plus(motive.weight);
  }
  if (top.length === 0 || weight.isZero()) return null;
  const coverage = sumDecimals(top.map((motive) => motive.weight.times(motive.coverage))).div(
    weight,
  );
  if (coverage.gte(topMotiveCoverage)) return null;
  const declared = partnership.partner.motiveProfile !== undefined;
  const evidence: FindingEvidence[] = top.flatMap((motive) => [
    {
      label: `Weight of ${motive.label}`,
      value: motive.weight.toFixed(),
      ...(declared ? { path: ['partner', 'motiveProfile', 'weights', motive.motive] } : {}),
    },
    { label: `Coverage of ${motive.label}`, value: motive.coverage.toFixed() },
  ]);
  const under = top.filter((motive) => motive.coverage.lt(topMotiveCoverage));
  return {
    code: 'top-motives-unserved',
    severity: top[0]?.coverage.isZero() ? 'critical' : 'warning',
    subjects: under.map((motive) => ({ kind: 'motive', id: motive.motive })),
    evidence: [
      ...evidence,
      {
        label: 'Weighted coverage of the top motives',
        value: coverage.toDecimalPlaces(4).toFixed(),
      },
    ],
    params: {
      coverage: coverage.toDecimalPlaces(4).toFixed(),
      motives: top.length,
      top: top[0]?.motive ?? '',
    },
    message: `The plan serves ${formatPercent(coverage)} of what the partner cares about most: ${listed(
      top.map(
        (motive) =>
          `${motive.label} (${formatPercent(motive.weight)} of its motives) covered ${formatPercent(motive.coverage)}`,
      ),
    )}`,
    objectives: [],
  };
};

/** `top-lever-unserved`: the lever that pays the partner most moves a motive the plan does not serve. */
export const topLeverUnserved: CauseDetector = ({ score, economics }) => {
  const finding = score.findings.find((f) => f.code === 'top-lever-unserved');
  const lever = score.economics?.topLever;
  if (finding === undefined || lever === undefined) return null;
  const top = economics.economics.kind === 'computed' ? economics.economics.topLever : null;
  const label = String(finding.params['label'] ?? lever.motive);
  const gain =
    top === null || economics.economics.kind !== 'computed'
      ? ''
      : ` (one step adds ${top.delta} ${economics.economics.currency} to the partner's gross profit)`;
  return {
    code: 'top-lever-unserved',
    severity: 'warning',
    subjects: [
      { kind: 'lever', id: lever.lever },
      { kind: 'motive', id: lever.motive },
    ],
    evidence: [
      { label: 'Top lever', value: lever.lever },
      ...(top === null ? [] : [{ label: 'Gross profit from one step of it', value: top.delta }]),
      { label: 'Motive it moves', value: lever.motive },
      { label: 'Coverage of that motive', value: lever.coverage.toFixed() },
    ],
    params: {
      lever: lever.lever,
      motive: lever.motive,
      ...(top === null ? {} : { delta: top.delta }),
    },
    message: `The lever that pays the partner most, ${lever.lever}${gain}, moves ${label}, which the plan does not serve`,
    objectives: [],
  };
};
