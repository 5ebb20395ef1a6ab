/**
 * A review given to `toMarkdown` or `toHtml`: one `partnershipReview` made passes at once; any
 * other (its JSON read back, a changed copy) is checked by this schema first, so that every text
 * is a bounded string, every exact number a plain decimal string and every chart JSON, and a
 * malformed review is a `ValidationError` naming the path, never a crash half-way through a page.
 *
 * @module
 */
import { z } from 'zod';
import { FiscalCalendar } from '../../../calendar/fiscal-calendar.js';
import { IsoDate } from '../../../calendar/iso-date.js';
import { acceptValue } from '../../../model/accept.js';
import { MetricUnit } from '../../../model/metric.js';
import type { PartnershipReview } from '../../partnership-review.js';

const text = z.string().max(10_000);
const id = z.string().min(1).max(200);
const exact = z
  .string()
  .max(120)
  .regex(/^-?\d+(\.\d+)?$/, { error: 'Expected an exact decimal string such as "12.5"' });
const number = z.number().refine(Number.isFinite, { error: 'Expected a finite number' });
const pair = <K extends string>(key: K) =>
  ({ [key]: number, [`${key}Exact`]: exact }) as Record<
    K | `${K}Exact`,
    typeof number | typeof exact
  >;
const nullablePair = <K extends string>(key: K) =>
  ({ [key]: number.nullable(), [`${key}Exact`]: exact.nullable() }) as Record<
    K | `${K}Exact`,
    z.ZodNullable<typeof number> | z.ZodNullable<typeof exact>
  >;
const statuses = [
  'achieved',
  'ahead',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'unknown',
] as const;
const grade = z.enum(['A', 'B', 'C', 'D', 'E']);
const chart = z
  .record(z.string().max(200), z.json())
  .refine((spec) => typeof spec['$schema'] === 'string', { error: 'A chart names its $schema' });

const finding = z.object({
  code: id,
  severity: z.enum(['critical', 'warning', 'info']),
  subjects: text,
  message: text,
  evidence: text,
});

const ReviewSchema = z.object({
  partnership: z.object({
    id,
    name: text,
    vendor: text,
    partner: text,
    currency: z.string().min(3).max(3),
    calendar: FiscalCalendar,
  }),
  asOf: IsoDate,
  charter: z.object({
    purpose: text,
    horizon: z.object({ start: IsoDate, end: IsoDate }),
    opportunities: z
      .array(
        z.object({
          name: text,
          yearlySize: z.object({ amount: exact, currency: z.string().min(3).max(3) }),
          growthRate: exact,
          currentShare: exact.nullable(),
          targetShare: exact,
        }),
      )
      .max(1000),
    stakeholders: z
      .array(
        z.object({
          side: z.enum(['vendor', 'partner']),
          name: text,
          role: id,
          title: text.nullable(),
        }),
      )
      .max(1000),
    cadences: z.array(z.object({ name: text, frequency: id })).max(100),
    nextReview: z.object({ cadence: text, period: id, due: IsoDate }).nullable(),
    overdueReviews: z.int().min(0),
  }),
  objectives: z
    .array(
      z.object({
        id,
        name: text,
        unit: MetricUnit,
        owner: id,
        baseline: exact,
        target: exact,
        status: z.object({
          objective: id,
          name: text.nullable(),
          kind: z.enum(['flow', 'stock', 'average']),
          asOf: IsoDate,
          planEnd: IsoDate,
          status: z.enum(statuses),
          rule: text,
          ...pair('expectedToDate'),
          ...nullablePair('actualToDate'),
          ...nullablePair('gap'),
          ...nullablePair('pace'),
          ...nullablePair('attainment'),
          forecastMethod: z.enum(['plan-shape', 'run-rate', 'trend']),
          ...nullablePair('forecast'),
          ...nullablePair('requiredRatio'),
          straightLineStatus: z.enum(statuses),
        }),
        chart,
      }),
    )
    .max(1000),
  alignment: z.object({
    scoringVersion: id,
    score: exact,
    display: z.string().max(10),
    grade,
    components: z
      .array(
        z.object({
          component: z.enum(['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']),
          ...pair('score'),
          ...pair('weight'),
          ...pair('points'),
          reasons: text,
        }),
      )
      .max(20),
    motives: z
      .array(
        z.object({
          motive: id,
          label: text,
          ...pair('weight'),
          ...pair('coverage'),
          ...pair('points'),
          objectives: text,
          commitments: text,
        }),
      )
      .max(1000),
    findings: z.array(finding).max(1000),
    charts: z.object({ components: chart, motives: chart }),
  }),
  improvements: z
    .array(
      z.object({
        rank: z.int().min(1),
        kind: id,
        subject: text,
        description: text,
        addresses: text,
        changes: text,
        ...pair('score'),
        grade,
        ...pair('delta'),
      }),
    )
    .max(100),
  economics: z
    .object({
      currency: z.string().min(3).max(3),
      source: z.enum(['goals', 'actuals', 'plan']),
      revenue: exact,
      grossProfit: exact,
      marginShare: exact.nullable(),
      partnerShare: exact.nullable(),
      hires: z.object({ count: exact, period: id }).nullable(),
      sources: z
        .array(
          z.object({
            period: id.nullable(),
            source: z.enum(['resale-margin', 'services', 'subscriptions', 'managed-services']),
            applies: z.boolean(),
            currency: z.string().min(3).max(3),
            ...pair('revenue'),
            ...pair('grossProfit'),
          }),
        )
        .max(1000),
      levers: z
        .array(
          z.object({
            rank: z.int().min(1).nullable(),
            lever: id,
            motive: id,
            description: text,
            applies: z.boolean(),
            currency: z.string().min(3).max(3),
            ...nullablePair('grossProfit'),
            ...nullablePair('delta'),
            reason: text.nullable(),
          }),
        )
        .max(100),
      findings: z.array(finding).max(1000),
      charts: z.object({ sources: chart, levers: chart }),
    })
    .nullable(),
});

/** A review argument, checked unless `partnershipReview` made it. */
export function readReview(input: unknown, summary: string): PartnershipReview {
  return acceptValue(ReviewSchema, input, summary, ['review']) as unknown as PartnershipReview;
}
