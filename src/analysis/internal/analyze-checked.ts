/**
 * One partnership analysed, on checked arguments: the plans, progress against them, the
 * economics, the alignment score with the economics feeding it, the diagnosis and the
 * improvements. `analyzePartnership` checks its arguments and calls this; the portfolio checks
 * the options once and calls it for every document.
 *
 * @module
 */
import { scoreAlignment } from '../../alignment/score-alignment.js';
import type { EconomicsPlanStep } from '../../economics/compute-economics.js';
import type { Partnership } from '../../model/partnership.js';
import type { PeriodGoal } from '../../model/period-goal.js';
import { trust } from '../../model/trusted.js';
import { evaluatePartnershipProgress } from '../../progress/evaluate-partnership-progress.js';
import type { ProgressStep } from '../../progress/progress-plan.js';
import type { PartnershipAnalysis } from '../partnership-analysis.js';
import { analysisScoringVersion } from '../scoring-version.js';
import { diagnose, withRemedies } from './diagnose.js';
import { finishObjective } from './finish-plan.js';
import { identityOf } from './identity.js';
import { improvementsOf, scoringOptions } from './improvements.js';
import { type DraftPlan, draftPlan } from './plan-objective.js';
import { alignmentOf } from './read-alignment.js';
import { type EconomicsReading, readEconomics } from './read-economics.js';
import type { AnalysisSettings } from './read-options.js';
import { underOption } from './under-option.js';

type IndexedGoal = { readonly goal: PeriodGoal; readonly index: number };

function goalsByObjective(partnership: Partnership): ReadonlyMap<string, IndexedGoal[]> {
  const byObjective = new Map<string, IndexedGoal[]>();
  partnership.goals.forEach((goal, index) => {
    const list = byObjective.get(goal.objective);
    if (list === undefined) byObjective.set(goal.objective, [{ goal, index }]);
    else list.push({ goal, index });
  });
  return byObjective;
}

/** The vendor-revenue steps of a plan, for `computeEconomics`; `null` without a strategic path. */
function stepsOf(draft: DraftPlan | undefined): ReadonlyArray<EconomicsPlanStep> | null {
  if (draft === undefined || draft.cascade === null) return null;
  return draft.periods.map((period) => ({ period: period.period, target: period.planned }));
}

/** The economics of a partnership as the analysis reads them (its own plan of vendor revenue). */
function economicsOf(
  partnership: Partnership,
  settings: AnalysisSettings,
  drafts: ReadonlyMap<string, DraftPlan>,
  summary: string,
): EconomicsReading {
  return readEconomics(
    partnership,
    settings,
    (id) => {
      let draft = drafts.get(id);
      if (draft === undefined) {
        const objective = partnership.charter.objectives.find((o) => o.id === id);
        if (objective === undefined) return null;
        draft = draftPlan(
          partnership,
          objective,
          goalsByObjective(partnership).get(id) ?? [],
          settings,
        );
      }
      return stepsOf(draft);
    },
    summary,
  );
}

/** The analysis of a parsed partnership with checked options (see `analyzePartnership`). */
export function analyzeChecked(
  partnership: Partnership,
  settings: AnalysisSettings,
  summary: string,
): PartnershipAnalysis {
  const goals = goalsByObjective(partnership);
  const objectives = partnership.charter.objectives;
  const drafts = objectives.map((objective) =>
    draftPlan(partnership, objective, goals.get(objective.id) ?? [], settings),
  );
  const steps: Record<string, ReadonlyArray<ProgressStep>> = {};
  for (const draft of drafts) {
    if (draft.cascade === null) continue;
    steps[draft.objective.id] = draft.periods.map((period) => ({
      period: period.period,
      target: period.planned,
    }));
  }
  const progress = underOption(summary, ['options', 'progress'], () =>
    evaluatePartnershipProgress(partnership, {
      ...settings.progress,
      asOf: settings.asOf,
      steps,
    } as never),
  );
  const analysed = drafts.map((draft, i) => {
    const measured = progress.objectives[i];
    if (measured === undefined) throw new Error('progress lost an objective');
    return finishObjective(draft, i, measured, settings.replan, summary);
  });
  const byId = new Map(drafts.map((draft) => [draft.objective.id as string, draft]));
  const economics = economicsOf(partnership, settings, byId, summary);
  const score = underOption(summary, ['options', 'alignment'], () =>
    scoreAlignment(partnership, scoringOptions(settings, economics.figures)),
  );
  const diagnosis = diagnose({
    partnership,
    settings,
    drafts,
    objectives: analysed,
    progress,
    economics,
    score,
  });
  const wanted =
    settings.improvements === 'all' ||
    (settings.improvements === 'at-risk' && diagnosis.status === 'behind');
  const improvements = wanted
    ? improvementsOf(
        partnership,
        score.score,
        economics,
        settings,
        (changed) => economicsOf(changed, settings, new Map(), summary),
        summary,
      )
    : null;
  const remedied = withRemedies(diagnosis, improvements);
  const weakest = progress.rollUp.weakest;
  return trust({
    scoringVersion: analysisScoringVersion,
    asOf: settings.asOf,
    partnership: identityOf(partnership),
    objectives: analysed,
    progress: {
      attainment: progress.rollUp.attainment?.toFixed() ?? null,
      status: weakest?.status ?? null,
      weakest: (weakest?.objective ?? null) as PartnershipAnalysis['progress']['weakest'],
    },
    economics: economics.economics,
    alignment: alignmentOf(score),
    diagnosis: remedied.diagnosis,
    improvements: remedied.improvements,
  });
}
