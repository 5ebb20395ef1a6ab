import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
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
      expect(svg).toMatch(/class="mark-(line|rect|symbol|text)/);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`/tmp/charts/${name}-${title.replace(/\W+/g, '-')}.svg`, svg);
    });
  });
}
