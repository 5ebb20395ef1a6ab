// acceptPeriod lets a period value pass without running the Period schema when a plain check
// decides the schema would accept it: the check must never accept what the schema refuses.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Period } from '../../src/calendar/period.js';
import { isPeriodValue } from '../../src/cascade/internal/accept-arguments.js';
import { runs } from '../property-runs.js';

const anyField = fc.oneof(
  fc.constantFrom('year', 'half', 'quarter', 'month', 'week', 'day', '', 'calendar'),
  fc.integer({ min: 1890, max: 2210 }),
  fc.integer({ min: -2, max: 60 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, 2027.5, '2027', null, undefined),
);

describe('isPeriodValue', () => {
  test.prop(
    [fc.record({ calendar: anyField, granularity: anyField, year: anyField, index: anyField })],
    { numRuns: runs(2000) },
  )('accepts only what the Period schema accepts', (input) => {
    if (isPeriodValue(input)) expect(Period.safeParse(input).success).toBe(true);
  });

  it('accepts the periods the library builds, and refuses what is not a record', () => {
    expect(isPeriodValue({ calendar: 'fy', granularity: 'month', year: 2027, index: 12 })).toBe(
      true,
    );
    expect(isPeriodValue({ calendar: '', granularity: 'month', year: 2027, index: 12 })).toBe(
      false,
    );
    expect(isPeriodValue({ calendar: 'fy', granularity: 'month', year: 2027, index: 54 })).toBe(
      false,
    );
    expect(isPeriodValue('FY2027-M12')).toBe(false);
    expect(isPeriodValue(null)).toBe(false);
  });
});
