// acceptPeriod decides whether a value is a period with isPeriodValue alone, without the Period
// schema: the two must agree both ways, or a period would be refused (or a non-period read).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Period } from '../../../src/calendar/period.js';
import { isPeriodValue } from '../../../src/cascade/internal/accept-arguments.js';
import { runs } from '../../property-runs.js';

const anyField = fc.oneof(
  fc.constantFrom('year', 'half', 'quarter', 'month', 'week', 'day', '', 'fy', 'Month'),
  fc.integer({ min: 1890, max: 2210 }),
  fc.integer({ min: -2, max: 60 }),
  fc.constantFrom(1899, 1900, 2200, 2201, 0, 1, 53, 54, -0),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2027.5, '2027', 2027n, null),
  fc.constant(undefined),
);

describe('isPeriodValue', () => {
  test.prop(
    [
      fc.oneof(
        fc.record(
          { calendar: anyField, granularity: anyField, year: anyField, index: anyField },
          { requiredKeys: [] },
        ),
        fc.record({
          calendar: fc.constantFrom('fy', 'x'),
          granularity: fc.constantFrom('year', 'half', 'quarter', 'month', 'week'),
          year: fc.integer({ min: 1895, max: 2205 }),
          index: fc.integer({ min: -1, max: 55 }),
          extra: anyField,
        }),
        anyField,
        fc.array(anyField),
      ),
    ],
    { numRuns: runs(3000) },
  )('accepts exactly what the Period schema accepts', (input) => {
    expect(isPeriodValue(input)).toBe(Period.safeParse(input).success);
  });
});
