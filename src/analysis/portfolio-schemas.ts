/**
 * The small shapes the portfolio's rows and summaries are made of, as zod schemas: a portfolio's
 * pieces travel between worker threads, processes and machines, so whatever comes back is
 * checked before it is merged. Not exported from the package (the row and summary schemas are).
 * Each is lazy (built on first use, not on import: CONTRIBUTING.md, "Cold import").
 *
 * @module
 */
import { z } from 'zod';
import type { DiagnosisCode, DiagnosisStatus } from './diagnosis.js';
import type { SegmentField } from './partnership-analysis.js';

/** A count: a whole number from 0. */
export const Count = z.lazy(() => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

/** An exact decimal in plain notation, as the analysis writes sums (no exponent, no bound but length). */
export const ExactDecimal = z.lazy(() =>
  z
    .string()
    .max(120)
    .regex(
      /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/,
      'Expected a decimal in plain notation, such as "1250.50"',
    ),
);

/** An alignment score: a decimal from 0 to 100 in plain notation (a summary's score totals rely on the bound). */
export const Score = z.lazy(() =>
  z
    .string()
    .max(120)
    .regex(
      /^(?:100(?:\.0+)?|[1-9]?\d(?:\.\d+)?)$/,
      'Expected a score from 0 to 100 in plain notation, such as "82.9"',
    ),
);

/** A source id the caller gave (a file and line, a key): any text up to 1,000 characters. */
export const SourceId = z.lazy(() => z.string().max(1000));

/** A name or a segment value from a document. */
export const Text = z.lazy(() => z.string().max(2000));

export const diagnosisCodes: ReadonlyArray<DiagnosisCode> = Object.freeze([
  'goals-above-path',
  'goals-assigned',
  'top-motives-unserved',
  'top-lever-unserved',
  'margin-below-benchmark',
  'small-profit-share',
  'capacity-shortfall',
  'commitments-overdue',
  'reviews-overdue',
  'sponsor-missing',
  'actuals-missing',
  'behind-straight-line-only',
] as const);
export const DiagnosisCodeSchema = z.lazy(() =>
  z.enum(diagnosisCodes as [DiagnosisCode, ...DiagnosisCode[]]),
);

export const diagnosisStatuses: ReadonlyArray<DiagnosisStatus> = Object.freeze([
  'behind',
  'unknown',
  'on-plan',
  'not-started',
] as const);
export const DiagnosisStatusSchema = z.lazy(() =>
  z.enum(diagnosisStatuses as [DiagnosisStatus, ...DiagnosisStatus[]]),
);

export const segmentFields: ReadonlyArray<SegmentField> = Object.freeze([
  'tier',
  'region',
  'owner',
  'programTier',
  'archetype',
  'currency',
  'vendor',
] as const);
export const SegmentFieldSchema = z.lazy(() =>
  z.enum(segmentFields as [SegmentField, ...SegmentField[]]),
);

export const Grade = z.lazy(() => z.enum(['A', 'B', 'C', 'D', 'E']));

/** Exact sums of money in one currency over some objectives, with how many lacked a value. */
export const AmountTotals = z.lazy(() =>
  z.strictObject({
    target: ExactDecimal,
    actual: ExactDecimal,
    forecast: ExactDecimal,
    objectives: Count,
    withoutActual: Count,
    withoutForecast: Count,
  }),
);
export type AmountTotals = z.output<typeof AmountTotals>;

/** The money objectives of one currency: flows (sums) and stocks (levels) apart. */
export const CurrencyTotals = z.lazy(() =>
  z.strictObject({
    flow: AmountTotals,
    stock: AmountTotals,
  }),
);
export type CurrencyTotals = z.output<typeof CurrencyTotals>;
