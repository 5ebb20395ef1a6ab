import type { IsoDate } from '../../calendar/iso-date.js';
import { trust } from '../../model/accept.js';
import { findingSeverities } from '../../model/finding.js';
import type { Partnership } from '../../model/partnership.js';
import { formatFixed, sumDecimals } from '../../money/decimal-arithmetic.js';
import type { AlignmentComponent, AlignmentScore } from '../alignment-score.js';
import { alignmentScoringVersion } from '../scoring-version.js';
import type { CheckedEconomics } from './check-economics.js';
import { readEconomics } from './components/economics.js';
import { components } from './components/registry.js';
import type { ResolvedSettings } from './resolve-settings.js';
import { scoringContext } from './scoring-context.js';

const severityRank = new Map<string, number>(
  findingSeverities.map((severity, index) => [severity, index]),
);

/** The score of checked arguments (see `scoreAlignment`): every component, the gate, the findings. */
export function scoreChecked(
  partnership: Partnership,
  asOf: IsoDate,
  settings: ResolvedSettings,
  economics: CheckedEconomics | undefined,
): AlignmentScore {
  const context = scoringContext(partnership, asOf, settings, economics);
  const results = components.map((component) => ({
    id: component.id,
    result: component.score(context),
  }));
  const scored = results.map(
    ({ id, result }): AlignmentComponent => ({
      id,
      score: result.score,
      weight: settings.componentWeights[id],
      points: settings.componentWeights[id].times(result.score),
      reasons: result.reasons,
    }),
  );
  const subtotal = sumDecimals(scored.map((component) => component.points));
  const gate = results.find(({ result }) => result.gate !== undefined)?.result.gate ?? {};
  const score = gate.cap?.lt(subtotal) ? gate.cap : subtotal;
  const { ratio, ...gateRest } = gate;
  const grade = settings.grades.find((band) => score.gte(band.min))?.grade ?? 'E';
  const fitWeight = settings.componentWeights['motive-fit'];
  // Most severe first; the sort is stable, so findings of one severity keep the components' order.
  const findings = results
    .flatMap(({ result }) => result.findings)
    .sort((a, b) => (severityRank.get(a.severity) ?? 0) - (severityRank.get(b.severity) ?? 0));
  const reading = readEconomics(context);
  return trust({
    scoringVersion: alignmentScoringVersion,
    partnership: partnership.id,
    asOf,
    score,
    display: formatFixed(score, 1),
    grade,
    subtotal,
    // The gate holds only the keys it sets (the relevance and the cap when there are some).
    gate: {
      ...(ratio === undefined ? {} : { marginRatio: ratio }),
      ...gateRest,
      points: score.minus(subtotal),
    },
    components: scored,
    profile: context.profile,
    motives: context.fits.map((fit) => ({
      motive: fit.motive,
      label: fit.label,
      weight: fit.weight,
      coverage: fit.coverage,
      points: fitWeight.times(fit.score),
      objectives: fit.objectives,
      commitments: fit.commitments,
    })),
    reviews: context.schedule,
    ...(reading === undefined ? {} : { economics: reading }),
    findings,
  });
}
