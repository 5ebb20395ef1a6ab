/**
 * The cascade most refusal tests start from: a count of deals over the calendar year 2027, from 0
 * to `target`, objective "objective" (from `fixtures.ts`), monthly unless the options say otherwise.
 */
import { type Cascade, type CascadeOptions, calendarYear, cascade } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

export function dealsIn2027(
  target: string,
  options: CascadeOptions = { granularity: 'month' },
): Cascade {
  return cascade(
    {
      ...objective('sum', '0', target, '2027-01-01', '2027-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    options,
  );
}
