import { describe, expect, it } from 'vitest';
import { calendarYear, cascade, stepTarget } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** A count objective over 2027-2028 with a geometric shape and no rate. */
function geometric(aggregation: 'sum' | 'last', baseline: string, target: string) {
  return cascade(
    {
      ...objective(aggregation, baseline, target, '2027-01-01', '2028-12-31'),
      metric: metric(aggregation, { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter', shape: { kind: 'geometric' } },
  );
}

describe('a geometric cascade without a rate', () => {
  it('derives a flow growth from the year before, by year whatever the steps', () => {
    // 100 deals the year before, 231 over two years: x + x² = 2.31 gives x = 1.1, so 110 in
    // 2027 and 121 in 2028, however the years are cut into quarters.
    const plan = geometric('sum', '100', '231');
    expect([stepTarget(plan, 'FY2027').toString(), stepTarget(plan, 'FY2028').toString()]).toEqual([
      '110',
      '121',
    ]);
  });

  it('refuses to derive a growth from a baseline or target of 0', () => {
    expect(issueOf(() => geometric('last', '10', '0'))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "expected": "a positive baseline and target, or a shape with an explicit "rate"",
        "label": "Options › Shape › Rate",
        "message": "Deriving the growth rate needs a baseline and a target greater than 0",
        "params": {},
        "path": [
          "options",
          "shape",
          "rate",
        ],
        "received": "baseline 10, target 0 (in units)",
      }
    `);
    expect(issueOf(() => geometric('last', '0', '10')).code).toBe('invalid-argument');
  });
});
