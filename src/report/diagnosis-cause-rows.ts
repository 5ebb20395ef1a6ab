import type { PartnershipAnalysis } from '../analysis/partnership-analysis.js';
import type { FindingSeverity } from '../model/finding.js';
import { findingRows } from './finding-rows.js';
import { numberOf } from './internal/exact.js';
import { readAnalysis } from './internal/read-analysis.js';

/**
 * One cause of a diagnosis as a flat row: its rank and code, how severe it is, the objectives it
 * explains, the message and evidence, and the remedy the analysis found for it with the score
 * points it gains (its number beside the exact decimal string; `null` in all remedy columns when
 * there is none).
 *
 * @example
 * ```ts
 * import type { DiagnosisCauseRow } from 'partner-alignment/report';
 * const row: DiagnosisCauseRow = {
 *   rank: 1, code: 'goals-assigned', severity: 'warning', objectives: 'new-deals',
 *   message: '1 period goal was assigned by one side rather than agreed.', evidence: 'Goal: FY2027-Q2 (charter.objectives[3].goals[1])',
 *   remedy: 'Agree the 1 assigned period goal with the partner', remedyKind: 'agree-goals', remedyGain: 1.4, remedyGainExact: '1.4',
 * };
 * row.remedyGain //=> 1.4
 * ```
 * @category Report
 */
export interface DiagnosisCauseRow {
  /** The cause's rank, from 1 (the largest risk first, as the analysis ranks them). */
  readonly rank: number;
  /** The cause's stable code, such as `goals-above-path` (see `DiagnosisCode`). */
  readonly code: string;
  /** `critical`, `warning` or `info`. */
  readonly severity: FindingSeverity;
  /** The ids of the objectives the cause explains, separated by `; ` (empty when it is about the whole partnership). */
  readonly objectives: string;
  /** The English message. */
  readonly message: string;
  /** Each piece of evidence as `label: value`, with its document path in brackets when it has one, separated by `; `. */
  readonly evidence: string;
  /** What to change, in words, or `null` when the analysis found no remedy. */
  readonly remedy: string | null;
  /** The kind of change the remedy is (an improvement kind such as `agree-goals`), or `null`. */
  readonly remedyKind: string | null;
  /** The alignment points the remedy gains, or `null`. */
  readonly remedyGain: number | null;
  /** `remedyGain` as an exact decimal string, or `null`. */
  readonly remedyGainExact: string | null;
}

const SUMMARY = 'Cannot write the diagnosis as rows';

/**
 * The causes of a partnership analysis's diagnosis as flat rows, ranked as the analysis ranks
 * them, each with its remedy: for tables, CSV and the review.
 *
 * @param analysis - a partnership analysis (as `analyzePartnership` returns it, or its JSON)
 * @returns one row per cause, the largest risk first
 * @throws {@link index!ValidationError} when `analysis` is not a partnership analysis, with issues under `analysis`
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * import { diagnosisCauseRows } from 'partner-alignment/report';
 * const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * diagnosisCauseRows(analysis).map((row) => row.code)
 * //=> ['goals-assigned', 'capacity-shortfall', 'behind-straight-line-only']
 * ```
 * @category Report
 */
export function diagnosisCauseRows(
  analysis: PartnershipAnalysis,
): ReadonlyArray<DiagnosisCauseRow> {
  const { causes } = readAnalysis(analysis, SUMMARY, ['analysis']).diagnosis;
  const findings = findingRows(causes);
  return causes.map((cause, i) => {
    const finding = findings[i] as (typeof findings)[number];
    const remedy = cause.remedy;
    return {
      rank: i + 1,
      code: cause.code,
      severity: cause.severity,
      objectives: cause.objectives.join('; '),
      message: finding.message,
      evidence: finding.evidence,
      remedy: remedy === null ? null : remedy.description,
      remedyKind: remedy === null ? null : remedy.kind,
      remedyGain: remedy === null ? null : numberOf(remedy.gain),
      remedyGainExact: remedy === null ? null : remedy.gain,
    };
  });
}
