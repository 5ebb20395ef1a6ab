import { z } from 'zod';
import { IsoDate } from '../calendar/iso-date.js';
import { CurrencyCode } from '../money/schemas.js';
import {
  Count,
  CurrencyTotals,
  DiagnosisCodeSchema,
  diagnosisCodes,
  ExactDecimal,
  Score,
  SegmentFieldSchema,
  SourceId,
  Text,
} from './portfolio-schemas.js';

/** Partnerships, those at risk, and their scores summed exactly, for one roll-up group. */
const SegmentSummary = z.strictObject({
  partnerships: Count,
  atRisk: Count,
  scoreTotal: ExactDecimal,
});

const AtRiskEntry = z.strictObject({
  id: SourceId,
  partnership: Text,
  name: Text,
  get status() {
    return z.enum(['at-risk', 'off-track']);
  },
  get attainment() {
    return ExactDecimal.nullable();
  },
  score: Score,
  get topCause() {
    return DiagnosisCodeSchema.nullable();
  },
});

/**
 * A portfolio summed up, in a form that **merges**: every field is a count, an exact decimal sum
 * or a map of those keyed by a name, and the at-risk list is the first `atRiskLimit` entries of a
 * total order; so `mergePortfolioSummaries` is associative and commutative and a portfolio split
 * across worker threads, processes or machines sums up to the summary of the whole.
 *
 * - `partnerships`, `errors`, `atRisk`: documents analysed, not analysed, and behind their plan;
 * - `byStatus`, `byGrade`: how many stand where; `scoreTotal`: the alignment scores summed
 *   (÷ `partnerships` for the mean);
 * - `causes`: for each cause, how many partnerships have it and how many of those at risk
 *   ("7 of 11 at-risk partners have assigned goals": `causes['goals-assigned'].atRisk` of
 *   `atRisk`);
 * - `byArchetype` and `bySegment` (each field of `segments`, a missing value under `(none)`):
 *   partnerships, at risk and score total by group;
 * - `totals`: by currency, the money objectives' targets, actuals and forecasts summed exactly,
 *   flows and stocks apart;
 * - `atRiskList`: the partnerships behind, worst first (off track before at risk, then lowest
 *   attainment, lowest score, then by id), at most `atRiskLimit`.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples, summarizePortfolio, toPortfolioRow } from 'partner-alignment';
 * const rows = Object.entries(samples).map(([id, document]) => toPortfolioRow(analyzePartnership(document, { asOf: '2026-11-27' }), id));
 * const summary = summarizePortfolio(rows, { asOf: '2026-11-27' });
 * [summary.partnerships, summary.atRisk, summary.causes['goals-assigned']] //=> [2, 1, { partnerships: 2, atRisk: 1 }]
 * ```
 * @category Portfolio
 */
export const PortfolioSummary = z.strictObject({
  // Fields that build a schema are getters: built on first use, not on import (CONTRIBUTING.md,
  // "Cold import").
  /** The version of the analysis rules the rows were made by. */
  get scoringVersion() {
    return z.string().max(20);
  },
  asOf: IsoDate,
  get segments() {
    return z.array(SegmentFieldSchema).max(7);
  },
  get atRiskLimit() {
    return z.number().int().min(0).max(10_000);
  },
  partnerships: Count,
  errors: Count,
  atRisk: Count,
  get byStatus() {
    return z.strictObject({
      behind: Count,
      unknown: Count,
      'on-plan': Count,
      'not-started': Count,
    });
  },
  get byGrade() {
    return z.strictObject({ A: Count, B: Count, C: Count, D: Count, E: Count });
  },
  scoreTotal: ExactDecimal,
  get causes() {
    const CauseCount = z.strictObject({ partnerships: Count, atRisk: Count });
    return z.strictObject(
      Object.fromEntries(diagnosisCodes.map((code) => [code, CauseCount])) as Record<
        (typeof diagnosisCodes)[number],
        typeof CauseCount
      >,
    );
  },
  get byArchetype() {
    return z.record(Text, SegmentSummary);
  },
  get bySegment() {
    return z.partialRecord(SegmentFieldSchema, z.record(Text, SegmentSummary));
  },
  get totals() {
    return z.record(CurrencyCode, CurrencyTotals);
  },
  get atRiskList() {
    return z.array(AtRiskEntry).max(10_000);
  },
});
/** A portfolio summed up, in a form that merges (see the schema of the same name). @category Portfolio */
export type PortfolioSummary = z.output<typeof PortfolioSummary>;
