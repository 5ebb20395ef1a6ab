import { describe, expect, it } from 'vitest';
import { compareEconomics, computeEconomics } from '../../src/index.js';
import { lumen } from './fixtures.js';

describe('compareEconomics', () => {
  it('labels the total line "total", and its figures are the sums of the source lines', () => {
    const partnership = lumen();
    const comparison = compareEconomics(
      computeEconomics(partnership, { source: 'actuals' }),
      computeEconomics(partnership),
    );
    // A table of the comparison prints one row per line, labelled by `source`: the total row
    // must say what it is, and never reuse the name of a source.
    expect(comparison.total.source).toBe('total');
    expect(comparison.sources.map((line) => line.source)).not.toContain('total');
    for (const side of ['a', 'b'] as const) {
      const revenue = comparison.sources
        .map((line) => line[side].revenue.amount)
        .reduce((sum, amount) => sum.plus(amount));
      expect(revenue.eq(comparison.total[side].revenue.amount)).toBe(true);
    }
  });
});
