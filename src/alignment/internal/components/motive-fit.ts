import { formatPercent, sumDecimals } from '../../../money/decimal-arithmetic.js';
import type { AlignmentFinding } from '../../alignment-finding.js';
import { isWeakerThanDerived, type Service, weighs } from '../motive-coverage.js';
import type { ScoreComponent } from '../scoring-context.js';

/**
 * Motive fit: `100 × Σ weight × coverage` over the partner's motive profile. Finds the motives
 * nothing serves, the objectives that serve none of the partner's motives, and the declared
 * contributions weaker than their metric's default (which win, as declared).
 */
export const motiveFitComponent: ScoreComponent = {
  id: 'motive-fit',
  score(context) {
    const { fits, profile, partnership, served, settings } = context;
    const reasons: string[] = [];
    const findings: AlignmentFinding[] = [];
    const heaviest = fits[0];
    for (const fit of fits) {
      const by = [
        ...fit.objectives.map((o) => o.objective),
        ...fit.commitments.map((c) => c.commitment),
      ];
      reasons.push(
        `${fit.label} weighs ${formatPercent(fit.weight)} and is covered ${formatPercent(fit.coverage)}` +
          (by.length === 0 ? ' (served by nothing)' : ` by ${by.join(', ')}`),
      );
      const critical = fit === heaviest;
      if (fit.coverage.isZero() && (critical || fit.weight.gte(settings.unservedMotiveWeight))) {
        findings.push({
          code: 'motive-unserved',
          severity: critical ? 'critical' : 'warning',
          subjects: [{ kind: 'motive', id: fit.motive }],
          evidence: [
            { label: 'Motive weight', value: fit.weight.toFixed() },
            { label: 'Coverage', value: '0' },
          ],
          params: {
            motive: fit.motive,
            label: fit.label,
            weight: fit.weight.toFixed(),
            heaviest: critical,
          },
          message: `${critical ? 'The partner’s heaviest motive' : 'A motive'}, ${fit.label} (${formatPercent(fit.weight)} of what the partner cares about), is served by no objective or commitment`,
        });
      }
    }
    partnership.charter.objectives.forEach((objective, index) => {
      const motives = served.get(objective.id) ?? new Map();
      if (![...motives.keys()].some((motive) => weighs(profile, motive))) {
        findings.push({
          code: 'objective-serves-no-motive',
          severity: 'warning',
          subjects: [{ kind: 'objective', id: objective.id }],
          evidence: [
            {
              label: 'Motives it serves',
              value: [...motives.keys()].join(', ') || 'none',
              path: ['charter', 'objectives', index, 'contributions'],
            },
          ],
          params: { objective: objective.id },
          message: `Objective ${objective.id} serves none of the partner’s motives`,
        });
      }
      objective.contributions.forEach((contribution, at) => {
        // Every declared motive is served, as declared (see servedMotives): the strongest
        // declaration of a motive counts, so only that one is reported.
        const service = motives.get(contribution.motive) as Service;
        if (
          service.strength !== contribution.strength ||
          !objective.metric.motives.includes(contribution.motive) ||
          !isWeakerThanDerived(contribution.strength, settings)
        ) {
          return;
        }
        findings.push({
          code: 'contribution-weaker-than-metric',
          severity: 'info',
          subjects: [
            { kind: 'objective', id: objective.id },
            { kind: 'motive', id: contribution.motive },
          ],
          evidence: [
            {
              label: 'Declared strength',
              value: contribution.strength,
              path: ['charter', 'objectives', index, 'contributions', at, 'strength'],
            },
            { label: 'Strength from the metric', value: settings.derivedStrength },
          ],
          params: {
            objective: objective.id,
            motive: contribution.motive,
            declared: contribution.strength,
            derived: settings.derivedStrength,
          },
          message: `Objective ${objective.id} declares a ${contribution.strength} contribution to ${contribution.motive}, weaker than the ${settings.derivedStrength} its metric would give; the declared strength counts`,
        });
      });
    });
    return { score: sumDecimals(fits.map((fit) => fit.score)), reasons, findings };
  },
};
