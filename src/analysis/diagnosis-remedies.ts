import type { ImprovementKind } from '../alignment/improvement.js';
import type { DiagnosisCode } from './diagnosis.js';

/**
 * What to do about each cause of the diagnosis: the kinds of improvement (`rankImprovements`)
 * that answer it, as data. The analysis gives each cause the best of its improvements that
 * matches (for `serve-motive`, one serving a motive the cause names) as its remedy, with the
 * re-scored gain. An empty list: nothing the library can change in the document answers it (hire
 * the consultants, deliver what was promised, record the actuals).
 *
 * @example
 * ```ts
 * import { diagnosisRemedies } from 'partner-alignment';
 * diagnosisRemedies['goals-above-path'] //=> ['agree-assigned-goals']
 * diagnosisRemedies['capacity-shortfall'] //=> []
 * ```
 * @category Analysis
 */
export const diagnosisRemedies: Readonly<Record<DiagnosisCode, ReadonlyArray<ImprovementKind>>> =
  Object.freeze({
    'goals-above-path': Object.freeze(['agree-assigned-goals'] as const),
    'goals-assigned': Object.freeze(['agree-assigned-goals'] as const),
    'top-motives-unserved': Object.freeze(['serve-motive'] as const),
    'top-lever-unserved': Object.freeze(['serve-motive'] as const),
    'margin-below-benchmark': Object.freeze(['raise-margin'] as const),
    'small-profit-share': Object.freeze(['serve-motive'] as const),
    'capacity-shortfall': Object.freeze([] as const),
    'commitments-overdue': Object.freeze([] as const),
    'reviews-overdue': Object.freeze(['hold-overdue-reviews'] as const),
    'sponsor-missing': Object.freeze(['name-sponsor'] as const),
    'actuals-missing': Object.freeze([] as const),
    'behind-straight-line-only': Object.freeze([] as const),
  });
