import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  analyzePartnership,
  cascade,
  cascadeSteps,
  computeEconomics,
  evaluatePartnershipProgress,
  type Partnership,
  parsePartnership,
  rankLevers,
  samples,
  scoreAlignment,
} from '../../src/index.js';
import {
  alignmentChart,
  type ChartSpec,
  economicsChart,
  leversChart,
  motiveCoverageChart,
  portfolioChart,
  progressChart,
  toSvg,
} from '../../src/report.js';

const schema = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../node_modules/vega-lite/build/vega-lite-schema.json'),
    'utf8',
  ),
);
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

const asOf = '2026-11-27';

/** Every chart of a sample, by name. */
function chartsOf(partnership: Partnership): Array<[string, ChartSpec]> {
  const steps = Object.fromEntries(
    partnership.charter.objectives.map((objective) => [
      objective.id,
      cascadeSteps(
        cascade(
          objective,
          partnership.calendar,
          objective.cascade ? {} : { granularity: 'quarter' },
        ),
      ).map((step) => ({
        period: step.period,
        target: step.target,
      })),
    ]),
  );
  const progress = evaluatePartnershipProgress(partnership, { asOf, steps });
  const score = scoreAlignment(partnership, { asOf });
  const source = partnership.goals.length > 0 ? 'goals' : 'actuals';
  return [
    ...progress.objectives.map(
      (p) => [`progress of ${p.objective}`, progressChart(p)] as [string, ChartSpec],
    ),
    ['alignment', alignmentChart(score)],
    ['motives', motiveCoverageChart(score)],
    ['economics', economicsChart(computeEconomics(partnership, { source }))],
    ['levers', leversChart(rankLevers(partnership, { source }))],
  ];
}

for (const [name, json] of Object.entries(samples)) {
  describe(`the charts of ${name}`, () => {
    const charts = chartsOf(parsePartnership(json));
    it.each(charts)('%s validates against the Vega-Lite JSON Schema', (_, chart) => {
      const valid = validate(chart);
      expect(valid ? [] : validate.errors?.slice(0, 3)).toEqual([]);
      expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
    });
    it.each(charts)('%s renders to SVG with its marks', async (title, chart) => {
      const svg = await toSvg(chart);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg, title).toMatch(/class="mark-(line|rect|symbol|text)/);
    });
  });
}

describe('portfolioChart', () => {
  const analyses = Object.values(samples).map((json) => analyzePartnership(json, { asOf }));

  it('validates against the Vega-Lite JSON Schema, with or without labels', () => {
    for (const chart of [
      portfolioChart(analyses),
      portfolioChart(analyses, { labels: 'hidden' }),
    ]) {
      const valid = validate(chart);
      expect(valid ? [] : validate.errors?.slice(0, 3)).toEqual([]);
    }
  });

  it('draws one point per partnership, the at-risk quadrant and the line of pace 1', async () => {
    const svg = await toSvg(portfolioChart(analyses, { pace: 0.9, score: 80 }));
    // Northwind: score 82.9, pace 0.9791 (services revenue); Lumen: score 78.8, pace 0.7751
    // (platform ARR): below 0.9 and 80, so inside the quadrant.
    expect(svg.match(/<path[^>]*aria-roledescription="point"/g)).toHaveLength(2);
    expect(svg).toContain('class="mark-rect');
    expect(svg).toContain('class="mark-rule');
    expect(svg).toContain('At risk');
    expect(svg).toContain('Lumen Field Software');
  });

  it('leaves out partnerships without a pace, and says so', () => {
    const spec = portfolioChart([]);
    expect(spec['description']).toBe(
      'Alignment score against the pace of the weakest objective, 0 partnerships; at risk below pace 0.8 and score 55',
    );
  });

  it('refuses what is not a list of analyses, and thresholds out of range', () => {
    const issue = (call: () => unknown) => {
      try {
        call();
        return 'no error';
      } catch (error) {
        const [first] = (error as { issues: Array<{ code: string; path: unknown[] }> }).issues;
        return `${first?.code} at ${first?.path.join('.')}`;
      }
    };
    expect([
      issue(() => portfolioChart({} as never)),
      issue(() => portfolioChart([{}] as never)),
      issue(() => portfolioChart(analyses, { pace: -1 })),
      issue(() => portfolioChart(analyses, { score: 101 })),
      issue(() => portfolioChart(analyses, { labels: 'some' } as never)),
    ]).toMatchInlineSnapshot(`
      [
        "invalid-type at analyses",
        "required at analyses.0.asOf",
        "invalid-value at options.pace",
        "invalid-value at options.score",
        "invalid-value at options.labels",
      ]
    `);
  });
});
