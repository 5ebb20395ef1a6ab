import { z } from 'zod';
import { argumentError, describeReceived } from '../argument-checks.js';
import { IsoDate } from '../calendar/iso-date.js';
import { acceptValue } from '../model/accept.js';
import { isTrusted, trust } from '../model/trusted.js';
import { add } from '../money/arithmetic.js';
import { minorUnits } from '../money/currency.js';
import { money } from '../money/money.js';
import { toDecimal } from '../money/to-decimal.js';
import { amountTotals, emptyAmountSums } from './internal/amount-sums.js';
import type { PartnershipAnalysis } from './partnership-analysis.js';
import { PortfolioRow } from './portfolio-row.js';
import type { CurrencyTotals } from './portfolio-schemas.js';
import {
  DiagnosisCodeSchema,
  DiagnosisStatusSchema,
  ExactDecimal,
  Grade,
  Score,
  SourceId,
} from './portfolio-schemas.js';

const SUMMARY = 'Invalid arguments to toPortfolioRow';

/**
 * What a row reads of an analysis given as JSON (other fields are not looked at). Built on first
 * use, not on import (see CONTRIBUTING.md, "Cold import").
 */
const AnalysisView = z.lazy(() =>
  z.looseObject({
    asOf: IsoDate,
    partnership: z.looseObject({
      id: z.string(),
      name: z.string(),
      partner: z.looseObject({ name: z.string() }),
      currency: z.string(),
      segment: z.record(z.string(), z.string().nullable()),
    }),
    progress: z.looseObject({
      status: PortfolioRow.shape.progressStatus,
      attainment: ExactDecimal.nullable(),
    }),
    alignment: z.looseObject({ score: Score, display: z.string(), grade: Grade }),
    diagnosis: z.looseObject({
      status: DiagnosisStatusSchema,
      causes: z.array(z.looseObject({ code: DiagnosisCodeSchema })),
    }),
    improvements: z
      .array(z.looseObject({ kind: z.string(), subject: z.string(), gain: ExactDecimal }))
      .nullable(),
    objectives: z.array(
      z.looseObject({
        kind: z.enum(['flow', 'stock', 'average']),
        unit: z.string(),
        progress: z.looseObject({
          toReach: ExactDecimal,
          actualToDate: ExactDecimal.nullable(),
          forecast: z.looseObject({ value: ExactDecimal.nullable() }),
        }),
      }),
    ),
  }),
);

/**
 * Exact sums of an analysis's money objectives (in its currency): flows and stocks apart; an
 * average is not summed. Forecasts are rounded to the currency's minor units (half to even).
 */
function totalsOf(analysis: PartnershipAnalysis): CurrencyTotals {
  const currency = analysis.partnership.currency;
  const digits = minorUnits(currency);
  const sums = { flow: emptyAmountSums(currency), stock: emptyAmountSums(currency) };
  for (const objective of analysis.objectives) {
    if (objective.unit !== currency || objective.kind === 'average') continue;
    const into = sums[objective.kind];
    const { toReach, actualToDate, forecast } = objective.progress;
    into.objectives += 1;
    into.target = add(into.target, money(toReach, currency));
    if (actualToDate === null) into.withoutActual += 1;
    else into.actual = add(into.actual, money(actualToDate, currency));
    if (forecast.value === null) into.withoutForecast += 1;
    else {
      const rounded = toDecimal(forecast.value).toDecimalPlaces(digits).toFixed(digits);
      into.forecast = add(into.forecast, money(rounded, currency));
    }
  }
  return { flow: amountTotals(sums.flow, digits), stock: amountTotals(sums.stock, digits) };
}

/**
 * One partnership's analysis as a flat row of a portfolio (see {@link PortfolioRow}), under the
 * source id the caller gives it (a file and line, a key), which survives splitting and merging.
 *
 * @param analysis - an analysis as {@link analyzePartnership} returns it, or its JSON
 * @param id - the caller's id of the document, up to 1,000 characters
 * @returns the row
 * @throws {@link ValidationError} when `analysis` is not an analysis or `id` not a string
 * @example
 * ```ts
 * import { analyzePartnership, samples, toPortfolioRow } from 'partner-alignment';
 * const row = toPortfolioRow(analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }), 'northwind.json');
 * [row.status, row.atRisk, row.totals.flow.target] //=> ['on-plan', false, '11510749.39']
 * ```
 * @category Portfolio
 */
export function toPortfolioRow(analysis: PartnershipAnalysis, id: string): PortfolioRow {
  if (!SourceId.safeParse(id).success) {
    throw argumentError(
      SUMMARY,
      typeof id === 'string' ? 'too-big' : 'invalid-type',
      ['id'],
      'Not a source id',
      describeReceived(id),
      'a string of at most 1,000 characters, such as "partners.ndjson:12"',
    );
  }
  const read = isTrusted(analysis)
    ? analysis
    : (acceptValue(AnalysisView, analysis, SUMMARY, [
        'analysis',
      ]) as unknown as PartnershipAnalysis);
  const best = read.improvements?.[0];
  const causes = read.diagnosis.causes.map((cause) => cause.code);
  const status = read.diagnosis.status;
  return trust({
    kind: 'analysed',
    id,
    asOf: read.asOf,
    partnership: read.partnership.id,
    name: read.partnership.name,
    partner: read.partnership.partner.name,
    currency: read.partnership.currency,
    segment: { ...read.partnership.segment },
    status,
    atRisk: status === 'behind',
    progressStatus: read.progress.status,
    attainment: read.progress.attainment,
    score: read.alignment.score,
    display: read.alignment.display,
    grade: read.alignment.grade,
    topCause: causes[0] ?? null,
    causes,
    bestImprovement:
      best === undefined ? null : { kind: best.kind, subject: best.subject, gain: best.gain },
    totals: totalsOf(read),
    objectives: read.objectives.length,
  });
}
