import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import { analyzePartnership } from '../../src/analysis/analyze-partnership.js';
import { analyzePortfolio, type PortfolioItem } from '../../src/analysis/analyze-portfolio.js';
import { mergePortfolioSummaries } from '../../src/analysis/merge-portfolio-summaries.js';
import type { PortfolioRow } from '../../src/analysis/portfolio-row.js';
import type { PortfolioSummary } from '../../src/analysis/portfolio-summary.js';
import { summarizePortfolio } from '../../src/analysis/summarize-portfolio.js';
import { toPortfolioRow } from '../../src/analysis/to-portfolio-row.js';
import { isValidationError } from '../../src/errors.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import { samples } from '../../src/model/samples.js';
import { assignedAbovePath, copy, seasonalOnPlan } from './fixtures.js';

const asOf = '2027-11-15';
const generated = Array.from({ length: 10 }, (_, i) => generatePartnership(20261127 + i, { asOf }));
/** Ten generated partnerships (about a quarter behind), a parsed one, texts, and three that fail. */
const source: PortfolioItem[] = [
  ...generated.map((document, i) => ({
    id: `generated.ndjson:${i + 1}`,
    document: i % 2 === 0 ? JSON.stringify(document) : document,
  })),
  { id: 'parsed', document: parsePartnership(generated[0] as never) },
  { id: 'broken.ndjson:1', document: '{"schemaVersion": 1,' },
  { id: 'invalid.json', document: { ...generated[1], currency: 'EURO' } as never },
  { id: 'quota.json', document: copy(assignedAbovePath) },
];
const options = { asOf, segments: ['tier', 'region', 'owner'], improvements: 'none' } as const;
const whole = await analyzePortfolio([...source, { document: '{}' } as never], options);

const issuesOf = (call: () => unknown): string[] => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('analyzePortfolio', () => {
  it('puts every document exactly once in the rows or the errors, in the order of the source', () => {
    const ids = [...whole.rows.map((row) => row.id), ...whole.errors.map((error) => error.id)];
    expect(ids.sort()).toEqual([...source.map((item) => item.id), '#14'].sort());
    expect(whole.rows.map((row) => row.id)).toEqual(
      source
        .map((item) => item.id)
        .filter((id) => !['broken.ndjson:1', 'invalid.json'].includes(id)),
    );
    expect(
      whole.errors.map((error) => [
        error.id,
        error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`),
      ]),
    ).toEqual([
      ['broken.ndjson:1', ['invalid-json document']],
      ['invalid.json', ['unknown-currency document.currency']],
      ['#14', ['invalid-type item']],
    ]);
    expect(whole.errors[0]?.issues[0]?.message).toMatch(/^Not JSON: /);
    expect([whole.summary.partnerships, whole.summary.errors]).toEqual([12, 3]);
  });

  it('makes each row from the analysis of its document', () => {
    const row = whole.rows.find((r) => r.id === 'quota.json');
    const analysis = analyzePartnership(assignedAbovePath, { asOf, improvements: 'none' });
    expect(row).toEqual(toPortfolioRow(analysis, 'quota.json'));
    // By 2027-11-15 Q2 and Q3 have ended without actuals: whether it is behind cannot be told.
    expect([row?.status, row?.atRisk, row?.topCause, row?.grade]).toEqual([
      'unknown',
      false,
      'goals-above-path',
      'E',
    ]);
    // A parsed partnership and its JSON give the same row.
    const parsedRow = whole.rows.find((r) => r.id === 'parsed');
    expect({ ...parsedRow, id: '' }).toEqual({ ...whole.rows[0], id: '' });
  });

  it('counts causes among the partnerships at risk, and lists those at risk worst first', () => {
    const { summary, rows } = whole;
    const atRisk = rows.filter((row) => row.atRisk);
    expect(summary.atRisk).toBe(atRisk.length);
    const assigned = atRisk.filter((row) => row.causes.includes('goals-assigned')).length;
    expect(summary.causes['goals-assigned'].atRisk).toBe(assigned);
    expect(summary.atRiskList.map((entry) => entry.id).sort()).toEqual(
      atRisk.map((row) => row.id).sort(),
    );
    const offTrackFirst = summary.atRiskList.map((entry) => entry.status);
    expect([...offTrackFirst].sort((a, b) => (a === b ? 0 : a === 'off-track' ? -1 : 1))).toEqual(
      offTrackFirst,
    );
  });

  it('sums money exactly by currency, flows and stocks apart', () => {
    const usd = whole.rows.filter((row) => row.currency === 'USD');
    const cents = (values: string[]) =>
      values.reduce((sum, value) => sum + BigInt(value.replace('.', '')), 0n);
    const total = whole.summary.totals['USD'];
    expect(cents([total?.flow.target ?? '0'])).toBe(
      cents(usd.map((row) => row.totals.flow.target)),
    );
    expect(cents([total?.stock.actual ?? '0'])).toBe(
      cents(usd.map((row) => row.totals.stock.actual)),
    );
  });

  it('rolls up by archetype and by the segment fields asked for', () => {
    const { summary } = whole;
    const sum = (groups: Record<string, { partnerships: number }> | undefined) =>
      Object.values(groups ?? {}).reduce((n, g) => n + g.partnerships, 0);
    expect(sum(summary.byArchetype)).toBe(12);
    expect(Object.keys(summary.bySegment)).toEqual(['tier', 'region', 'owner']);
    expect(sum(summary.bySegment.owner)).toBe(12);
    expect(summary.bySegment.owner?.['Paul Manager']?.partnerships).toBe(1);
  });

  it('gives byte-identical output for the same input, from an async source too', async () => {
    async function* lines() {
      for (const item of source) yield item;
      yield { document: '{}' } as never;
    }
    const again = await analyzePortfolio(lines(), options);
    expect(JSON.stringify(again)).toBe(JSON.stringify(whole));
  });

  it('reports progress after each document', async () => {
    const seen: Array<[number, number]> = [];
    await analyzePortfolio(source.slice(10, 13), {
      ...options,
      onProgress: ({ analysed, errors }) => seen.push([analysed, errors]),
    });
    expect(seen).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it('refuses options it does not know, and a source that is not iterable', async () => {
    await expect(
      analyzePortfolio(source, { ...options, segments: ['tier', 'tier'] }),
    ).rejects.toThrow(/segment field listed twice/);
    await expect(analyzePortfolio(source, { ...options, atRiskLimit: -1 })).rejects.toThrow(
      /atRiskLimit/,
    );
    await expect(analyzePortfolio(42 as never, options)).rejects.toThrow(/iterable/);
    await expect(
      analyzePortfolio(source, { ...options, progress: { thresholds: { atRisk: 'x' } } }),
    ).rejects.toThrow(/options\.progress\.thresholds\.atRisk/);
  });
});

describe('summarizePortfolio and mergePortfolioSummaries', () => {
  const items = [...whole.rows, ...whole.errors];
  const summarize = (part: ReadonlyArray<(typeof items)[number]>) =>
    summarizePortfolio(part, { asOf, segments: options.segments });

  it('sum up the rows and errors to the summary of analyzePortfolio', () => {
    expect(JSON.stringify(summarize(items))).toBe(JSON.stringify(whole.summary));
  });

  test.prop(
    [
      fc.shuffledSubarray(
        items.map((_, i) => i),
        { minLength: items.length, maxLength: items.length },
      ),
      fc.array(fc.integer({ min: 0, max: items.length }), { maxLength: 4 }),
    ],
    { numRuns: 40 },
  )('merge to the summary of the whole for any split, in any order', (order, cuts) => {
    const shuffled = order.map((i) => items[i] as (typeof items)[number]);
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), shuffled.length];
    const parts = bounds.slice(1).map((end, i) => summarize(shuffled.slice(bounds[i], end)));
    // Through JSON, as summaries from other processes arrive.
    const merged = parts
      .map((part) => JSON.parse(JSON.stringify(part)) as PortfolioSummary)
      .reduce((a, b) => mergePortfolioSummaries(a, b));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole.summary));
  });

  it('merge associatively and commutatively', () => {
    const [a, b, c] = [
      summarize(items.slice(0, 4)),
      summarize(items.slice(4, 9)),
      summarize(items.slice(9)),
    ];
    if (a === undefined || b === undefined || c === undefined) throw new Error('parts');
    const left = mergePortfolioSummaries(mergePortfolioSummaries(a, b), c);
    const right = mergePortfolioSummaries(a, mergePortfolioSummaries(c, b));
    expect(JSON.stringify(left)).toBe(JSON.stringify(right));
  });

  it('keeps the worst of those at risk, as many as the limit says', () => {
    const limited = summarizePortfolio(items, { asOf, atRiskLimit: 1 });
    expect(limited.atRiskList).toEqual(summarizePortfolio(items, { asOf }).atRiskList.slice(0, 1));
  });

  it('refuse rows of another date, summaries that are not, and summaries that do not merge', () => {
    const row = whole.rows[0] as PortfolioRow;
    expect(issuesOf(() => summarizePortfolio([row], { asOf: '2027-11-16' }))).toEqual([
      'invalid-value items.0.asOf',
    ]);
    expect(issuesOf(() => summarizePortfolio([{ ...row, score: 'high' }], { asOf }))).toEqual([
      'invalid-value items.0.score',
    ]);
    const summary = whole.summary;
    const other = summarizePortfolio([], { asOf: '2027-12-31', segments: options.segments });
    expect(issuesOf(() => mergePortfolioSummaries(summary, other))).toEqual([
      'invalid-value b.asOf',
    ]);
    expect(
      issuesOf(() => mergePortfolioSummaries(summary, { ...summary, partnerships: -1 })),
    ).toEqual(['too-small b.partnerships']);
    expect(
      issuesOf(() => mergePortfolioSummaries(summary, { ...summary, scoreTotal: '100000' })),
    ).toEqual(['invalid-value b.scoreTotal']);
    expect(
      issuesOf(() => mergePortfolioSummaries(summary, summarizePortfolio([], { asOf }))),
    ).toEqual(['invalid-value b.segments']);
  });
});

describe('toPortfolioRow', () => {
  it('reads an analysis given as JSON', () => {
    const analysis = analyzePartnership(seasonalOnPlan, { asOf: '2027-08-15' });
    const fromJson = toPortfolioRow(JSON.parse(JSON.stringify(analysis)), 'seasonal');
    expect(fromJson).toEqual(toPortfolioRow(analysis, 'seasonal'));
    expect(fromJson.bestImprovement).toEqual({
      kind: 'add-commitment',
      subject: 'vendor',
      gain: '8.4',
    });
    // 100.00 of bookings planned; 20.00 in; the plan-shape forecast reaches the plan's 100.00.
    expect(fromJson.totals.flow).toEqual({
      target: '100.00',
      actual: '20.00',
      forecast: '100.00',
      objectives: 1,
      withoutActual: 0,
      withoutForecast: 0,
    });
    expect(issuesOf(() => toPortfolioRow({} as never, 'x'))[0]).toBe('required analysis.asOf');
    expect(issuesOf(() => toPortfolioRow(analysis, 7 as never))).toEqual(['invalid-type id']);
  });

  it('reads the samples', () => {
    const rows = Object.entries(samples).map(([id, document]) =>
      toPortfolioRow(analyzePartnership(document, { asOf: '2026-11-27' }), id),
    );
    expect(rows.map((row) => [row.id, row.status, row.display, row.topCause])).toEqual([
      ['northwindAdvisory', 'on-plan', '82.9', 'goals-assigned'],
      ['lumenField', 'behind', '78.8', 'goals-assigned'],
    ]);
  });
});
