import { z } from 'zod';
import { IsoDate } from '../calendar/iso-date.js';
import { CurrencyCode } from '../money/schemas.js';
import {
  Count,
  CurrencyTotals,
  DiagnosisCodeSchema,
  DiagnosisStatusSchema,
  ExactDecimal,
  Grade,
  Score,
  SegmentFieldSchema,
  SourceId,
  Text,
} from './portfolio-schemas.js';

/**
 * One partnership of a portfolio in one flat row: who (the caller's source id, the partnership,
 * its segment fields), where it stands (diagnosis status, weakest progress status, attainment),
 * how aligned it is (score, grade), why (the causes, ranked, and the top one), what to do first
 * (the best improvement, when computed), and its money objectives in exact totals (targets:
 * what the plan asks by its end; actuals to date; forecasts at the plan's end, rounded to the
 * currency's minor units), flows and stocks apart. `toPortfolioRow` makes one from an analysis.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples, toPortfolioRow } from 'partner-alignment';
 * const row = toPortfolioRow(analyzePartnership(samples.lumenField, { asOf: '2026-11-27' }), 'lumen.json');
 * [row.id, row.status, row.grade, row.topCause] //=> ['lumen.json', 'behind', 'B', 'goals-assigned']
 * ```
 * @category Portfolio
 */
export const PortfolioRow = z.strictObject({
  // Fields that build a schema are getters: built on first use, not on import (CONTRIBUTING.md,
  // "Cold import").
  get kind() {
    return z.literal('analysed');
  },
  id: SourceId,
  asOf: IsoDate,
  partnership: Text,
  name: Text,
  partner: Text,
  currency: CurrencyCode,
  get segment() {
    return z.partialRecord(SegmentFieldSchema, Text.nullable());
  },
  status: DiagnosisStatusSchema,
  get atRisk() {
    return z.boolean();
  },
  get progressStatus() {
    return z
      .enum(['achieved', 'ahead', 'on-track', 'at-risk', 'off-track', 'not-started', 'unknown'])
      .nullable();
  },
  get attainment() {
    return ExactDecimal.nullable();
  },
  score: Score,
  display: Text,
  grade: Grade,
  get topCause() {
    return DiagnosisCodeSchema.nullable();
  },
  get causes() {
    return z.array(DiagnosisCodeSchema).max(100);
  },
  get bestImprovement() {
    return z.strictObject({ kind: Text, subject: Text, gain: ExactDecimal }).nullable();
  },
  totals: CurrencyTotals,
  objectives: Count,
});
/** One partnership of a portfolio in one flat row (see the schema of the same name). @category Portfolio */
export type PortfolioRow = z.output<typeof PortfolioRow>;

/**
 * A document of a portfolio that could not be analysed: the caller's source id (its position: a
 * file and line, a key) and every issue, as `ValidationError` lists them.
 *
 * @example
 * ```ts
 * import { PortfolioError } from 'partner-alignment';
 * const error = PortfolioError.parse({ kind: 'error', id: 'partners.ndjson:7', message: 'Not JSON', issues: [] });
 * error.id //=> 'partners.ndjson:7'
 * ```
 * @category Portfolio
 */
export const PortfolioError = z.strictObject({
  get kind() {
    return z.literal('error');
  },
  id: SourceId,
  /** The error's message: its summary and the first issues. */
  get message() {
    return z.string().max(10_000);
  },
  get issues() {
    return z
      .array(
        z.strictObject({
          code: Text,
          path: z.array(z.union([Text, z.number()])).max(100),
          label: Text,
          message: Text,
          received: Text,
          expected: Text,
          params: z.record(Text, z.union([Text, z.number(), z.boolean()])),
        }),
      )
      .max(100);
  },
});
/** A document of a portfolio that could not be analysed (see the schema of the same name). @category Portfolio */
export type PortfolioError = z.output<typeof PortfolioError>;
