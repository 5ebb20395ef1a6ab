import {
  formatFixed,
  formatPercent,
  HUNDRED,
  ONE,
  quantize,
} from '../../../money/decimal-arithmetic.js';
import type { Decimal } from '../../../money/to-decimal.js';
import type { AlignmentFinding } from '../../alignment-finding.js';
import type { AlignmentEconomicsReading } from '../../alignment-score.js';
import { motiveLabel } from '../../motive-catalog.js';
import { coverageOf, SCORE_PLACES } from '../motive-coverage.js';
import type { GateResult, ScoreComponent, ScoringContext } from '../scoring-context.js';

const q = (value: Decimal) => quantize(value, SCORE_PLACES);

/** How much of the gate applies: in full without figures, else the margin share over the full-gate share. */
function relevanceOf(context: ScoringContext): Decimal | undefined {
  const economics = context.economics;
  if (economics === undefined) return undefined;
  const share = economics.marginShareOfProfit;
  const full = context.settings.economics.fullGateShare;
  if (share === null || share.isNegative() || share.gte(full)) return ONE;
  return q(share.div(full));
}

function gateOf(context: ScoringContext): GateResult {
  const { resaleMargin: m, benchmarkMargin: b } = context.partnership.terms;
  const { gateOpen, gateClosed, bottomCap } = context.settings.economics;
  if (b.isZero()) return {};
  const ratio = q(m.div(b));
  const relevance = relevanceOf(context);
  let cap: Decimal | undefined;
  if (ratio.lte(gateClosed)) cap = bottomCap;
  else if (ratio.lt(gateOpen)) {
    cap = q(
      bottomCap.plus(
        HUNDRED.minus(bottomCap).times(ratio.minus(gateClosed)).div(gateOpen.minus(gateClosed)),
      ),
    );
  }
  if (cap !== undefined && relevance !== undefined)
    cap = q(HUNDRED.minus(HUNDRED.minus(cap).times(relevance)));
  return {
    ratio,
    ...(relevance === undefined ? {} : { relevance }),
    ...(cap === undefined || cap.gte(HUNDRED) ? {} : { cap }),
  };
}

/** What the economics figures did: the margin share, the shortfall, the top lever and its motive's coverage. */
export function readEconomics(context: ScoringContext): AlignmentEconomicsReading | undefined {
  const economics = context.economics;
  if (economics === undefined) return undefined;
  // The checked figures hold only the keys given: the share, and the shortfall when there is one.
  const { topLever: lever, ...figures } = economics;
  return {
    ...figures,
    ...(lever === undefined
      ? {}
      : { topLever: { ...lever, coverage: coverageOf(context, lever.motive).coverage } }),
  };
}

/**
 * Economics: resale margin `m` against the market benchmark `b`, `100 − (100 − atBenchmark)·b/m`
 * at or above it, `atBenchmark·(m/b)²` below; and the margin gate on the total, relaxed by how
 * much margin matters to the partner when economics figures are given. Finds a margin below the
 * benchmark, a capacity shortfall and a top lever whose motive the plan does not serve.
 */
export const economicsComponent: ScoreComponent = {
  id: 'economics',
  score(context) {
    const { resaleMargin: m, benchmarkMargin: b } = context.partnership.terms;
    const { atBenchmark } = context.settings.economics;
    const findings: AlignmentFinding[] = [];
    const score = q(
      m.gte(b)
        ? m.isZero()
          ? atBenchmark
          : HUNDRED.minus(HUNDRED.minus(atBenchmark).times(b).div(m))
        : atBenchmark.times(m.div(b)).times(m.div(b)),
    );
    const reasons = [
      `resale margin ${formatPercent(m)} against a market benchmark of ${formatPercent(b)}: ${formatFixed(score, 1)} of 100`,
    ];
    const gate = gateOf(context);
    const share = context.economics?.marginShareOfProfit;
    if (gate.relevance !== undefined) {
      reasons.push(
        share === null || share === undefined
          ? 'the partner’s margin share of gross profit is not known: the margin gate applies in full'
          : `resale margin is ${formatPercent(share)} of the partner’s gross profit: the margin gate applies at ${formatPercent(gate.relevance)}`,
      );
    }
    if (m.lt(b)) {
      const cap = gate.cap;
      findings.push({
        code: 'margin-below-benchmark',
        severity: cap === undefined ? 'warning' : 'critical',
        subjects: [{ kind: 'terms' }],
        evidence: [
          { label: 'Resale margin', value: m.toFixed(), path: ['terms', 'resaleMargin'] },
          { label: 'Benchmark margin', value: b.toFixed(), path: ['terms', 'benchmarkMargin'] },
          ...(cap === undefined ? [] : [{ label: 'Cap on the total', value: cap.toFixed() }]),
        ],
        params: {
          margin: m.toFixed(),
          benchmark: b.toFixed(),
          ...(cap === undefined ? {} : { cap: cap.toFixed() }),
        },
        message:
          `The resale margin (${formatPercent(m)}) is below the market benchmark (${formatPercent(b)})` +
          (cap === undefined ? '' : `: the total score is capped at ${formatFixed(cap, 1)}`),
      });
      if (cap !== undefined)
        reasons.push(`margin gate: the total is capped at ${formatFixed(cap, 1)}`);
    }
    const shortfall = context.economics?.capacityShortfall;
    if (shortfall !== undefined && shortfall.hires > 0) {
      const people = `${shortfall.hires} more consultant${shortfall.hires === 1 ? '' : 's'}`;
      findings.push({
        code: 'capacity-shortfall',
        severity: 'warning',
        subjects: [
          { kind: 'economics' },
          ...(shortfall.period === undefined
            ? []
            : [{ kind: 'period' as const, id: shortfall.period }]),
        ],
        evidence: [
          { label: 'Consultants to hire', value: String(shortfall.hires) },
          ...(shortfall.period === undefined
            ? []
            : [{ label: 'Period of the largest gap', value: shortfall.period }]),
        ],
        params: {
          hires: shortfall.hires,
          ...(shortfall.period === undefined ? {} : { period: shortfall.period }),
        },
        message: `The plan needs ${people} than the partner has${shortfall.period === undefined ? '' : ` (largest gap in ${shortfall.period})`}`,
      });
    }
    const lever = readEconomics(context)?.topLever;
    if (lever !== undefined) {
      const label = motiveLabel(lever.motive);
      reasons.push(
        `the lever that pays the partner most (${lever.lever}) moves ${label}, covered ${formatPercent(lever.coverage)}`,
      );
      if (lever.coverage.isZero()) {
        findings.push({
          code: 'top-lever-unserved',
          severity: 'warning',
          subjects: [
            { kind: 'lever', id: lever.lever },
            { kind: 'motive', id: lever.motive },
          ],
          evidence: [
            { label: 'Top lever', value: lever.lever },
            { label: 'Coverage of its motive', value: '0' },
          ],
          params: { lever: lever.lever, motive: lever.motive, label },
          message: `The lever that raises the partner’s profit most (${lever.lever}) moves ${label}, which the plan does not serve`,
        });
      }
    }
    return { score, reasons, findings, gate };
  },
};
