import type { AlignmentScore } from '../../alignment/alignment-score.js';
import type { AnalysisAlignment } from '../analysis-alignment.js';

/** The alignment score as exact decimal strings (see {@link AnalysisAlignment}). */
export function alignmentOf(score: AlignmentScore): AnalysisAlignment {
  const economics = score.economics;
  return {
    scoringVersion: score.scoringVersion,
    score: score.score.toFixed(),
    display: score.display,
    grade: score.grade,
    gate: {
      marginRatio: score.gate.marginRatio?.toFixed() ?? null,
      relevance: score.gate.relevance?.toFixed() ?? null,
      cap: score.gate.cap?.toFixed() ?? null,
      points: score.gate.points.toFixed(),
    },
    components: score.components.map((component) => ({
      id: component.id,
      score: component.score.toFixed(),
      weight: component.weight.toFixed(),
      points: component.points.toFixed(),
      reasons: component.reasons,
    })),
    motives: score.motives.map((motive) => ({
      motive: motive.motive,
      label: motive.label,
      weight: motive.weight.toFixed(),
      coverage: motive.coverage.toFixed(),
      points: motive.points.toFixed(),
    })),
    economics:
      economics === undefined
        ? null
        : {
            marginShareOfProfit: economics.marginShareOfProfit?.toFixed() ?? null,
            capacityShortfall:
              economics.capacityShortfall === undefined
                ? null
                : {
                    hires: economics.capacityShortfall.hires,
                    period: economics.capacityShortfall.period ?? null,
                  },
            topLever:
              economics.topLever === undefined
                ? null
                : {
                    lever: economics.topLever.lever,
                    motive: economics.topLever.motive,
                    coverage: economics.topLever.coverage.toFixed(),
                  },
          },
    findings: score.findings,
  };
}
