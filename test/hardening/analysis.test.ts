// Hostile calls into the analysis layer (issue 11): every argument and option is checked, bad
// input gives a ValidationError naming its path, and nothing is silently defaulted or lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidationError, ValidationError } from '../../src/errors.js';
import {
  analyzePartnership,
  analyzePortfolio,
  mergePortfolioSummaries,
  samples,
  summarizePortfolio,
  toPortfolioRow,
} from '../../src/index.js';
import { runs } from '../property-runs.js';

const asOf = '2026-11-27';
const northwind = samples.northwindAdvisory;

/** The issues of the ValidationError a call throws, as `code path: received`. */
function issuesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) {
      return error.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.received}`);
    }
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('analyzePartnership', () => {
  it('refuses a progress threshold of null rather than taking the default', () => {
    const options = { asOf, improvements: 'none', progress: { thresholds: { onTrack: null } } };
    expect(issuesOf(() => analyzePartnership(northwind, options as never))).toMatchInlineSnapshot(`
      [
        "invalid-type options.progress.thresholds.onTrack: null",
      ]
    `);
  });

  it('refuses a diagnosis setting of null rather than taking the default', () => {
    const options = { asOf, improvements: 'none', diagnosis: { smallProfitShare: null } };
    expect(issuesOf(() => analyzePartnership(northwind, options as never))).toMatchInlineSnapshot(`
      [
        "invalid-type options.diagnosis.smallProfitShare: null",
      ]
    `);
  });

  it('refuses alignment settings of null rather than taking their defaults', () => {
    for (const key of ['derivedStrength', 'objectiveWeights', 'commitmentFactor']) {
      const options = { asOf, improvements: 'none', alignment: { settings: { [key]: null } } };
      expect(issuesOf(() => analyzePartnership(northwind, options as never))).toEqual([
        `invalid-type options.alignment.settings.${key}: null`,
      ]);
    }
  });

  it('gives a result or a ValidationError for any JSON value as the partnership', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          analyzePartnership(value as never, { asOf, improvements: 'none' });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives a result or a ValidationError for any JSON value as the options or one option', () => {
    const keys = [
      'asOf',
      'progress',
      'alignment',
      'economics',
      'cascade',
      'diagnosis',
      'improvements',
    ];
    const groups = {
      progress: ['forecast', 'runRatePeriods', 'thresholds'],
      alignment: ['settings', 'motives'],
      economics: ['source', 'utilizationCeiling'],
      cascade: ['granularity', 'replan'],
      diagnosis: ['topMotivesWeight', 'topMotiveCoverage', 'smallProfitShare'],
    } as const;
    const options = fc.oneof(
      fc.jsonValue(),
      fc.record({ key: fc.constantFrom(...keys), value: fc.jsonValue() }).map(({ key, value }) => ({
        asOf,
        improvements: 'none',
        [key]: value,
      })),
      fc
        .constantFrom(...(Object.keys(groups) as Array<keyof typeof groups>))
        .chain((group) =>
          fc
            .record({ key: fc.constantFrom(...groups[group], 'bogus'), value: fc.jsonValue() })
            .map(({ key, value }) => ({ asOf, improvements: 'none', [group]: { [key]: value } })),
        ),
    );
    fc.assert(
      fc.property(options, (value) => {
        try {
          const result = analyzePartnership(northwind, value as never);
          expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
        }
      }),
      { numRuns: runs(400) },
    );
  });
});

describe('toPortfolioRow', () => {
  const analysis = JSON.parse(JSON.stringify(analyzePartnership(northwind, { asOf })));

  it('refuses an analysis whose asOf is not an ISO date', () => {
    for (const bad of ['27.11.2026', '2026-02-30', 'x']) {
      expect(issuesOf(() => toPortfolioRow({ ...analysis, asOf: bad }, 'id'))).toEqual([
        expect.stringMatching(/^\S+ analysis\.asOf: /),
      ]);
    }
  });

  it('refuses an analysis whose score is not from 0 to 100, so that its summaries merge', () => {
    const alignment = { ...analysis.alignment, score: '1000' };
    expect(issuesOf(() => toPortfolioRow({ ...analysis, alignment }, 'id'))).toEqual([
      expect.stringMatching(/^\S+ analysis\.alignment\.score: /),
    ]);
  });
});

describe('results own their data', () => {
  it('toPortfolioRow: changing a row does not change the analysis it was made from', () => {
    const analysis = analyzePartnership(northwind, { asOf, improvements: 'none' });
    const row = toPortfolioRow(analysis, 'a');
    (row.segment as Record<string, string | null>)['tier'] = 'changed';
    expect(analysis.partnership.segment.tier).toBe('gold');
  });

  it('mergePortfolioSummaries: changing the merged summary does not change the summaries merged', async () => {
    const document = JSON.parse(JSON.stringify(samples.lumenField));
    const options = { asOf, improvements: 'none' } as const;
    const { summary: a } = await analyzePortfolio([{ id: 'a', document }], options);
    const { summary: b } = await analyzePortfolio([], options);
    expect(a.atRiskList).toHaveLength(1);
    const before = JSON.stringify(a);
    const merged = mergePortfolioSummaries(a, b);
    (merged.atRiskList[0] as { name: string }).name = 'changed';
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe('summarizePortfolio', () => {
  it('refuses a row whose score is not from 0 to 100, so that its summaries merge', async () => {
    const { rows } = await analyzePortfolio([{ id: 'a', document: northwind }], {
      asOf,
      improvements: 'none',
    });
    const row = { ...JSON.parse(JSON.stringify(rows[0])), score: '1000' };
    expect(issuesOf(() => summarizePortfolio([row], { asOf }))).toEqual([
      expect.stringMatching(/^\S+ items\.0\.score: /),
    ]);
  });
});

describe('mergePortfolioSummaries', () => {
  const summaryOf = async () => {
    const document = JSON.parse(JSON.stringify(samples.lumenField));
    const { summary } = await analyzePortfolio([{ id: 'a', document }], {
      asOf,
      improvements: 'none',
    });
    return JSON.parse(JSON.stringify(summary));
  };

  it('refuses a summary whose counts do not add up', async () => {
    const json = await summaryOf();
    const cases = [
      { ...json, atRisk: 50 },
      { ...json, byStatus: { ...json.byStatus, unknown: 3 } },
      { ...json, byGrade: { ...json.byGrade, A: 3 } },
      { ...json, byArchetype: {} },
      { ...json, bySegment: { ...json.bySegment, tier: {} } },
      { ...json, causes: { ...json.causes, 'goals-assigned': { partnerships: 9, atRisk: 0 } } },
      { ...json, atRiskList: [...json.atRiskList, ...json.atRiskList] },
    ];
    expect(
      cases.map((summary) => issuesOf(() => mergePortfolioSummaries(summary, json))),
    ).toMatchInlineSnapshot(`
      [
        [
          "invalid-value a.atRisk: 50",
        ],
        [
          "invalid-value a.byStatus: 4",
        ],
        [
          "invalid-value a.byGrade: 4",
        ],
        [
          "invalid-value a.byArchetype: 0",
        ],
        [
          "invalid-value a.bySegment.tier: 0",
        ],
        [
          "invalid-value a.causes.goals-assigned.partnerships: 9",
        ],
        [
          "invalid-value a.atRiskList: 2",
        ],
      ]
    `);
  });

  it('refuses to merge counts past 2^53 - 1, where they would no longer be exact', async () => {
    const json = await summaryOf();
    const huge = {
      ...json,
      partnerships: Number.MAX_SAFE_INTEGER,
      atRisk: Number.MAX_SAFE_INTEGER,
      byStatus: { ...json.byStatus, behind: Number.MAX_SAFE_INTEGER },
      byGrade: { ...json.byGrade, B: Number.MAX_SAFE_INTEGER },
      byArchetype: {
        'solution-provider': {
          partnerships: Number.MAX_SAFE_INTEGER,
          atRisk: Number.MAX_SAFE_INTEGER,
          scoreTotal: '0',
        },
      },
      bySegment: {
        tier: {
          select: {
            partnerships: Number.MAX_SAFE_INTEGER,
            atRisk: Number.MAX_SAFE_INTEGER,
            scoreTotal: '0',
          },
        },
        region: {
          EMEA: {
            partnerships: Number.MAX_SAFE_INTEGER,
            atRisk: Number.MAX_SAFE_INTEGER,
            scoreTotal: '0',
          },
        },
      },
      scoreTotal: '0',
    };
    expect(issuesOf(() => mergePortfolioSummaries(huge, json))).toMatchInlineSnapshot(`
      [
        "too-big b.partnerships: 1",
      ]
    `);
  });

  it('keeps a segment named __proto__ through JSON, as it keeps any other', async () => {
    const document = JSON.parse(JSON.stringify(northwind));
    document.partner.region = '__proto__';
    const options = { asOf, improvements: 'none', segments: ['region'] } as const;
    const { summary } = await analyzePortfolio([{ id: 'a', document }], options);
    const { summary: empty } = await analyzePortfolio([], options);
    const merged = mergePortfolioSummaries(JSON.parse(JSON.stringify(summary)), empty);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(summary));
    expect(Object.hasOwn(merged.bySegment.region ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged.bySegment.region)).toBe(Object.prototype);
  });
});
