/**
 * A partnership analysis as the report reads it (`analyzePartnership`'s result, or its JSON): only
 * what the rows, the charts and the review show is checked, by a loose schema, so that a malformed
 * analysis is a `ValidationError` naming the path and never a crash half-way through a table.
 *
 * @module
 */
import { z } from 'zod';
import type { PartnershipAnalysis } from '../../analysis/partnership-analysis.js';
import { IsoDate } from '../../calendar/iso-date.js';
import type { IssuePath } from '../../errors.js';
import { acceptValue } from '../../model/accept.js';
import { findingSeverities } from '../../model/finding.js';

const text = z.string().max(10_000);
const id = z.string().min(1).max(200);
const exact = z
  .string()
  .max(120)
  .regex(/^-?\d+(\.\d+)?$/, { error: 'Expected an exact decimal string such as "12.5"' });
const progressStatus = z.enum([
  'achieved',
  'ahead',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'unknown',
]);

const Cause = z.looseObject({
  code: id,
  severity: z.enum(findingSeverities),
  subjects: z.array(z.looseObject({ kind: id, id: id.optional() })).max(1000),
  evidence: z
    .array(
      z.looseObject({
        label: text,
        value: text,
        path: z.array(z.union([z.string().max(200), z.number().int().min(0)])).optional(),
      }),
    )
    .max(1000),
  message: text,
  objectives: z.array(id).max(1000),
  remedy: z
    .looseObject({ kind: id, subject: text, description: text, score: exact, gain: exact })
    .nullable(),
});

const Period = z.looseObject({
  period: id,
  start: IsoDate,
  end: IsoDate,
  state: z.enum(['completed', 'current', 'future']),
  step: exact.nullable(),
  goal: z
    .looseObject({ target: exact, provenance: z.enum(['assigned', 'proposed', 'agreed']) })
    .nullable(),
  planned: exact,
  departure: z.looseObject({ value: exact, percent: exact.nullable() }).nullable(),
  actual: exact.nullable(),
  replanned: exact.nullable(),
});

const Objective = z.looseObject({
  objective: id,
  name: text,
  kind: z.enum(['flow', 'stock', 'average']),
  unit: id,
  plan: z.looseObject({ periods: z.array(Period).max(10_000) }),
  progress: z.looseObject({ status: progressStatus, pace: exact.nullable() }),
});

const AnalysisView = z.looseObject({
  asOf: IsoDate,
  partnership: z.looseObject({
    id,
    name: text,
    partner: z.looseObject({ name: text }),
    currency: z.string().min(3).max(3),
  }),
  objectives: z.array(Objective).max(1000),
  progress: z.looseObject({ status: progressStatus.nullable(), weakest: id.nullable() }),
  alignment: z.looseObject({ score: exact, grade: z.enum(['A', 'B', 'C', 'D', 'E']) }),
  diagnosis: z.looseObject({
    status: z.enum(['behind', 'unknown', 'on-plan', 'not-started']),
    summary: text,
    causes: z.array(Cause).max(1000),
  }),
});

/** What the report reads of an analysis. */
export type AnalysisView = Pick<
  PartnershipAnalysis,
  'asOf' | 'partnership' | 'objectives' | 'progress' | 'alignment' | 'diagnosis'
>;

/** An analysis, checked where the report reads it. */
export function readAnalysis(value: unknown, summary: string, path: IssuePath): AnalysisView {
  return acceptValue(AnalysisView, value, summary, path) as unknown as AnalysisView;
}
