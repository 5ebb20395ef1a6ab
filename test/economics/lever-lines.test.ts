// rankLevers computes each lever's lines from the base's: a source whose parameters the lever's
// step leaves alone keeps the base's column. Here every lever is computed from scratch instead,
// on the samples and on generated partnerships, and must give the same gross profit exactly.
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import { totalGrossProfit } from '../../src/economics/internal/figures.js';
import { resolveEconomics } from '../../src/economics/internal/resolve-economics.js';
import { sourceLines } from '../../src/economics/internal/source-lines.js';
import { profitSources } from '../../src/economics/internal/sources/registry.js';
import { rankLevers } from '../../src/economics/rank-levers.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';

/** Each applicable lever's gross profit, with every source's lines computed again. */
function fromScratch(partnership: Partnership): Map<string, string> {
  const resolved = resolveEconomics(partnership, { source: 'goals' }, 'test');
  const result = new Map<string, string>();
  for (const source of profitSources) {
    if (source.absentReason(resolved.parameters) !== undefined) continue;
    for (const lever of source.levers) {
      const changed = lever.step(resolved.parameters);
      if ('reason' in changed) continue;
      const lines = sourceLines(resolved, changed, 'gross-profit', 'test');
      result.set(lever.lever, totalGrossProfit(lines.periods).toFixed());
    }
  }
  return result;
}

describe('rankLevers', () => {
  it('gives each lever the gross profit of its lines computed from scratch', () => {
    const inputs = [
      parsePartnership(samples.northwindAdvisory),
      parsePartnership(samples.lumenField),
      ...Array.from({ length: 12 }, (_, i) =>
        parsePartnership(generatePartnership(20261127 + i, { asOf: '2027-11-15' })),
      ),
    ].filter((partnership) => partnership.economics !== undefined);
    let compared = 0;
    for (const partnership of inputs) {
      const expected = fromScratch(partnership);
      for (const impact of rankLevers(partnership, { source: 'goals' }).levers) {
        if (impact.kind !== 'applicable') continue;
        expect(impact.grossProfit.amount.toFixed()).toBe(expected.get(impact.lever));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
