import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { runs as capped } from '../property-runs.js';
import { anyAsOf, anyRatio, anyStrength, motives, variations } from './arbitraries.js';
import { tiny } from './tiny-partnership.js';

const bases: ReadonlyArray<readonly [string, Partnership]> = [
  ['tiny', tiny],
  ['Northwind', parsePartnership(samples.northwindAdvisory)],
  ['Lumen', parsePartnership(samples.lumenField)],
];
const runs = { numRuns: capped(60) };

describe.each(bases)('scoreAlignment properties on variations of %s', (_, base) => {
  const anyPartnership = variations(base);

  test.prop([anyPartnership, anyAsOf], runs)(
    'keeps the score and every component within 0–100',
    (p, asOf) => {
      const report = scoreAlignment(p, { asOf });
      for (const value of [report.score, ...report.components.map((c) => c.score)]) {
        expect(value.gte(0) && value.lte(100)).toBe(true);
      }
      for (const motive of report.motives)
        expect(motive.coverage.gte(0) && motive.coverage.lte(1)).toBe(true);
    },
  );

  test.prop([anyPartnership, anyAsOf], runs)(
    'reproduces the score exactly from its components and gate',
    (p, asOf) => {
      const report = scoreAlignment(p, { asOf });
      const total = report.components.reduce((s, c) => s.plus(c.points), report.gate.points);
      expect(total.eq(report.score)).toBe(true);
      const fit = report.components.find((c) => c.id === 'motive-fit');
      const motives = report.motives.reduce((s, m) => s.plus(m.points), toDecimal(0));
      expect(motives.eq(fit?.points ?? toDecimal(-1))).toBe(true);
      expect(report.gate.points.lte(0)).toBe(true);
    },
  );

  test.prop([anyPartnership, anyAsOf, fc.nat(), fc.nat(), anyStrength], runs)(
    'never lowers motive fit when a contribution is added for a motive the objective does not yet serve',
    (p, asOf, which, pick, strength) => {
      // Every run counts: the motive is drawn from those the objective does not serve yet.
      const objectives = p.charter.objectives;
      const index = which % objectives.length;
      const target = objectives[index];
      if (target === undefined) throw new Error('the bases have objectives');
      const served = new Set<string>([
        ...target.contributions.map((c) => c.motive),
        ...target.metric.motives,
      ]);
      const candidates = motives.filter((motive) => !served.has(motive));
      const motive = candidates[pick % candidates.length];
      if (motive === undefined) throw new Error('an objective serves at most 5 of 13 motives');
      const added: Partnership = {
        ...p,
        charter: {
          ...p.charter,
          objectives: objectives.map((o, i) =>
            i === index ? { ...o, contributions: [...o.contributions, { motive, strength }] } : o,
          ),
        },
      };
      const fitOf = (x: Partnership) =>
        scoreAlignment(x, { asOf }).components[0]?.score ?? toDecimal(-1);
      expect(fitOf(added).gte(fitOf(p))).toBe(true);
    },
  );

  test.prop([anyPartnership, anyAsOf, anyRatio], runs)(
    'never lowers the score when margin rises',
    (p, asOf, extra) => {
      const raised = {
        ...p,
        terms: { ...p.terms, resaleMargin: p.terms.resaleMargin.plus(extra).clampedTo(0, 1) },
      };
      expect(scoreAlignment(raised, { asOf }).score.gte(scoreAlignment(p, { asOf }).score)).toBe(
        true,
      );
    },
  );

  test.prop([anyPartnership, anyAsOf], { numRuns: capped(20) })(
    'gives byte-identical JSON for identical inputs',
    (p, asOf) => {
      expect(JSON.stringify(scoreAlignment(p, { asOf }))).toBe(
        JSON.stringify(scoreAlignment(p, { asOf })),
      );
    },
  );
});
