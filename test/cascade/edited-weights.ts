import { type Cascade, calendarYear, cascade } from '../../src/index.js';

/** A quarterly cascade of 40 units as JSON, with its weights replaced (as a stranger could). */
export function withWeights(weights: number[]): Cascade {
  const plan = cascade(
    {
      id: 'certified',
      metric: {
        name: 'Certified',
        unit: { kind: 'count' },
        aggregation: 'sum',
        direction: 'increase',
      },
      baseline: '0',
      target: '40',
      horizon: { start: '2027-01-01', end: '2027-12-31' },
    },
    calendarYear,
    { granularity: 'quarter' },
  );
  return { ...JSON.parse(JSON.stringify(plan)), weights };
}
